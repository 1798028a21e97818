package bnlab.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result files are a set: all of the new ones, or the previous ones untouched. */
class ResultsFolderTest {
    @TempDir
    Path dir;

    private static void fill(Path folder, String content) throws IOException {
        for (String f : ResultsFolder.RESULT_FILES) Files.writeString(folder.resolve(f), content + " " + f);
    }

    @Test
    void aSetThatCannotBeCompletedLeavesThePreviousOneAndNoTemporaryFiles() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        fill(out, "old");
        ResultsFolder folder = ResultsFolder.open(out, true);
        assertTrue(Files.exists(folder.staging().resolve(ResultsFolder.INCOMPLETE_NOTE)), "marked incomplete while running");
        fill(folder.staging(), "new");
        Files.delete(folder.staging().resolve("events.csv")); // the write of the third file failed
        assertThrows(IOException.class, folder::commit);
        folder.abandon();
        for (String f : ResultsFolder.RESULT_FILES) assertEquals("old " + f, Files.readString(out.resolve(f)));
        try (var left = Files.list(dir)) {
            assertEquals(List.of("out"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aCompleteSetReplacesThePreviousOneWhole() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        fill(out, "old");
        ResultsFolder folder = ResultsFolder.open(out, true);
        fill(folder.staging(), "new");
        folder.commit();
        for (String f : ResultsFolder.RESULT_FILES) assertEquals("new " + f, Files.readString(out.resolve(f)));
        assertFalse(Files.exists(out.resolve(ResultsFolder.INCOMPLETE_NOTE)));
        try (var left = Files.list(dir)) {
            assertEquals(List.of("out"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aNewFolderAppearsWithTheWholeSet() throws Exception {
        Path out = dir.resolve("a/b/out");
        ResultsFolder folder = ResultsFolder.open(out, false);
        assertFalse(Files.exists(out), "nothing in the results' place until the set is complete");
        fill(folder.staging(), "new");
        folder.commit();
        assertEquals("new metrics.csv", Files.readString(out.resolve("metrics.csv")));
        assertFalse(Files.exists(folder.staging()));
    }
}

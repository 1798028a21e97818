package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is replaced whole or not at all, and no temporary file is left either way. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfwayKeepsTheOldFile() throws Exception {
        Path file = Files.writeString(dir.resolve("metrics.csv"), "old, complete\n");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeText(file, w -> {
            w.write("new, half");
            w.flush();
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("old, complete\n", Files.readString(file));
        assertEquals(List.of("metrics.csv"), names(), "no temporary file left");
    }

    @Test
    void aCompleteWriteReplacesTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("e.json"), "old");
        AtomicFiles.writeString(file, "new é");
        assertEquals("new é", Files.readString(file));
        assertEquals(List.of("e.json"), names());
    }

    @Test
    void aFolderInTheWayIsAnErrorAndLeavesNothing() throws Exception {
        Files.createDirectories(dir.resolve("taken/inside"));
        assertThrows(IOException.class, () -> AtomicFiles.writeString(dir.resolve("taken"), "x"));
        assertEquals(List.of("taken"), names());
    }
}

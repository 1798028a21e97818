package bnlab.cli;

import static bnlab.cli.RunCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} is checked before anything is trained, and results already there are never replaced silently. */
class RunOutputFolderTest {
    @TempDir
    Path dir;
    Path exp;

    @BeforeEach
    void experiment() throws Exception {
        exp = dir.resolve("tiny.json");
        Files.writeString(exp, """
                {"dataset": {"source": "xor", "points": 40}, "network": {"hidden": [4]},
                 "normalization": {"kind": "none"}, "batchSize": 8, "steps": 30, "evalEvery": 10}
                """);
    }

    @Test
    void aFileGivenAsTheFolderIsRefusedAtOnce() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        Object[] r = cli("run", exp.toString(), "--out", file.toString(), "--quiet");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("notes.txt is a file, not a folder"), (String) r[2]);
        assertEquals("mine", Files.readString(file));
        assertFalse(Files.exists(dir.resolve("notes.txt.incomplete")));
    }

    @Test
    void anEmptyFolderNameIsRefused() {
        Object[] r = cli("run", exp.toString(), "--out", "", "--quiet");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("--out must name a folder; got an empty name"), (String) r[2]);
    }

    @Test
    void aFolderUnderAFileIsRefusedWithTheReason() throws Exception {
        Files.writeString(dir.resolve("plain-file"), "x");
        Object[] r = cli("run", exp.toString(), "--out", dir.resolve("plain-file/results").toString(), "--quiet");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("Cannot write the results to"), (String) r[2]);
        assertTrue(((String) r[2]).contains("a file is in the way") || ((String) r[2]).contains("Not a directory"),
                (String) r[2]);
    }

    @Test
    void previousResultsAreKeptUnlessForced() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, cli("run", exp.toString(), "--out", out.toString(), "--quiet")[0]);
        String first = Files.readString(out.resolve("metrics.csv"));
        Files.writeString(out.resolve("mine.txt"), "the user's own file");

        Files.writeString(exp, Files.readString(exp).replace("\"steps\": 30", "\"steps\": 20"));
        Object[] r = cli("run", exp.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("already holds the results of a run (metrics.csv, layers.csv, events.csv, "
                + "landscape.csv, experiment.json); choose another folder, or add --force to replace them"), (String) r[2]);
        assertEquals(first, Files.readString(out.resolve("metrics.csv")), "untouched");

        r = cli("run", exp.toString(), "--out", out.toString(), "--quiet", "--force");
        assertEquals(0, r[0], (String) r[2]);
        assertNotEquals(first, Files.readString(out.resolve("metrics.csv")));
        assertEquals(1 + 21, Files.readAllLines(out.resolve("metrics.csv")).size(), "the new run's 20 steps and step 0");
        assertTrue(Files.readString(out.resolve("experiment.json")).contains("\"steps\" : 20"));
        assertEquals("the user's own file", Files.readString(out.resolve("mine.txt")), "other files are left alone");
        try (var siblings = Files.list(dir)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().startsWith(".out")
                    || p.getFileName().toString().endsWith(".incomplete")).count(), "no temporary folders left");
        }
    }

    @Test
    void anInterruptedRunsFolderIsNotReplacedSilently() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(dir.resolve("out.incomplete"));
        Object[] r = cli("run", exp.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("holds the results of a run that did not finish"), (String) r[2]);
        assertEquals(0, cli("run", exp.toString(), "--out", out.toString(), "--quiet", "--force")[0]);
        assertTrue(Files.exists(out.resolve("metrics.csv")));
        assertFalse(Files.exists(dir.resolve("out.incomplete")));
    }

    @Test
    void lessonsRefuseAnEmptyNameOrAFile() throws Exception {
        Object[] r = cli("lessons", "--out", "", "--only", "01-covariate-shift", "--quick");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("--out must name a folder; got an empty name"), (String) r[2]);
        Path file = Files.writeString(dir.resolve("f.txt"), "x");
        r = cli("lessons", "--out", file.toString(), "--quick");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("f.txt is a file, not a folder"), (String) r[2]);
    }
}

package bnlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's contract: bad arguments and unwritable folders are errors; a claim that fails is not. */
class LessonsCommandTest {
    private String out = "";
    private String err = "";

    private int run(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            return Cli.execute(args);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void helpDescribesTheOutput() {
        assertEquals(0, run("lessons", "--help"));
        assertTrue(out.contains("lessons.csv") && out.contains("--quick") && out.contains("--only"), out);
    }

    @Test
    void anUnknownLessonIsABadArgument(@TempDir Path dir) {
        assertEquals(2, run("lessons", "--out", dir.toString(), "--only", "10-nothing"));
        assertTrue(err.contains("--only must be one of 01-covariate-shift"), err);
    }

    @Test
    void aFolderThatCannotBeCreatedIsAnError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(1, run("lessons", "--out", file.resolve("sub").toString(), "--only", "05-vanishing-gradients"));
        assertTrue(err.contains("Could not create the folder"), err);
    }

    @Test
    void missingOutIsABadArgument() {
        assertEquals(2, run("lessons"));
        assertTrue(err.contains("--out"), err);
    }
}

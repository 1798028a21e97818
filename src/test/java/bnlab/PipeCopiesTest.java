package bnlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bnlab run <(…)}: the shell passes {@code /dev/fd/63}, a pipe the relaunched JVM cannot
 * open; the relaunch reads it first and gives the child a copy under the same file name.
 */
class PipeCopiesTest {
    @Test
    void pipesAreCopiedAndOtherArgumentsKept(@TempDir Path dir) throws Exception {
        Path pipe = bnlab.data.NotAFileTestAccess.fifo(dir.resolve("63"));
        Path file = Files.writeString(dir.resolve("plain.json"), "{}");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(pipe, "{\"steps\": 5}");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        String[] args = {"run", pipe.toString(), "--out", dir.toString(), file.toString()};
        PipeCopies copies = PipeCopies.of(args);
        writer.join();
        Path copy = Path.of(copies.args()[1]);
        assertEquals("63", copy.getFileName().toString(), "messages name it as the user's shell did");
        assertEquals("{\"steps\": 5}", Files.readString(copy));
        assertEquals(copies.folder(), copy.getParent().getParent());
        assertArrayEquals(new String[] {"run", copy.toString(), "--out", dir.toString(), file.toString()}, copies.args());
        copies.delete();
        assertFalse(Files.exists(copies.folder()));

        PipeCopies none = PipeCopies.of(new String[] {"run", file.toString(), "--out", "x"});
        assertNull(none.folder());
        assertArrayEquals(new String[] {"run", file.toString(), "--out", "x"}, none.args());
    }
}

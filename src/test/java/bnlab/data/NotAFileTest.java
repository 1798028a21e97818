package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths a user may give as a data file that are not files: devices that never end, a pipe, a
 * folder. Each is refused with a sentence naming it, at once, without reading it (a pipe with
 * nobody writing would otherwise block for ever, a device would be read until memory runs out).
 */
class NotAFileTest {
    @TempDir
    Path dir;

    static Path fifo(Path at) throws Exception {
        Process p = new ProcessBuilder("mkfifo", at.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        return at;
    }

    private String csvRefusal(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DatasetException.class, () -> CsvReader.read(file, null))).getMessage();
    }

    private String idxRefusal(Path images) throws Exception {
        Path labels = IdxFiles.labels(dir.resolve("labels"), new int[] {0, 1}, false);
        return assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DatasetException.class, () -> IdxReader.read(images, labels))).getMessage();
    }

    @Test
    void devicesAreRefusedAsNeverEnding() throws Exception {
        for (String device : new String[] {"/dev/zero", "/dev/urandom", "/dev/null"}) {
            Path p = Path.of(device);
            String name = p.getFileName().toString();
            assertEquals(name + " is a device, not a file (" + device + "); reading a device like /dev/zero or "
                    + "/dev/urandom never ends: name a file", csvRefusal(p));
            assertTrue(idxRefusal(p).startsWith(name + " is a device, not a file"), idxRefusal(p));
        }
    }

    @Test
    void aPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = fifo(dir.resolve("data.csv"));
        assertTrue(csvRefusal(pipe).startsWith("data.csv is a pipe (FIFO), not a file"), csvRefusal(pipe));
        assertTrue(idxRefusal(pipe).startsWith("data.csv is a pipe (FIFO), not a file"), idxRefusal(pipe));
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("train.csv"));
        assertEquals("train.csv is a folder, not a file (" + folder.toAbsolutePath() + ")", csvRefusal(folder));
        assertTrue(idxRefusal(folder).startsWith("train.csv is a folder, not a file"), idxRefusal(folder));
    }

    @Test
    void kindsAreToldApart() throws Exception {
        assertEquals(UserFiles.Kind.FILE, UserFiles.kind(Files.writeString(dir.resolve("a.txt"), "x")));
        assertEquals(UserFiles.Kind.FOLDER, UserFiles.kind(dir));
        assertEquals(UserFiles.Kind.DEVICE, UserFiles.kind(Path.of("/dev/zero")));
        assertEquals(UserFiles.Kind.PIPE, UserFiles.kind(fifo(dir.resolve("f"))));
        assertEquals(UserFiles.Kind.MISSING, UserFiles.kind(dir.resolve("nothing")));
        Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("/dev/zero"));
        assertEquals(UserFiles.Kind.DEVICE, UserFiles.kind(link), "a link is followed to what it names");
    }

    @Test
    void aBoundedReadStopsOneBytePastTheBound() throws Exception {
        UserFiles.TooLarge e = assertThrows(UserFiles.TooLarge.class,
                () -> UserFiles.readBounded(Files.write(dir.resolve("big"), new byte[2049]), 2048, false, "a test file"));
        assertEquals("is larger than 2048 bytes; a test file is never that large: is this the right file?", e.getMessage());
        assertEquals(2048, UserFiles.readBounded(Files.write(dir.resolve("fits"), new byte[2048]), 2048, false, "x").length);
    }
}

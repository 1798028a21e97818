package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not a table is refused after a bounded read, with a sentence, not an out-of-memory crash. */
class CsvLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aGzipBombOfZerosIsRefusedAsBinaryAtOnce() throws Exception {
        Path bomb = dir.resolve("zeros.csv.gz");
        byte[] zeros = new byte[1 << 20];
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            for (int i = 0; i < 64; i++) out.write(zeros); // 64 MB inflated, a few dozen KB on disk
        }
        assertTrue(Files.size(bomb) < 1 << 20);
        DatasetException e = assertThrows(DatasetException.class, () -> CsvReader.read(bomb, null));
        assertEquals("zeros.csv.gz is not text: byte 1 is a NUL (0x00), as in binary data; name a UTF-8 text file",
                e.getMessage());
    }

    @Test
    void aLongLineLaterInTheFileNamesItsLine() throws Exception {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, "1,2,a\n\n3,4,b\n" + "5,".repeat(600_000) + "c\n");
        DatasetException e = assertThrows(DatasetException.class, () -> CsvReader.read(file, null));
        assertTrue(e.getMessage().startsWith("data.csv line 4 is longer than 1048576 characters"), e.getMessage());
    }

    @Test
    void moreTextThanTheBoundIsRefused() throws Exception {
        InputStream in = CsvLimits.bounded(new ByteArrayInputStream(new byte[5000]), "big.csv", 4096);
        CsvLimits.TooLarge e = assertThrows(CsvLimits.TooLarge.class, () -> in.readAllBytes());
        assertEquals("big.csv holds more than 4096 bytes of text (after decompression); BatchNorm Lab reads CSV "
                + "files of up to 4096 bytes (use fewer rows)", e.getMessage());
        assertEquals(4096, CsvLimits.bounded(new ByteArrayInputStream(new byte[4096]), "ok.csv", 4096)
                .readAllBytes().length, "exactly the bound is fine");
    }

    @Test
    void linesEndWithLfCrLfOrCrAcrossBufferBoundaries() throws Exception {
        String text = "a".repeat(65535) + "\r\nb\rc\n\nd";
        CsvLimits.Lines lines = new CsvLimits.Lines(new StringReader(text), "t.csv", 1 << 20);
        assertEquals(65535, lines.next().length());
        assertEquals("b", lines.next());
        assertEquals("c", lines.next());
        assertEquals("", lines.next());
        assertEquals("d", lines.next());
        assertNull(lines.next());
    }

    @Test
    void rowsWithManyLabelsAreStillReadCorrectly() throws Exception {
        StringBuilder b = new StringBuilder("x,y,label\n");
        for (int i = 0; i < 3000; i++) b.append(i).append(',').append(-i).append(',').append(i % 3 == 0 ? "a" : "b").append('\n');
        Dataset d = CsvReader.read(Files.writeString(dir.resolve("many.csv"), b), null);
        assertEquals(3000, d.size());
        assertArrayEquals(new double[] {2999, -2999}, new double[] {d.feature(2999, 0), d.feature(2999, 1)});
        assertEquals(1, d.copyLabels()[2999]);
    }

    @Test
    void anIdentifierColumnAsLabelsStopsEarly() throws Exception {
        StringBuilder b = new StringBuilder("x,id\n");
        for (int i = 0; i < 20_000; i++) b.append(i).append(",id").append(i).append('\n');
        DatasetException e = assertThrows(DatasetException.class,
                () -> CsvReader.read(Files.writeString(dir.resolve("ids.csv"), b), null));
        assertEquals("ids.csv: column 2 (\"id\") has more than 10000 different labels, but BatchNorm Lab handles at "
                + "most 100 classes (is that the label column?)", e.getMessage());
    }
}

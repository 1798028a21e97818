package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text files that are not UTF-8: UTF-16 with and without a byte-order mark (either byte order),
 * Latin-1 and Windows-1252, binary data. Each is named for what it is, with what to do, and where
 * the bytes are when that helps; UTF-8 with or without a byte-order mark reads as before.
 */
class TextEncodingTest {
    @TempDir
    Path dir;

    private static final String SAVE = "save it as UTF-8 (in most editors: Save As, encoding UTF-8)";
    private static final String TABLE = "x,y,label\n" + "1,2,cat\n".repeat(5) + "3,4,dog\n".repeat(5) + "5,6,chèvre\n";

    private static byte[] encoded(String text, String charset, boolean mark) {
        byte[] body = text.getBytes(Charset.forName(charset));
        if (!mark) return body;
        byte[] bom = "UTF-16LE".equals(charset) ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    private String csvRefusal(byte[] content, boolean gzip) throws Exception {
        Path file = dir.resolve("table.csv");
        if (gzip) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(b)) {
                z.write(content);
            }
            content = b.toByteArray();
        }
        Files.write(file, content);
        return assertThrows(DatasetException.class, () -> CsvReader.read(file, null)).getMessage();
    }

    @Test
    void utf16IsNamedWithOrWithoutAByteOrderMark() throws Exception {
        String marked = "table.csv is not UTF-8 text (it starts with the byte-order mark of UTF-16); " + SAVE;
        String pattern = "table.csv is not UTF-8 text (it looks like UTF-16: a NUL byte beside almost every character); " + SAVE;
        assertEquals(marked, csvRefusal(encoded(TABLE, "UTF-16LE", true), false));
        assertEquals(marked, csvRefusal(encoded(TABLE, "UTF-16BE", true), true));
        assertEquals(pattern, csvRefusal(encoded(TABLE, "UTF-16LE", false), false));
        assertEquals(pattern, csvRefusal(encoded(TABLE, "UTF-16BE", false), true));
        assertTrue(assertThrows(TextEncoding.NotUtf8.class, () -> TextEncoding.decode(encoded("{\"name\": \"é\"}", "UTF-16LE", false)))
                .getMessage().contains("it looks like UTF-16"));
    }

    @Test
    void latin1IsPlacedOnItsLine() throws Exception {
        for (String charset : new String[] {"ISO-8859-1", "windows-1252"}) {
            String m = csvRefusal(TABLE.getBytes(Charset.forName(charset)), false);
            assertEquals("table.csv is not UTF-8 text: line 12, byte 97 (0xE8) is not UTF-8 (the file may be Latin-1 "
                    + "or Windows-1252); " + SAVE, m, charset);
        }
        String json = "{\n  \"name\": \"caf\u00e9\"\n}";
        TextEncoding.NotUtf8 e = assertThrows(TextEncoding.NotUtf8.class,
                () -> TextEncoding.decode(json.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("is not UTF-8 text: line 2, byte 17 (0xE9) is not UTF-8 (the file may be Latin-1 or Windows-1252); "
                + SAVE, e.getMessage());
    }

    @Test
    void binaryDataIsNotText() throws Exception {
        byte[] data = TABLE.getBytes(StandardCharsets.UTF_8);
        data[20] = 0;
        assertEquals("table.csv is not text: byte 21 is a NUL (0x00), as in binary data; name a UTF-8 text file",
                csvRefusal(data, false));
    }

    @Test
    void utf8WithOrWithoutAByteOrderMarkReads() throws Exception {
        byte[] plain = TABLE.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[plain.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, marked, 3, plain.length);
        for (byte[] content : new byte[][] {plain, marked}) {
            Dataset d = CsvReader.read(Files.write(dir.resolve("ok.csv"), content), "label");
            assertEquals(11, d.size());
            assertEquals(java.util.List.of("cat", "chèvre", "dog"), d.classNames());
            assertEquals("{\"a\": \"é\"}", TextEncoding.decode(("{\"a\": \"é\"}").getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals("x", TextEncoding.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'}));
    }
}

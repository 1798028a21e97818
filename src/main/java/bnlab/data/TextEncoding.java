package bnlab.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Text files a user gives must be UTF-8 (a UTF-8 byte-order mark, as Windows editors write, is
 * skipped). Anything else is named in a sentence that says what to do: UTF-16 (by its byte-order
 * mark or its pattern of NUL bytes), binary data (NUL bytes), or bytes that are not UTF-8, such as
 * Latin-1 or Windows-1252 text, with the line and byte where they start.
 */
public final class TextEncoding {
    /** Bytes looked at to recognise UTF-16 or binary data. */
    static final int SNIFF_BYTES = 4096;

    /** A text that is not UTF-8; the message is the sentence, after the file's name. */
    public static final class NotUtf8 extends IOException {
        private static final long serialVersionUID = 1L;

        NotUtf8(String message) {
            super(message);
        }
    }

    private TextEncoding() {}

    /** The text of a whole file's bytes, or the reason it is not UTF-8 text. */
    public static String decode(byte[] bytes) throws NotUtf8 {
        NotUtf8 problem = sniff(bytes, Math.min(bytes.length, SNIFF_BYTES));
        if (problem != null) throw problem;
        int start = startsWithUtf8Mark(bytes, bytes.length) ? 3 : 0;
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, bytes.length + 16L));
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) throw notUtf8(bytes, in.position());
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * A reader of UTF-8 text from {@code raw}: UTF-16 and binary data are refused before any is
     * read; bytes that are not UTF-8 further on are refused when reached, naming the line.
     */
    public static Reader reader(InputStream raw) throws IOException {
        BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw);
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        NotUtf8 problem = sniff(head, head.length);
        if (problem != null) throw problem;
        if (startsWithUtf8Mark(head, head.length)) in.skipNBytes(3);
        return new LineCountingReader(new InputStreamReader(in, strictDecoder()));
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWithUtf8Mark(byte[] b, int n) {
        return n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /** UTF-16 or UTF-32 (byte-order mark, or NULs in every other byte) or binary (other NULs), or null. */
    static NotUtf8 sniff(byte[] b, int n) {
        if (n >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            return new NotUtf8("is not UTF-8 text (it starts with the byte-order mark of UTF-16); "
                    + "save it as UTF-8 (in most editors: Save As, encoding UTF-8)");
        }
        int nulEven = 0;
        int nulOdd = 0;
        int firstNul = -1;
        for (int i = 0; i < n; i++) {
            if (b[i] != 0) continue;
            if (firstNul < 0) firstNul = i;
            if (i % 2 == 0) nulEven++;
            else nulOdd++;
        }
        if (firstNul < 0) return null;
        int pairs = n / 2;
        if (pairs > 0 && (nulEven * 3 >= pairs || nulOdd * 3 >= pairs) && Math.min(nulEven, nulOdd) * 10 <= Math.max(nulEven, nulOdd)) {
            return new NotUtf8("is not UTF-8 text (it looks like UTF-16: a NUL byte beside almost every character); "
                    + "save it as UTF-8 (in most editors: Save As, encoding UTF-8)");
        }
        return new NotUtf8("is not text: byte " + (firstNul + 1) + " is a NUL (0x00), as in binary data; "
                + "name a UTF-8 text file");
    }

    /** The sentence for bytes that are not UTF-8 at {@code offset} of {@code bytes}. */
    private static NotUtf8 notUtf8(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
        return new NotUtf8("is not UTF-8 text: line " + line + ", byte " + (offset + 1) + " ("
                + String.format(Locale.ROOT, "0x%02X", bytes[offset] & 0xff) + ") is not UTF-8 (the file may be Latin-1 "
                + "or Windows-1252); save it as UTF-8 (in most editors: Save As, encoding UTF-8)");
    }

    /** Passes characters through, counting line breaks, so bytes that are not UTF-8 can be placed on a line. */
    private static final class LineCountingReader extends Reader {
        private final Reader in;
        private long lines = 1;

        LineCountingReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = in.read(buffer, offset, length);
            } catch (CharacterCodingException e) {
                throw new NotUtf8("is not UTF-8 text: line " + lines + " holds bytes that are not UTF-8 (the file may "
                        + "be Latin-1 or Windows-1252); save it as UTF-8 (in most editors: Save As, encoding UTF-8)");
            }
            for (int i = 0; i < n; i++) if (buffer[offset + i] == '\n') lines++;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

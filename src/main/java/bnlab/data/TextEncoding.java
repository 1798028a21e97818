package bnlab.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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
        try (Reader in = reader(new java.io.ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder(bytes.length);
            char[] buffer = new char[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) text.append(buffer, 0, n);
            return text.toString();
        } catch (NotUtf8 e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory cannot fail", e);
        }
    }

    /**
     * A reader of UTF-8 text from {@code raw}: UTF-16 and binary data are refused before any is
     * read; bytes that are not UTF-8 further on are refused when reached, naming line and byte.
     */
    public static Reader reader(InputStream raw) throws IOException {
        BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw);
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        NotUtf8 problem = sniff(head, head.length);
        if (problem != null) throw problem;
        long skipped = 0;
        if (startsWithUtf8Mark(head, head.length)) {
            in.skipNBytes(3);
            skipped = 3;
        }
        return new StrictUtf8Reader(in, skipped);
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

    /** The sentence for a byte that is not UTF-8, at a 1-based line and byte of the file. */
    private static NotUtf8 notUtf8(long line, long byteNumber, int value) {
        return new NotUtf8("is not UTF-8 text: line " + line + ", byte " + byteNumber + " ("
                + String.format(Locale.ROOT, "0x%02X", value) + ") is not UTF-8 (the file may be Latin-1 "
                + "or Windows-1252); save it as UTF-8 (in most editors: Save As, encoding UTF-8)");
    }

    /**
     * Decodes UTF-8 strictly, counting lines and bytes as it goes so that the first byte that is
     * not UTF-8 can be named exactly (a line feed byte never occurs inside a UTF-8 sequence).
     */
    private static final class StrictUtf8Reader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder = strictDecoder();
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14).flip();
        private long consumed; // bytes of the file decoded so far
        private long line = 1;
        private boolean end;

        StrictUtf8Reader(InputStream in, long skipped) {
            this.in = in;
            this.consumed = skipped;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) return 0;
            CharBuffer out = CharBuffer.wrap(buffer, offset, length);
            while (true) {
                int from = bytes.position();
                CoderResult r = decoder.decode(bytes, out, end);
                for (int i = from; i < bytes.position(); i++) if (bytes.get(i) == '\n') line++;
                consumed += bytes.position() - from;
                if (r.isError()) throw notUtf8(line, consumed + 1, bytes.get(bytes.position()) & 0xff);
                if (end && r.isUnderflow()) decoder.flush(out);
                int produced = out.position() - offset;
                if (produced > 0 || r.isOverflow()) return produced;
                if (end) return -1;
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) end = true;
                else bytes.position(bytes.position() + n);
                bytes.flip();
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

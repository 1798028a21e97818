package bnlab.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Bounds on what the CSV reader takes in, so a file that is not a table (one enormous line,
 * {@code /dev/zero}, a few megabytes of gzip that inflate to gigabytes) is refused with a sentence
 * after reading a bounded amount, in bounded memory, instead of running the JVM out of memory.
 */
final class CsvLimits {
    /** Characters in one line: room for tens of thousands of columns. */
    static final int MAX_LINE_CHARS = 1 << 20;
    /** Bytes of text in one file after decompression. */
    static final long MAX_TEXT_BYTES = 1L << 30;

    private CsvLimits() {}

    /** Thrown (as an I/O error, from inside the reader) when a file passes a bound; the message is the sentence. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** A stream that refuses to deliver more than {@link #MAX_TEXT_BYTES} bytes. */
    static InputStream bounded(InputStream in, String fileName, long limit) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) counted(1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) counted(n);
                return n;
            }

            private void counted(int n) throws TooLarge {
                count += n;
                if (count > limit) {
                    throw new TooLarge(fileName + " holds more than " + size(limit) + " of text (after decompression); "
                            + "BatchNorm Lab reads CSV files of up to " + size(limit) + " (use fewer rows)");
                }
            }
        };
    }

    static String size(long bytes) {
        return bytes >= 1L << 30 ? (bytes >> 30) + " GB" : bytes >= 1L << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }

    /** Lines of a text, each at most {@code maxChars} characters; \n, \r\n and \r end a line. */
    static final class Lines {
        private final Reader in;
        private final String fileName;
        private final int maxChars;
        private final char[] buffer = new char[1 << 16];
        private int position;
        private int limit;
        private boolean pendingCr;
        private int lineNumber;

        Lines(Reader in, String fileName, int maxChars) {
            this.in = in;
            this.fileName = fileName;
            this.maxChars = maxChars;
        }

        /** The next line without its ending, or null at the end of the text. */
        String next() throws IOException {
            StringBuilder line = null;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (line == null) return null;
                        lineNumber++;
                        return line.toString();
                    }
                }
                if (pendingCr) {
                    pendingCr = false;
                    if (buffer[position] == '\n') position++;
                    continue;
                }
                int start = position;
                while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') position++;
                int length = position - start;
                if ((line == null ? 0 : line.length()) + length > maxChars) {
                    throw new TooLarge(fileName + " line " + (lineNumber + 1) + " is longer than " + maxChars
                            + " characters; is this a CSV file? (one example per line, values separated by commas)");
                }
                if (line == null) line = new StringBuilder(Math.max(16, length));
                line.append(buffer, start, length);
                if (position < limit) {
                    pendingCr = buffer[position] == '\r';
                    position++;
                    lineNumber++;
                    return line.toString();
                }
            }
        }
    }
}

package bnlab.runner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV file written a row at a time that hands only whole rows to the operating system: at most
 * every {@value #MAX_BUFFER} characters or about once a second. A process killed at any moment
 * (kill -9) leaves a file of complete rows, short by at most the last second; the kernel may stop the
 * write under way when the kill arrives (Linux checks between pages), so the last line can be cut, and a
 * cut line is the one without a line end.
 */
final class RowFile implements AutoCloseable {
    private static final int MAX_BUFFER = 1 << 16;
    private static final long MAX_DELAY_NANOS = 1_000_000_000L;

    private final OutputStream out;
    private final StringBuilder buffer = new StringBuilder(MAX_BUFFER + 1024);
    private long lastFlush = System.nanoTime();
    private boolean closed;

    RowFile(Path file, String header) throws IOException {
        out = Files.newOutputStream(file);
        buffer.append(header).append('\n');
        flush();
    }

    void append(String row) throws IOException {
        buffer.append(row).append('\n');
        if (buffer.length() >= MAX_BUFFER || System.nanoTime() - lastFlush >= MAX_DELAY_NANOS) flush();
    }

    void flush() throws IOException {
        if (buffer.length() > 0) {
            out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        }
        out.flush();
        lastFlush = System.nanoTime();
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            flush();
        } finally {
            out.close();
        }
    }
}

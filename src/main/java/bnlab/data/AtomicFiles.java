package bnlab.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Every file the project writes goes through here: written beside its final name under a hidden
 * temporary name, then renamed over it in one step. A reader, a crash or a full disk never leaves
 * half a file, and a failed write leaves the previous file untouched and no temporary file behind.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes bytes to a stream; what {@link #write} calls with the temporary file's stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Text written to a UTF-8 writer. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes {@code file} atomically; on any failure the old file (if any) is kept and the temporary one deleted. */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path tmp = temporarySibling(target);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@link #write} for text, in UTF-8. */
    public static void writeText(Path file, TextContent content) throws IOException {
        write(file, out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            content.writeTo(w);
            w.flush();
        });
    }

    public static void writeString(Path file, String text) throws IOException {
        writeText(file, w -> w.write(text));
    }

    /** Renames {@code from} to {@code to} in one step where the file system can, replacing {@code to}. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A hidden name beside {@code file}, unique to this process and moment. */
    static Path temporarySibling(Path file) {
        return file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".tmp");
    }
}

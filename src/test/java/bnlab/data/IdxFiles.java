package bnlab.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for tests, plain or gzip, with any header the test wants. */
final class IdxFiles {

    private IdxFiles() {
    }

    /** The bytes of an unsigned-byte IDX file: magic with {@code dims.length} dimensions, sizes, then data. */
    static byte[] idx(int[] dims, byte[] data) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(0x00000800 | dims.length);
            for (int dim : dims) {
                out.writeInt(dim);
            }
            out.write(data);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path file, byte[] content, boolean gzip) throws IOException {
        if (!gzip) {
            return Files.write(file, content);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    /** An image file of n images of rows × cols, pixel (i, p) = (i * 7 + p) mod 256. */
    static Path images(Path file, int n, int rows, int cols, boolean gzip) throws IOException {
        byte[] pixels = new byte[n * rows * cols];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < rows * cols; p++) {
                pixels[i * rows * cols + p] = (byte) ((i * 7 + p) % 256);
            }
        }
        return write(file, idx(new int[] {n, rows, cols}, pixels), gzip);
    }

    static Path labels(Path file, int[] labels, boolean gzip) throws IOException {
        byte[] values = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            values[i] = (byte) labels[i];
        }
        return write(file, idx(new int[] {labels.length}, values), gzip);
    }

    /** Labels 0, 1, ..., k-1, 0, 1, ... */
    static int[] cycle(int n, int k) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % k;
        }
        return labels;
    }
}

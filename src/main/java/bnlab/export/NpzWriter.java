package bnlab.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes NumPy's {@code .npz} format, which {@code numpy.load} reads without pickle: a zip of
 * {@code .npy} files, each a short text header (type, shape) and the values in little-endian
 * order. Only what an export needs: float64, int32 and uint8 arrays.
 */
final class NpzWriter implements AutoCloseable {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    private final ZipOutputStream zip;

    NpzWriter(Path file) throws IOException {
        zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void doubles(String name, double[] values, int... shape) throws IOException {
        ByteBuffer b = entry(name, "<f8", shape, values.length, 8);
        for (double v : values) b.putDouble(v);
        flush(b);
    }

    void ints(String name, int[] values, int... shape) throws IOException {
        ByteBuffer b = entry(name, "<i4", shape, values.length, 4);
        for (int v : values) b.putInt(v);
        flush(b);
    }

    void bytes(String name, byte[] values, int... shape) throws IOException {
        ByteBuffer b = entry(name, "|u1", shape, values.length, 1);
        b.put(values);
        flush(b);
    }

    private ByteBuffer entry(String name, String type, int[] shape, int count, int width) throws IOException {
        long expected = Arrays.stream(shape).asLongStream().reduce(1, (a, c) -> a * c);
        if (expected != count) {
            throw new IllegalArgumentException(name + ": shape " + Arrays.toString(shape) + " holds " + expected
                    + " values; got " + count);
        }
        zip.putNextEntry(new ZipEntry(name + ".npy"));
        zip.write(header(type, shape));
        return ByteBuffer.allocate(count * width).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void flush(ByteBuffer b) throws IOException {
        zip.write(b.array(), 0, b.position());
        zip.closeEntry();
    }

    /** The .npy 1.0 header: magic, version, length, and a Python dict padded so the data starts at a multiple of 64. */
    static byte[] header(String type, int[] shape) {
        String dims = shape.length == 1 ? "(" + shape[0] + ",)"
                : Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", ", "(", ")"));
        String dict = "{'descr': '" + type + "', 'fortran_order': False, 'shape': " + dims + ", }";
        int unpadded = MAGIC.length + 2 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String text = dict + " ".repeat(padding) + "\n";
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 2 + text.length()).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putShort((short) text.length()).put(text.getBytes(StandardCharsets.US_ASCII));
        return b.array();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

}

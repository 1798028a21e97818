package bnlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads image/label pairs in the IDX format of MNIST, Fashion-MNIST, KMNIST and friends,
 * gzip-compressed or plain (detected by content, not by name). Only unsigned-byte IDX files
 * are supported; pixels 0..255 become 0..1.
 *
 * <p>An IDX file is a 4-byte magic number (0, 0, type code, number of dimensions), one
 * big-endian 32-bit size per dimension, then the values. Labels are {@code 0x00000801} (one
 * dimension: the count), images usually {@code 0x00000803} (count, rows, columns).
 *
 * <p>Everything is read and checked before a {@link Dataset} is built, so a bad file never
 * gives a half-loaded dataset.
 */
public final class IdxReader {

    static final int LABELS_MAGIC = 0x00000801;
    static final int IMAGES_MAGIC = 0x00000803;
    static final int UNSIGNED_BYTE = 0x08;
    static final int MAX_CLASSES = 100;

    private static final double[] UNIT_SCALE = new double[256];

    static {
        for (int value = 0; value < 256; value++) {
            UNIT_SCALE[value] = value / 255.0;
        }
    }

    /** Images read from an IDX file: count examples of the given shape, pixels already in [0, 1]. */
    record RawImages(String fileName, int count, int[] shape, double[] pixels) {
    }

    /** Labels as read from an IDX file, values 0..255. */
    record RawLabels(String fileName, byte[] values) {
    }

    private IdxReader() {
    }

    /** Reads one image file and its label file; class names are "0".."k-1", k = largest label + 1. */
    public static Dataset read(Path images, Path labels) throws DatasetException {
        RawImages rawImages = readImages(images);
        RawLabels rawLabels = readLabels(labels);
        List<String> classNames = digitClassNames(rawLabels);
        return toDataset(DataFiles.displayName(images), rawImages, rawLabels, classNames);
    }

    /** Reads a training pair and a test pair, which must have the same image shape. */
    public static DatasetSplit read(Path trainImages, Path trainLabels, Path testImages, Path testLabels)
            throws DatasetException {
        RawImages trainX = readImages(trainImages);
        RawLabels trainY = readLabels(trainLabels);
        RawImages testX = readImages(testImages);
        RawLabels testY = readLabels(testLabels);
        if (!Arrays.equals(trainX.shape(), testX.shape())) {
            throw new DatasetException(testX.fileName() + " holds images of " + shapeText(testX.shape())
                    + " but " + trainX.fileName() + " holds images of " + shapeText(trainX.shape())
                    + "; the training and test images must have the same size");
        }
        List<String> classNames = digitClassNames(trainY, testY);
        String name = DataFiles.displayName(trainImages);
        return new DatasetSplit(toDataset(name, trainX, trainY, classNames), toDataset(name, testX, testY, classNames));
    }

    static RawImages readImages(Path file) throws DatasetException {
        try (InputStream in = DataFiles.open(file)) {
            return readImages(in, DataFiles.displayName(file), DataFiles.contentBound(file, in));
        } catch (IOException e) {
            throw DataFiles.readFailure(DataFiles.displayName(file), e);
        }
    }

    static RawLabels readLabels(Path file) throws DatasetException {
        try (InputStream in = DataFiles.open(file)) {
            return readLabels(in, DataFiles.displayName(file), DataFiles.contentBound(file, in));
        } catch (IOException e) {
            throw DataFiles.readFailure(DataFiles.displayName(file), e);
        }
    }

    /** Reads an image file from an already decompressed stream of unknown length (a shipped resource). */
    static RawImages readImages(InputStream in, String fileName) throws DatasetException, IOException {
        return readImages(in, fileName, DataFiles.ContentBound.UNKNOWN);
    }

    /**
     * Reads an image file from an already decompressed stream that holds at most {@code maxBytes}:
     * a header promising more is refused before anything is allocated.
     */
    static RawImages readImages(InputStream in, String fileName, DataFiles.ContentBound maxBytes) throws DatasetException, IOException {
        int[] dims = readHeader(in, fileName, true);
        if (dims.length < 2) {
            throw new DatasetException(fileName + ": an IDX image file needs at least 2 dimensions (count and size); this one has "
                    + dims.length);
        }
        int count = dims[0];
        int[] shape = Arrays.copyOfRange(dims, 1, dims.length);
        long exampleBytes = 1;
        long totalBytes;
        try {
            for (int dim : shape) {
                exampleBytes = Math.multiplyExact(exampleBytes, dim);
            }
            totalBytes = Math.multiplyExact(count, exampleBytes);
        } catch (ArithmeticException overflow) {
            throw new DatasetException(fileName + ": its header claims " + count + " images of " + shapeText(shape)
                    + ", more bytes than any file can hold (is the file damaged, or not an IDX file?)");
        }
        if (count == 0 || exampleBytes == 0) {
            throw new DatasetException(fileName + " holds no images (its header says " + count + " images of "
                    + shapeText(shape) + ")");
        }
        checkPromise(fileName, 4 + 4L * dims.length, totalBytes, maxBytes, count + " images of " + shapeText(shape), "of pixels");
        if (totalBytes > Integer.MAX_VALUE - 8) {
            throw new DatasetException(fileName + " is too large: " + count + " images of " + shapeText(shape)
                    + " do not fit in memory as one array; use fewer images");
        }
        // Converted chunk by chunk: no second, byte-sized copy of a file that may hold 47 million pixels.
        double[] pixels = allocate(totalBytes, fileName, count, shape);
        byte[] chunk = new byte[DataFiles.BUFFER_SIZE];
        int filled = 0;
        while (filled < pixels.length) {
            int read = in.readNBytes(chunk, 0, Math.min(chunk.length, pixels.length - filled));
            for (int i = 0; i < read; i++) {
                pixels[filled + i] = UNIT_SCALE[chunk[i] & 0xff];
            }
            filled += read;
            if (read == 0) {
                throw new DatasetException(fileName + " is cut short: its header promises " + count + " images of "
                        + shapeText(shape) + " (" + totalBytes + " bytes) but only " + filled + " bytes of pixels follow");
            }
        }
        return new RawImages(fileName, count, shape, pixels);
    }

    private static double[] allocate(long values, String fileName, int count, int[] shape) throws DatasetException {
        try {
            return new double[(int) values];
        } catch (OutOfMemoryError e) {
            // One huge array: failing to get it leaves the rest of the heap intact, so this is recoverable.
            throw new DatasetException(fileName + ": not enough memory for " + count + " images of " + shapeText(shape)
                    + " (" + (values * Double.BYTES >> 20) + " MB as numbers); use fewer images or give Java more memory "
                    + "(-Xmx)");
        }
    }

    /** Reads a label file from an already decompressed stream of unknown length (a shipped resource). */
    static RawLabels readLabels(InputStream in, String fileName) throws DatasetException, IOException {
        return readLabels(in, fileName, DataFiles.ContentBound.UNKNOWN);
    }

    /** Reads a label file from an already decompressed stream that holds at most {@code maxBytes}. */
    static RawLabels readLabels(InputStream in, String fileName, DataFiles.ContentBound maxBytes) throws DatasetException, IOException {
        int[] dims = readHeader(in, fileName, false);
        int count = dims[0];
        if (count == 0) {
            throw new DatasetException(fileName + " holds no labels (its header says 0)");
        }
        checkPromise(fileName, 8, count, maxBytes, count + " labels", null);
        byte[] values = new byte[count];
        int read = in.readNBytes(values, 0, count);
        if (read < count) {
            throw new DatasetException(fileName + " is cut short: its header promises " + count
                    + " labels but only " + read + " follow");
        }
        return new RawLabels(fileName, values);
    }

    /**
     * Refuses a header that promises more values (one byte each; {@code values} names them in the
     * message, or null when the count says it) than the file can hold ({@code maxBytes}: its
     * length, or what its gzip data can expand to), before the values are allocated.
     */
    private static void checkPromise(String fileName, long headerBytes, long valueBytes, DataFiles.ContentBound bound,
            String promised, String values) throws DatasetException {
        if (headerBytes + valueBytes <= bound.bytes()) return;
        if (bound.compressed()) {
            throw new DatasetException(fileName + ": its header promises " + promised + " (" + valueBytes
                    + " bytes), more than its gzip data can expand to (at most " + bound.bytes()
                    + " bytes); is the file damaged?");
        }
        long follow = Math.max(0, bound.bytes() - headerBytes);
        throw new DatasetException(fileName + " is cut short: its header promises " + promised
                + (values == null ? " but only " + follow : " (" + valueBytes + " bytes) but only " + follow + " bytes " + values)
                + " follow");
    }

    /** Checks the magic number and returns the dimension sizes. */
    private static int[] readHeader(InputStream in, String fileName, boolean images) throws DatasetException, IOException {
        byte[] magicBytes = in.readNBytes(4);
        if (magicBytes.length == 0) {
            throw new DatasetException(fileName + " is empty");
        }
        if (magicBytes.length < 4) {
            throw new DatasetException(fileName + " is cut short: it ends inside its 4-byte IDX magic number");
        }
        int magic = bigEndianInt(magicBytes, 0);
        int typeCode = magicBytes[2] & 0xff;
        int dimCount = magicBytes[3] & 0xff;
        String expected = images ? "0x00000803 for images" : String.format("0x%08X for labels", LABELS_MAGIC);
        boolean magicOk = images
                ? (magic >>> 16) == 0 && typeCode == UNSIGNED_BYTE && dimCount >= 2 && dimCount <= 4
                : magic == LABELS_MAGIC;
        if (!magicOk) {
            throw new DatasetException(String.format("%s: expected the IDX magic number %s but found 0x%08X %s",
                    fileName, expected, magic, magicHint(magicBytes, images)));
        }
        byte[] dimBytes = in.readNBytes(4 * dimCount);
        if (dimBytes.length < 4 * dimCount) {
            throw new DatasetException(fileName + " is cut short: it ends inside its header (the sizes of its "
                    + dimCount + " dimensions)");
        }
        int[] dims = new int[dimCount];
        for (int i = 0; i < dimCount; i++) {
            dims[i] = bigEndianInt(dimBytes, 4 * i);
            if (dims[i] < 0) {
                throw new DatasetException(fileName + ": its header gives dimension " + (i + 1) + " the impossible size "
                        + Integer.toUnsignedString(dims[i]) + " (is the file damaged?)");
            }
        }
        return dims;
    }

    private static String magicHint(byte[] magic, boolean images) {
        int typeCode = magic[2] & 0xff;
        int dimCount = magic[3] & 0xff;
        if (magic[0] == 'P' && magic[1] == 'K') {
            return "(this looks like a zip archive: extract the IDX file from it first)";
        }
        if (magic[0] != 0 || magic[1] != 0) {
            return "(this is not an IDX file)";
        }
        if (typeCode != UNSIGNED_BYTE) {
            return String.format("(this IDX file holds values of type 0x%02X; only unsigned bytes, type 0x08, are supported)",
                    typeCode);
        }
        if (images && dimCount == 1) {
            return "(is this a label file?)";
        }
        if (!images && dimCount >= 2) {
            return "(is this an image file?)";
        }
        return "(an IDX " + (images ? "image" : "label") + " file cannot have " + dimCount + " dimensions)";
    }

    /** Checks that the pair has one label per image and builds the dataset (sharing the pixel array). */
    static Dataset toDataset(String name, RawImages images, RawLabels labels, List<String> classNames)
            throws DatasetException {
        if (images.count() != labels.values().length) {
            throw new DatasetException(images.fileName() + " holds " + images.count() + " images but "
                    + labels.fileName() + " holds " + labels.values().length
                    + " labels; an image file and its label file must have the same count");
        }
        byte[] raw = labels.values();
        int[] y = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            y[i] = raw[i] & 0xff;
        }
        return new Dataset(name, images.pixels(), y, classNames, images.shape().clone());
    }

    /** Class names "0".."k-1" for labels 0..k-1, after checking there are 2 to 100 classes. */
    static List<String> digitClassNames(RawLabels... labelFiles) throws DatasetException {
        boolean[] seen = new boolean[256];
        int largest = 0;
        String largestFile = labelFiles[0].fileName();
        for (RawLabels file : labelFiles) {
            for (byte value : file.values()) {
                int label = value & 0xff;
                seen[label] = true;
                if (label > largest) {
                    largest = label;
                    largestFile = file.fileName();
                }
            }
        }
        int distinct = 0;
        for (boolean s : seen) {
            distinct += s ? 1 : 0;
        }
        if (distinct < 2) {
            throw new DatasetException(labelFiles[0].fileName() + ": every label is " + largest
                    + "; a classifier needs at least 2 classes");
        }
        if (largest + 1 > MAX_CLASSES) {
            throw new DatasetException(largestFile + " has the label " + largest + ", which would make " + (largest + 1)
                    + " classes; BatchNorm Lab handles at most " + MAX_CLASSES + " classes");
        }
        List<String> names = new ArrayList<>(largest + 1);
        for (int c = 0; c <= largest; c++) {
            names.add(String.valueOf(c));
        }
        return names;
    }

    static String shapeText(int[] shape) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            text.append(i == 0 ? "" : "×").append(shape[i]);
        }
        return text.toString();
    }

    private static int bigEndianInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) << 24 | (bytes[offset + 1] & 0xff) << 16
                | (bytes[offset + 2] & 0xff) << 8 | (bytes[offset + 3] & 0xff);
    }
}

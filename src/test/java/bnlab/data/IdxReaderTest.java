package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void roundTripsASmallFilePlainOrGzip(boolean gzip) throws Exception {
        Path images = IdxFiles.images(dir.resolve("images.idx3"), 6, 3, 4, gzip);
        Path labels = IdxFiles.labels(dir.resolve("labels.idx1"), new int[] {0, 1, 2, 1, 0, 2}, gzip);
        Dataset data = IdxReader.read(images, labels);
        assertEquals(6, data.size());
        assertEquals(12, data.featureCount());
        assertArrayEquals(new int[] {3, 4}, data.exampleShape());
        assertTrue(data.isImage());
        assertEquals(List.of("0", "1", "2"), data.classNames());
        assertArrayEquals(new int[] {0, 1, 2, 1, 0, 2}, data.copyLabels());
        assertEquals("images.idx3", data.name());
        for (int i = 0; i < 6; i++) {
            for (int p = 0; p < 12; p++) {
                assertEquals(((i * 7 + p) % 256) / 255.0, data.feature(i, p), 1e-15);
            }
        }
    }

    @Test
    void scalesTheFullByteRangeToZeroOne() throws Exception {
        byte[] pixels = {0, (byte) 128, (byte) 255, 1};
        Path images = IdxFiles.write(dir.resolve("i"), IdxFiles.idx(new int[] {2, 1, 2}, pixels), false);
        Path labels = IdxFiles.labels(dir.resolve("l"), new int[] {0, 1}, false);
        Dataset data = IdxReader.read(images, labels);
        assertEquals(0.0, data.feature(0, 0));
        assertEquals(128 / 255.0, data.feature(0, 1));
        assertEquals(1.0, data.feature(1, 0));
    }

    @Test
    void readsATrainingAndTestPairWithSharedClasses() throws Exception {
        DatasetSplit split = IdxReader.read(
                IdxFiles.images(dir.resolve("train-images"), 5, 2, 2, true),
                IdxFiles.labels(dir.resolve("train-labels"), new int[] {0, 1, 0, 1, 0}, true),
                IdxFiles.images(dir.resolve("test-images"), 3, 2, 2, false),
                IdxFiles.labels(dir.resolve("test-labels"), new int[] {2, 1, 0}, false));
        assertEquals(5, split.train().size());
        assertEquals(3, split.test().size());
        assertEquals(List.of("0", "1", "2"), split.train().classNames(), "label 2 of the test file counts too");
    }

    @Test
    void labelFileGivenAsImagesIsRecognised() throws Exception {
        Path labels = IdxFiles.labels(dir.resolve("train-labels-idx1-ubyte"), new int[] {0, 1}, false);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(labels, labels));
        assertEquals("train-labels-idx1-ubyte: expected the IDX magic number 0x00000803 for images but found "
                + "0x00000801 (is this a label file?)", e.getMessage());
    }

    @Test
    void imageFileGivenAsLabelsIsRecognised() throws Exception {
        Path images = IdxFiles.images(dir.resolve("images.idx3-ubyte"), 2, 2, 2, true);
        Path labels = IdxFiles.images(dir.resolve("labels.idx1-ubyte"), 2, 2, 2, true);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(images, labels));
        assertEquals("labels.idx1-ubyte: expected the IDX magic number 0x00000801 for labels but found "
                + "0x00000803 (is this an image file?)", e.getMessage());
    }

    @Test
    void fileThatIsNotIdxAtAllIsNamed() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello, world");
        Path labels = IdxFiles.labels(dir.resolve("l"), new int[] {0, 1}, false);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(text, labels));
        assertTrue(e.getMessage().startsWith("notes.txt: expected the IDX magic number 0x00000803"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(this is not an IDX file)"), e.getMessage());
    }

    @Test
    void floatIdxFilesAreExplained() throws Exception {
        byte[] floats = {0, 0, 0x0D, 3, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0};
        Path images = IdxFiles.write(dir.resolve("floats.idx"), floats, false);
        Path labels = IdxFiles.labels(dir.resolve("l"), new int[] {0}, false);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(images, labels));
        assertTrue(e.getMessage().contains("type 0x0D; only unsigned bytes, type 0x08, are supported"), e.getMessage());
    }

    @Test
    void truncatedHeaderIsReported() throws Exception {
        byte[] whole = IdxFiles.idx(new int[] {2, 28, 28}, new byte[0]);
        Path images = IdxFiles.write(dir.resolve("short-header.idx3"), Arrays.copyOf(whole, 10), false);
        Path labels = IdxFiles.labels(dir.resolve("l"), new int[] {0, 1}, false);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(images, labels));
        assertEquals("short-header.idx3 is cut short: it ends inside its header (the sizes of its 3 dimensions)",
                e.getMessage());
    }

    @Test
    void truncatedMagicNumberIsReported() throws Exception {
        Path labels = IdxFiles.write(dir.resolve("two-bytes"), new byte[] {0, 0}, false);
        Path images = IdxFiles.images(dir.resolve("i"), 2, 2, 2, false);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(images, labels));
        assertEquals("two-bytes is cut short: it ends inside its 4-byte IDX magic number", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void truncatedPixelDataIsReported(boolean gzip) throws Exception {
        byte[] whole = IdxFiles.idx(new int[] {4, 2, 3}, new byte[24]);
        Path images = IdxFiles.write(dir.resolve("cut.idx3"), Arrays.copyOf(whole, whole.length - 5), gzip);
        Path labels = IdxFiles.labels(dir.resolve("l"), new int[] {0, 1, 0, 1}, gzip);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(images, labels));
        assertEquals("cut.idx3 is cut short: its header promises 4 images of 2×3 (24 bytes) but only 19 bytes "
                + "of pixels follow", e.getMessage());
    }

    @Test
    void truncatedLabelDataIsReported() throws Exception {
        byte[] whole = IdxFiles.idx(new int[] {10}, new byte[10]);
        Path labels = IdxFiles.write(dir.resolve("labels"), Arrays.copyOf(whole, whole.length - 3), false);
        Path images = IdxFiles.images(dir.resolve("i"), 10, 2, 2, false);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(images, labels));
        assertEquals("labels is cut short: its header promises 10 labels but only 7 follow", e.getMessage());
    }

    @Test
    void cutGzipStreamIsReported() throws Exception {
        Path whole = IdxFiles.images(dir.resolve("whole.gz"), 50, 8, 8, true);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("download.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        Path labels = IdxFiles.labels(dir.resolve("l"), IdxFiles.cycle(50, 2), false);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(cut, labels));
        assertEquals("download.gz is cut short: its gzip data ends early (was the download complete?)", e.getMessage());
    }

    @Test
    void countMismatchNamesBothFiles() throws Exception {
        Path images = IdxFiles.images(dir.resolve("train-images.gz"), 5, 2, 2, true);
        Path labels = IdxFiles.labels(dir.resolve("train-labels.gz"), new int[] {0, 1, 0, 1}, true);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(images, labels));
        assertEquals("train-images.gz holds 5 images but train-labels.gz holds 4 labels; an image file and its "
                + "label file must have the same count", e.getMessage());
    }

    @Test
    void emptyFileIsReported() throws Exception {
        Path images = Files.write(dir.resolve("empty.idx3"), new byte[0]);
        Path labels = IdxFiles.labels(dir.resolve("l"), new int[] {0, 1}, false);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(images, labels));
        assertEquals("empty.idx3 is empty", e.getMessage());
    }

    @Test
    void singleClassIsRejected() throws Exception {
        Path images = IdxFiles.images(dir.resolve("i"), 3, 2, 2, false);
        Path labels = IdxFiles.labels(dir.resolve("labels.idx1"), new int[] {4, 4, 4}, false);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(images, labels));
        assertEquals("labels.idx1: every label is 4; a classifier needs at least 2 classes", e.getMessage());
    }

    @Test
    void moreThanAHundredClassesIsRejected() throws Exception {
        Path images = IdxFiles.images(dir.resolve("i"), 3, 2, 2, false);
        Path labels = IdxFiles.labels(dir.resolve("labels.idx1"), new int[] {0, 1, 200}, false);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(images, labels));
        assertEquals("labels.idx1 has the label 200, which would make 201 classes; BatchNorm Lab handles at most "
                + "100 classes", e.getMessage());
    }

    @Test
    void missingFileSaysWhereItLooked() throws Exception {
        Path labels = IdxFiles.labels(dir.resolve("l"), new int[] {0, 1}, false);
        Path missing = dir.resolve("nowhere-images.gz");
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(missing, labels));
        assertEquals("nowhere-images.gz: file not found (looked for " + missing.toAbsolutePath() + ")", e.getMessage());
    }

    @Test
    void testImagesOfAnotherSizeAreRejected() throws Exception {
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(
                IdxFiles.images(dir.resolve("train-images"), 4, 28, 28, false),
                IdxFiles.labels(dir.resolve("train-labels"), new int[] {0, 1, 0, 1}, false),
                IdxFiles.images(dir.resolve("test-images"), 2, 32, 32, false),
                IdxFiles.labels(dir.resolve("test-labels"), new int[] {0, 1}, false)));
        assertEquals("test-images holds images of 32×32 but train-images holds images of 28×28; the training and "
                + "test images must have the same size", e.getMessage());
    }

    @Test
    void aFolderIsNotAFile() throws IOException {
        Path labels = IdxFiles.labels(dir.resolve("l"), new int[] {0, 1}, false);
        Path folder = Files.createDirectory(dir.resolve("mnist"));
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(folder, labels));
        assertTrue(e.getMessage().startsWith("mnist is a folder, not a file"), e.getMessage());
    }
}

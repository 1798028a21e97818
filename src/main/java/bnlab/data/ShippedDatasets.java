package bnlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The datasets that travel inside the application as classpath resources under
 * {@code /assets/datasets/} (provenance in {@code assets/datasets/README.md}), so they load the
 * same from the jar and from the tests.
 */
public final class ShippedDatasets {

    /** Fashion-MNIST's class names, index = label. */
    public static final List<String> FASHION_MNIST_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover",
            "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /** Images in the shipped digits file (UCI 8×8 digits as shipped by scikit-learn). */
    public static final int DIGITS_COUNT = 1797;
    /** Training images in the shipped Fashion-MNIST subset: the first 10,000 of 60,000. */
    public static final int FASHION_MNIST_TRAIN_COUNT = 10_000;
    /** Test images in the shipped Fashion-MNIST subset: the first 2,000 of 10,000. */
    public static final int FASHION_MNIST_TEST_COUNT = 2_000;

    private static final String ROOT = "/assets/datasets/";

    private ShippedDatasets() {
    }

    /**
     * All 1,797 digits, 8×8 pixels scaled from 0..16 to [0, 1], classes "0".."9", in file order.
     * There is no official split: {@link DatasetLoader} splits it with the experiment's seed.
     */
    public static Dataset digits() throws DatasetException {
        Dataset table;
        try (InputStream in = DataFiles.openResource(ROOT + "digits/digits.csv.gz")) {
            table = CsvReader.read(in, "digits.csv.gz", null);
        } catch (IOException e) {
            throw DataFiles.readFailure("digits.csv.gz", e);
        }
        if (table.size() != DIGITS_COUNT || table.featureCount() != 64 || table.classCount() != 10) {
            throw new DatasetException("the shipped digits.csv.gz is damaged: expected 1797 rows of 64 pixels and "
                    + "10 classes, found " + table);
        }
        double[] pixels = table.copyFeatures();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] /= 16.0;
        }
        return new Dataset("digits", pixels, table.copyLabels(), table.classNames(), new int[] {8, 8});
    }

    /**
     * The shipped Fashion-MNIST subset: the first 10,000 training and first 2,000 test images,
     * 28×28 pixels scaled to [0, 1], with the ten class names.
     */
    public static DatasetSplit fashionMnist() throws DatasetException {
        Dataset train = fashionMnistPart("train", FASHION_MNIST_TRAIN_COUNT);
        Dataset test = fashionMnistPart("t10k", FASHION_MNIST_TEST_COUNT);
        return new DatasetSplit(train, test);
    }

    private static Dataset fashionMnistPart(String prefix, int expectedCount) throws DatasetException {
        String imagesName = prefix + "-images-idx3-ubyte.gz";
        String labelsName = prefix + "-labels-idx1-ubyte.gz";
        IdxReader.RawImages images;
        IdxReader.RawLabels labels;
        try (InputStream imagesIn = DataFiles.openResource(ROOT + "fashion-mnist/" + imagesName);
             InputStream labelsIn = DataFiles.openResource(ROOT + "fashion-mnist/" + labelsName)) {
            images = IdxReader.readImages(imagesIn, imagesName);
            labels = IdxReader.readLabels(labelsIn, labelsName);
        } catch (IOException e) {
            throw DataFiles.readFailure(imagesName, e);
        }
        for (byte label : labels.values()) {
            if ((label & 0xff) >= FASHION_MNIST_CLASSES.size()) {
                throw new DatasetException("the shipped " + labelsName + " is damaged: it has the label " + (label & 0xff));
            }
        }
        if (images.count() != expectedCount) {
            throw new DatasetException("the shipped " + imagesName + " is damaged: expected " + expectedCount
                    + " images, found " + images.count());
        }
        return IdxReader.toDataset("fashion-mnist", images, labels, FASHION_MNIST_CLASSES);
    }
}

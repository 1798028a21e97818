package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedDatasetsTest {

    @Test
    void digitsAreAll1797EightByEightImagesScaledToZeroOne() throws Exception {
        Dataset digits = ShippedDatasets.digits();
        assertEquals(1797, digits.size());
        assertEquals(64, digits.featureCount());
        assertArrayEquals(new int[] {8, 8}, digits.exampleShape());
        assertTrue(digits.isImage());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), digits.classNames());
        // Per-class counts of the UCI/scikit-learn file.
        assertArrayEquals(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, digits.classCounts());
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : digits.copyFeatures()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            assertEquals(0.0, v * 16 - Math.rint(v * 16), 1e-12, "pixels are counts 0..16 divided by 16");
        }
        assertEquals(0.0, min);
        assertEquals(1.0, max);
        // First row of digits.csv: 0,0,5,13,9,1,0,0,... label 0.
        assertEquals(0, digits.label(0));
        assertEquals(5 / 16.0, digits.feature(0, 2));
        assertEquals(13 / 16.0, digits.feature(0, 3));
    }

    @Test
    void fashionMnistSubsetHasTenThousandAndTwoThousandImages() throws Exception {
        DatasetSplit fashion = ShippedDatasets.fashionMnist();
        Dataset train = fashion.train();
        Dataset test = fashion.test();
        assertEquals(10_000, train.size());
        assertEquals(2_000, test.size());
        assertArrayEquals(new int[] {28, 28}, train.exampleShape());
        assertEquals(784, test.featureCount());
        assertEquals(ShippedDatasets.FASHION_MNIST_CLASSES, train.classNames());
        assertEquals("Ankle boot", train.className(9));
        assertEquals("T-shirt/top", train.className(0));
        // The original files start with labels 9, 0, 0, 3 (train) and 9, 2, 1, 1 (test).
        assertArrayEquals(new int[] {9, 0, 0, 3}, java.util.Arrays.copyOf(train.copyLabels(), 4));
        assertArrayEquals(new int[] {9, 2, 1, 1}, java.util.Arrays.copyOf(test.copyLabels(), 4));
        // Centre pixel of the first training image is 217 of 255.
        assertEquals(217 / 255.0, train.feature(0, 14 * 28 + 14), 1e-15);
        double max = 0;
        double min = 1;
        for (double v : train.copyFeatures()) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        assertEquals(0.0, min);
        assertEquals(1.0, max);
        int[] counts = train.classCounts();
        for (int count : counts) {
            assertTrue(count >= 900 && count <= 1100, "roughly balanced: " + java.util.Arrays.toString(counts));
        }
    }
}

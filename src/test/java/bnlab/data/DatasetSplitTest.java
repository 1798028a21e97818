package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetSplitTest {

    /** n examples with one feature holding the example's own index, so rows can be traced. */
    private static Dataset indexed(int n, int k) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        List<String> names = Arrays.stream(new String[k]).map(s -> "c").toList();
        return Dataset.of("indexed", x, IdxFiles.cycle(n, k), names, new int[] {1});
    }

    private static Set<Integer> ids(Dataset data) {
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < data.size(); i++) {
            ids.add((int) data.feature(i, 0));
        }
        return ids;
    }

    @Test
    void stratifiedSplitPartitionsThePoolAndKeepsClassBalance() {
        Dataset pool = indexed(1000, 4);
        DatasetSplit split = DatasetSplit.stratified(pool, 200, 9);
        assertEquals(800, split.train().size());
        assertEquals(200, split.test().size());
        assertArrayEquals(new int[] {50, 50, 50, 50}, split.test().classCounts());
        assertArrayEquals(new int[] {200, 200, 200, 200}, split.train().classCounts());
        Set<Integer> train = ids(split.train());
        Set<Integer> test = ids(split.test());
        assertEquals(800, train.size(), "no example twice");
        train.retainAll(test);
        assertTrue(train.isEmpty(), "train and test are disjoint");
        assertTrue(split.standardizer().isIdentity());
    }

    @Test
    void stratifiedSplitIsSeededAndShuffled() {
        Dataset pool = indexed(300, 3);
        DatasetSplit a = DatasetSplit.stratified(pool, 60, 1);
        DatasetSplit b = DatasetSplit.stratified(pool, 60, 1);
        DatasetSplit c = DatasetSplit.stratified(pool, 60, 2);
        assertArrayEquals(a.test().copyFeatures(), b.test().copyFeatures());
        assertArrayEquals(a.train().copyFeatures(), b.train().copyFeatures());
        assertNotEquals(ids(a.test()), ids(c.test()));
        // Shuffled, not grouped by class: the first 10 test examples are not all one class.
        Set<Integer> firstClasses = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            firstClasses.add(a.test().label(i));
        }
        assertTrue(firstClasses.size() > 1);
    }

    @Test
    void unevenClassesShareTheTestSetByLargestRemainder() {
        // Exact shares 1.5, 0.9, 0.6: floors 1, 0, 0, then the two largest remainders get one more.
        assertArrayEquals(new int[] {1, 1, 1}, DatasetSplit.testShares(new int[] {5, 3, 2}, 3, 10));
        assertEquals(33, Arrays.stream(DatasetSplit.testShares(new int[] {50, 30, 20}, 33, 100)).sum());
    }

    @Test
    void standardizationUsesTrainingStatisticsOnly() {
        // Train: feature 0 is 1, 2, 3 (mean 2, std sqrt(2/3)); feature 1 is constant 5.
        Dataset train = Dataset.of("t", new double[] {1, 5, 2, 5, 3, 5}, new int[] {0, 1, 0}, List.of("a", "b"),
                new int[] {2});
        Dataset test = Dataset.of("t", new double[] {102, 5, -98, 7}, new int[] {1, 0}, List.of("a", "b"),
                new int[] {2});
        DatasetSplit split = new DatasetSplit(train, test).standardized();
        Standardizer standardizer = split.standardizer();
        double std = Math.sqrt(2.0 / 3.0);
        assertEquals(2.0, standardizer.mean(0), 1e-12);
        assertEquals(std, standardizer.scale(0), 1e-12);
        assertEquals(1.0, standardizer.scale(1), "a constant feature is only centred");
        assertEquals(-1 / std, split.train().feature(0, 0), 1e-12);
        assertEquals(0.0, split.train().feature(1, 0), 1e-12);
        assertEquals(0.0, split.train().feature(2, 1), 1e-12);
        // The test set's own mean (2) and spread play no part: 102 → (102 - 2) / std.
        assertEquals(100 / std, split.test().feature(0, 0), 1e-9);
        assertEquals(-100 / std, split.test().feature(1, 0), 1e-9);
        assertEquals(2.0, split.test().feature(1, 1), 1e-12);
        assertEquals(1, split.test().label(0), "labels untouched");
    }

    @Test
    void standardizedTrainingSetHasMeanZeroAndUnitVariance() {
        Dataset points = new BlobsGenerator().generate(500, 0.3, 4, 2);
        DatasetSplit split = DatasetSplit.stratified(points, 100, 3).standardized();
        for (int j = 0; j < 2; j++) {
            double sum = 0;
            double sumSquares = 0;
            for (int i = 0; i < split.train().size(); i++) {
                double v = split.train().feature(i, j);
                sum += v;
                sumSquares += v * v;
            }
            int n = split.train().size();
            assertEquals(0.0, sum / n, 1e-12);
            assertEquals(1.0, sumSquares / n, 1e-9);
        }
    }

    @Test
    void transformInPlaceAndInverseRoundTrip() {
        Dataset train = new MoonsGenerator().generate(100, 0.1, 2, 1);
        Standardizer standardizer = Standardizer.fit(train);
        double[] row = {9, 0.25, -0.75};
        standardizer.transformInPlace(row, 1);
        assertEquals(9.0, row[0]);
        assertEquals((0.25 - standardizer.mean(0)) / standardizer.scale(0), row[1], 1e-12);
        standardizer.inverseInPlace(row, 1);
        assertEquals(0.25, row[1], 1e-12);
        assertEquals(-0.75, row[2], 1e-12);
    }

    @Test
    void identityStandardizerChangesNothing() {
        Dataset train = indexed(10, 2);
        assertSame(train, Standardizer.identity(1).apply(train));
        assertThrows(IllegalArgumentException.class, () -> Standardizer.identity(3).apply(train));
    }

    @Test
    void rejectsMismatchedHalvesAndImpossibleCounts() {
        Dataset a = indexed(10, 2);
        Dataset b = Dataset.of("b", new double[4], new int[] {0, 1}, List.of("x", "y"), new int[] {2});
        assertThrows(IllegalArgumentException.class, () -> new DatasetSplit(a, b));
        assertThrows(IllegalArgumentException.class, () -> DatasetSplit.stratified(a, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> DatasetSplit.stratified(a, 0, 1));
    }
}

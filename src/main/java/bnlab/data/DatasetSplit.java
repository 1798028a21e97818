package bnlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A training set and a test set with the same features and classes, plus the
 * {@link Standardizer} that was applied to both (the identity if none was).
 * Keep the standardizer to feed new inputs, e.g. a 2-D plot's grid, to the network.
 */
public record DatasetSplit(Dataset train, Dataset test, Standardizer standardizer) {

    public DatasetSplit {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(standardizer, "standardizer");
        if (train.featureCount() != test.featureCount()
                || standardizer.featureCount() != train.featureCount()) {
            throw new IllegalArgumentException("train has " + train.featureCount() + " features, test has "
                    + test.featureCount() + ", standardizer expects " + standardizer.featureCount());
        }
        if (!train.classNames().equals(test.classNames())) {
            throw new IllegalArgumentException("train and test have different classes: "
                    + train.classNames() + " vs " + test.classNames());
        }
    }

    /** A split without standardization. */
    public DatasetSplit(Dataset train, Dataset test) {
        this(train, test, Standardizer.identity(train.featureCount()));
    }

    /**
     * Splits {@code pool} at random into {@code testCount} test examples and the rest for
     * training, stratified: each class gives the test set its share (largest remainder), so
     * both sides keep the class balance of the pool. Both sides come out shuffled.
     * The same pool and seed always give the same split.
     */
    public static DatasetSplit stratified(Dataset pool, int testCount, long seed) {
        int n = pool.size();
        if (testCount < 1 || testCount >= n) {
            throw new IllegalArgumentException("testCount must be between 1 and " + (n - 1) + "; got " + testCount);
        }
        Random random = new Random(seed);
        int k = pool.classCount();
        int[][] byClass = indicesByClass(pool);
        int[] testPerClass = testShares(pool.classCounts(), testCount, n);

        List<Integer> trainIndices = new ArrayList<>(n - testCount);
        List<Integer> testIndices = new ArrayList<>(testCount);
        for (int c = 0; c < k; c++) {
            int[] members = byClass[c];
            shuffle(members, random);
            for (int i = 0; i < members.length; i++) {
                (i < testPerClass[c] ? testIndices : trainIndices).add(members[i]);
            }
        }
        int[] train = toArray(trainIndices);
        int[] test = toArray(testIndices);
        // Class-by-class order would make "the first m examples" all one class.
        shuffle(train, random);
        shuffle(test, random);
        return new DatasetSplit(pool.subset(train), pool.subset(test));
    }

    /** The same split standardized with statistics of the training set only. */
    public DatasetSplit standardized() {
        Standardizer fitted = Standardizer.fit(train);
        return new DatasetSplit(fitted.apply(train), fitted.apply(test), fitted);
    }

    /** Keeps only the first {@code trainSize} training and first {@code testSize} test examples. */
    public DatasetSplit firsts(int trainSize, int testSize) {
        return new DatasetSplit(train.first(trainSize), test.first(testSize), standardizer);
    }

    private static int[][] indicesByClass(Dataset pool) {
        int[] counts = pool.classCounts();
        int[][] byClass = new int[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] filled = new int[counts.length];
        for (int i = 0; i < pool.size(); i++) {
            int c = pool.label(i);
            byClass[c][filled[c]++] = i;
        }
        return byClass;
    }

    /** Largest-remainder apportionment of testCount over the classes, in proportion to their size. */
    static int[] testShares(int[] classCounts, int testCount, int n) {
        int k = classCounts.length;
        int[] shares = new int[k];
        long[] remainders = new long[k];
        int assigned = 0;
        for (int c = 0; c < k; c++) {
            long exact = (long) classCounts[c] * testCount;
            shares[c] = (int) (exact / n);
            remainders[c] = exact % n;
            assigned += shares[c];
        }
        while (assigned < testCount) {
            int best = -1;
            for (int c = 0; c < k; c++) {
                if (shares[c] < classCounts[c] && (best < 0 || remainders[c] > remainders[best])) {
                    best = c;
                }
            }
            shares[best]++;
            remainders[best] = -1;
            assigned++;
        }
        return shares;
    }

    /** Fisher–Yates shuffle. */
    static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    private static int[] toArray(List<Integer> list) {
        int[] array = new int[list.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = list.get(i);
        }
        return array;
    }
}

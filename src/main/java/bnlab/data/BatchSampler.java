package bnlab.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;

/**
 * Draws mini-batches from a dataset, epoch by epoch: each epoch is a fresh Fisher–Yates
 * shuffle of all examples, and batches run straight through it into the next epoch (a batch
 * may hold the last examples of one epoch and the first of the next), so every example is
 * drawn exactly once per epoch and no example is ever skipped.
 *
 * <p>The same dataset, batch size and seed always give the same sequence of batches: two
 * networks fed by two samplers built alike see identical batches.
 *
 * <p>{@link #nextBatch} allocates nothing, not even at an epoch boundary, so it can run in a
 * training loop that is measured for allocation. Not thread-safe: one sampler per thread.
 */
public final class BatchSampler {

    private final Dataset data;
    private final int batchSize;
    private final long seed;
    private final Random random;
    private final int[] order;
    private int position;
    private long epoch;

    /**
     * @param data      the examples to draw from (at least one)
     * @param batchSize rows per batch, at least 1; may exceed the dataset size (the batch then
     *                  spans several epochs)
     * @param seed      the shuffle seed
     */
    public BatchSampler(Dataset data, int batchSize, long seed) {
        this.data = Objects.requireNonNull(data, "data");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1; got " + batchSize);
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException("cannot sample batches from an empty dataset");
        }
        this.batchSize = batchSize;
        this.seed = seed;
        this.random = new Random(seed);
        this.order = new int[data.size()];
        reset();
    }

    public int batchSize() {
        return batchSize;
    }

    public Dataset dataset() {
        return data;
    }

    /** How many epochs have been completed, i.e. how many times every example has been drawn. */
    public long epoch() {
        return epoch;
    }

    /** Batches needed to go through the data once, rounded up. */
    public int batchesPerEpoch() {
        return (data.size() + batchSize - 1) / batchSize;
    }

    /** Starts over: the batches that follow are the same as those of a freshly built sampler. */
    public void reset() {
        random.setSeed(seed);
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        DatasetSplit.shuffle(order, random);
        position = 0;
        epoch = 0;
    }

    /**
     * Fills {@code xOut} with {@code batchSize()} examples, row-major (row r at
     * {@code r * featureCount()}), and {@code yOut} with their labels.
     *
     * @throws IllegalArgumentException if an array is too small
     */
    public void nextBatch(double[] xOut, int[] yOut) {
        nextBatch(xOut, yOut, null);
    }

    /**
     * As {@link #nextBatch(double[], int[])}, and writes which examples it drew (their indices in
     * the dataset, in batch order) into {@code examplesOut} unless it is null: what an exported
     * script needs to feed another library the very same batches.
     */
    public void nextBatch(double[] xOut, int[] yOut, int[] examplesOut) {
        int d = data.featureCount();
        if (xOut.length < batchSize * d || yOut.length < batchSize) {
            throw new IllegalArgumentException("nextBatch needs xOut of at least " + batchSize * d
                    + " and yOut of at least " + batchSize + "; got " + xOut.length + " and " + yOut.length);
        }
        for (int row = 0; row < batchSize; row++) {
            if (position == order.length) {
                // Reshuffling the permutation in place keeps the epoch boundary allocation-free.
                DatasetSplit.shuffle(order, random);
                position = 0;
                epoch++;
            }
            int example = order[position++];
            if (examplesOut != null) examplesOut[row] = example;
            data.copyExample(example, xOut, row * d);
            yOut[row] = data.label(example);
        }
    }

    /**
     * A fixed probe: {@code count} examples chosen at random with {@code seed} (without
     * repeats; all examples if count ≥ size), in dataset order, copied into flat arrays.
     * The same dataset, count and seed always give the same probe, e.g. the 500 test
     * examples whose activations the statistics follow during training.
     */
    public static Probe fixedProbe(Dataset data, int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("probe count must be at least 1; got " + count);
        }
        int n = data.size();
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        int m = Math.min(count, n);
        // Partial Fisher–Yates: the first m slots become a uniform random sample.
        Random random = new Random(seed);
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(n - i);
            int swap = indices[i];
            indices[i] = indices[j];
            indices[j] = swap;
        }
        int[] chosen = Arrays.copyOf(indices, m);
        Arrays.sort(chosen);
        Dataset probe = data.subset(chosen);
        return new Probe(probe.copyFeatures(), probe.copyLabels(), data.featureCount(), chosen);
    }
}

package bnlab.stats;

import java.util.Arrays;

/**
 * Exact percentiles (linear interpolation between order statistics, NumPy's default) without
 * sorting everything: values are bucketed between their min and max, and only the few buckets
 * holding a wanted rank are sorted. Reuses its buffers; one instance per thread.
 */
public final class Percentiles {
    /** TensorBoard's distribution bands (normal-distribution σ points) followed by the BN paper's 15 and 85. */
    public static final double[] LEVELS = {0, 6.68, 15.87, 30.85, 50, 69.15, 84.13, 93.32, 100, 15, 85};
    public static final int P0 = 0;
    public static final int P50 = 4;
    public static final int P100 = 8;
    public static final int P15 = 9;
    public static final int P85 = 10;

    private static final int BUCKETS = 2048;

    private double[] finite = new double[0];
    private double[] gathered = new double[0];
    private final int[] bucketCounts = new int[BUCKETS + 1];
    private final int[] gatherStart = new int[BUCKETS + 1];
    private final int[] gatherFill = new int[BUCKETS];
    private final boolean[] wanted = new boolean[BUCKETS];

    /**
     * Writes the percentiles {@code levels} (0–100) of the finite values among the first {@code n}
     * of {@code values}, each multiplied by {@code scale}, into {@code out}; NaN if none is finite.
     */
    public void compute(double[] values, int n, double scale, double[] levels, double[] out) {
        if (finite.length < n) finite = new double[n];
        int count = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double v = values[i] * scale;
            if (Double.isFinite(v)) {
                finite[count++] = v;
                if (v < min) min = v;
                if (v > max) max = v;
            }
        }
        if (count == 0) {
            Arrays.fill(out, 0, levels.length, Double.NaN);
            return;
        }
        if (min == max) {
            Arrays.fill(out, 0, levels.length, min);
            return;
        }
        double perBucket = BUCKETS / (max - min);
        Arrays.fill(bucketCounts, 0);
        for (int i = 0; i < count; i++) bucketCounts[bucket(finite[i], min, perBucket)]++;
        // Cumulative start rank of each bucket.
        int[] start = gatherStart;
        start[0] = 0;
        for (int b = 0; b < BUCKETS; b++) start[b + 1] = start[b] + bucketCounts[b];

        Arrays.fill(wanted, false);
        for (double level : levels) {
            double pos = level / 100.0 * (count - 1);
            wanted[bucketOfRank(start, (int) Math.floor(pos))] = true;
            wanted[bucketOfRank(start, (int) Math.ceil(pos))] = true;
        }
        if (gathered.length < count) gathered = new double[count];
        for (int b = 0; b < BUCKETS; b++) gatherFill[b] = start[b];
        for (int i = 0; i < count; i++) {
            int b = bucket(finite[i], min, perBucket);
            if (wanted[b]) gathered[gatherFill[b]++] = finite[i];
        }
        for (int b = 0; b < BUCKETS; b++) {
            if (wanted[b]) Arrays.sort(gathered, start[b], start[b + 1]);
        }
        for (int l = 0; l < levels.length; l++) {
            double pos = levels[l] / 100.0 * (count - 1);
            int lo = (int) Math.floor(pos);
            int hi = (int) Math.ceil(pos);
            double frac = pos - lo;
            out[l] = gathered[lo] + (gathered[hi] - gathered[lo]) * frac;
        }
    }

    private static int bucket(double v, double min, double perBucket) {
        int b = (int) ((v - min) * perBucket);
        return b >= BUCKETS ? BUCKETS - 1 : b;
    }

    private static int bucketOfRank(int[] start, int rank) {
        int lo = 0;
        int hi = BUCKETS - 1;
        while (lo < hi) { // last bucket whose start is ≤ rank, among non-empty ones
            int mid = (lo + hi + 1) >>> 1;
            if (start[mid] <= rank) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}

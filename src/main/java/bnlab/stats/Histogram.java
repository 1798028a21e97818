package bnlab.stats;

import java.util.Arrays;

/**
 * Counts of values in equal bins over a fixed range [lo, hi), plus the counts that fell below and
 * above it: a value outside the range is never silently dropped or clamped into an edge bin.
 * Immutable.
 */
public final class Histogram {
    private final double lo;
    private final double hi;
    private final int[] counts;
    private final long below;
    private final long above;
    private final long nonFinite;

    public Histogram(double lo, double hi, int[] counts, long below, long above, long nonFinite) {
        if (!(hi > lo)) throw new IllegalArgumentException("histogram range must have hi > lo");
        this.lo = lo;
        this.hi = hi;
        this.counts = counts.clone();
        this.below = below;
        this.above = above;
        this.nonFinite = nonFinite;
    }

    /** Bins {@code n} values of {@code values} into {@code bins} equal bins over [lo, hi). */
    public static Histogram of(double[] values, int n, double lo, double hi, int bins) {
        return of(values, n, 1.0, lo, hi, bins);
    }

    /** As {@link #of(double[], int, double, double, int)}, each value multiplied by {@code scale} first. */
    public static Histogram of(double[] values, int n, double scale, double lo, double hi, int bins) {
        int[] counts = new int[bins];
        long below = 0;
        long above = 0;
        long nonFinite = 0;
        double perBin = bins / (hi - lo);
        for (int i = 0; i < n; i++) {
            double v = values[i] * scale;
            if (v < lo) {
                below++;
            } else if (v >= hi) {
                above++;
            } else if (v >= lo) {
                int b = (int) ((v - lo) * perBin);
                counts[Math.min(b, bins - 1)]++;
            } else {
                nonFinite++; // NaN fails every comparison
            }
        }
        return new Histogram(lo, hi, counts, below, above, nonFinite);
    }

    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }

    public int bins() {
        return counts.length;
    }

    public int count(int bin) {
        return counts[bin];
    }

    public int[] counts() {
        return counts.clone();
    }

    public double binWidth() {
        return (hi - lo) / counts.length;
    }

    public double binStart(int bin) {
        return lo + bin * binWidth();
    }

    /** Values smaller than {@link #lo()} (−∞ included). */
    public long below() {
        return below;
    }

    /** Values at or above {@link #hi()} (+∞ included). */
    public long above() {
        return above;
    }

    /** NaN values. */
    public long nonFinite() {
        return nonFinite;
    }

    public long inRange() {
        long s = 0;
        for (int c : counts) s += c;
        return s;
    }

    public long total() {
        return inRange() + below + above + nonFinite;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && h.lo == lo && h.hi == hi && h.below == below && h.above == above
                && h.nonFinite == nonFinite && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + Double.hashCode(lo) + Double.hashCode(hi);
    }
}

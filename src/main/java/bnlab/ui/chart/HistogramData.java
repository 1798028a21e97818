package bnlab.ui.chart;

import java.util.Arrays;

/**
 * One histogram of values (e.g. a layer's activations over a batch) on a fixed range.
 *
 * @param lo        left edge of the first bin
 * @param hi        right edge of the last bin ({@code > lo}); bins are of equal width
 * @param counts    values per bin; copied, never modified
 * @param below     values {@code < lo}
 * @param above     values {@code > hi}
 * @param mean      mean of all finite values (NaN if unknown)
 * @param std       standard deviation of all finite values (NaN if unknown)
 * @param total     number of values the percentages refer to: bins + below + above + nonFinite
 * @param nonFinite values that were NaN or infinite (a diverged network); shown, never hidden
 */
public record HistogramData(double lo, double hi, long[] counts, long below, long above,
        double mean, double std, long total, long nonFinite) {

    public HistogramData {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo)) {
            throw new IllegalArgumentException("need finite lo < hi, got " + lo + ", " + hi);
        }
        if (counts == null || counts.length == 0) {
            throw new IllegalArgumentException("need at least one bin");
        }
        counts = counts.clone();
        long sum = below + above + nonFinite;
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("negative count " + c);
            }
            sum += c;
        }
        if (below < 0 || above < 0 || nonFinite < 0) {
            throw new IllegalArgumentException("negative out-of-range count");
        }
        // A total below what was counted would make the percentages exceed 100%.
        if (total < sum) {
            throw new IllegalArgumentException("total " + total + " < counted values " + sum);
        }
    }

    /** Without a count of non-finite values (none were seen). */
    public HistogramData(double lo, double hi, long[] counts, long below, long above,
            double mean, double std, long total) {
        this(lo, hi, counts, below, above, mean, std, total, 0);
    }

    /** The bin counts (a copy). */
    @Override
    public long[] counts() { return counts.clone(); }

    public int binCount() { return counts.length; }

    /** Count of bin {@code i}, without copying the array. */
    public long count(int i) { return counts[i]; }

    public double binWidth() { return (hi - lo) / counts.length; }

    public double binLo(int i) { return lo + i * binWidth(); }

    public double binHi(int i) { return i == counts.length - 1 ? hi : lo + (i + 1) * binWidth(); }

    /** Largest bin count divided by total: the bar height as a fraction. */
    public double peakFraction() {
        if (total <= 0) {
            return 0;
        }
        long m = 0;
        for (long c : counts) {
            m = Math.max(m, c);
        }
        return (double) m / total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistogramData d && d.lo == lo && d.hi == hi && Arrays.equals(d.counts, counts)
                && d.below == below && d.above == above && Double.compare(d.mean, mean) == 0
                && Double.compare(d.std, std) == 0 && d.total == total && d.nonFinite == nonFinite;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + Double.hashCode(lo) + 7 * Double.hashCode(hi) + Long.hashCode(total);
    }

    @Override
    public String toString() {
        return "HistogramData[" + lo + ".." + hi + ", " + counts.length + " bins, total " + total + "]";
    }
}

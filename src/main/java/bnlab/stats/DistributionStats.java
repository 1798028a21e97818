package bnlab.stats;

/**
 * One measured distribution: its histogram over a fixed range and its exact summary. Immutable.
 *
 * @param mean        mean of the finite values
 * @param std         population standard deviation of the finite values
 * @param percentiles at {@link Percentiles#LEVELS}, over every unit of the layer
 * @param count       number of values measured (non-finite ones included)
 * @param unitPercentiles the 15th, 50th and 85th percentiles of one tracked unit (unit 0) over the
 *                    probe: what Figure 1 (b, c) of Ioffe &amp; Szegedy plots for "a typical sigmoid"
 */
public record DistributionStats(Histogram histogram, double mean, double std, double[] percentiles, long count,
        double[] unitPercentiles) {
    /** Levels of {@link #unitPercentiles()}. */
    public static final double[] UNIT_LEVELS = {15, 50, 85};

    public DistributionStats {
        percentiles = percentiles.clone();
        unitPercentiles = unitPercentiles.clone();
    }

    @Override
    public double[] unitPercentiles() {
        return unitPercentiles.clone();
    }

    /** The tracked unit's percentile at index {@code i} of {@link #UNIT_LEVELS}. */
    public double unitPercentile(int i) {
        return unitPercentiles[i];
    }

    @Override
    public double[] percentiles() {
        return percentiles.clone();
    }

    /** The percentile at index {@code i} of {@link Percentiles#LEVELS}. */
    public double percentile(int i) {
        return percentiles[i];
    }

    public double median() {
        return percentiles[Percentiles.P50];
    }
}

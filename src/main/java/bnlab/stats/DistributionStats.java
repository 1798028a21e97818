package bnlab.stats;

/**
 * One measured distribution: its histogram over a fixed range and its exact summary. Immutable.
 *
 * @param mean        mean of the finite values
 * @param std         population standard deviation of the finite values
 * @param percentiles at {@link Percentiles#LEVELS}
 * @param count       number of values measured (non-finite ones included)
 */
public record DistributionStats(Histogram histogram, double mean, double std, double[] percentiles, long count) {
    public DistributionStats {
        percentiles = percentiles.clone();
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

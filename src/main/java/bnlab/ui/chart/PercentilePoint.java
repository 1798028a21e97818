package bnlab.ui.chart;

/**
 * Percentiles of a distribution at one training step: the nine TensorBoard uses for its
 * distribution view (normal-distribution σ points: 0, 6.68, 15.87, 30.85, 50, 69.15, 84.13, 93.32,
 * 100) plus the 15th and 85th that Ioffe &amp; Szegedy plot in Figure 1 of the batch-norm paper.
 *
 * @param step   training step
 * @param values the 11 percentiles in the order of {@link #PERCENTILES} (non-decreasing; NaN allowed
 *               for a step whose values were not finite, which leaves a gap); copied
 */
public record PercentilePoint(long step, double[] values) {
    /** Which percentile each index holds, ascending. */
    public static final double[] PERCENTILES = {0, 6.68, 15, 15.87, 30.85, 50, 69.15, 84.13, 85, 93.32, 100};
    public static final int P0 = 0;
    public static final int P6_68 = 1;
    public static final int P15 = 2;
    public static final int P15_87 = 3;
    public static final int P30_85 = 4;
    public static final int P50 = 5;
    public static final int P69_15 = 6;
    public static final int P84_13 = 7;
    public static final int P85 = 8;
    public static final int P93_32 = 9;
    public static final int P100 = 10;

    public PercentilePoint {
        if (values == null || values.length != PERCENTILES.length) {
            throw new IllegalArgumentException("need " + PERCENTILES.length + " percentiles");
        }
        values = values.clone();
        if (isFinite(values)) {
            for (int i = 1; i < values.length; i++) {
                if (values[i] < values[i - 1]) {
                    throw new IllegalArgumentException("percentiles must not decrease: " + values[i - 1] + " > " + values[i]);
                }
            }
        }
    }

    /** The percentile at index {@code i} (see the {@code P…} constants), without copying. */
    public double value(int i) { return values[i]; }

    @Override
    public double[] values() { return values.clone(); }

    /** Whether every percentile is a finite number. */
    public boolean isFinite() { return isFinite(values); }

    private static boolean isFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PercentilePoint p && p.step == step && java.util.Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode() { return Long.hashCode(step) * 31 + java.util.Arrays.hashCode(values); }

    @Override
    public String toString() { return "PercentilePoint[step " + step + ", median " + values[P50] + "]"; }
}

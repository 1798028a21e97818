package bnlab.stats;

import bnlab.nn.Activation;

/**
 * The fixed x-range of every histogram. Ranges never follow the data: an auto-ranged histogram
 * looks the same whether its values sit at 0 or drift to −7, which hides exactly the drift this
 * app is about (TensorBoard's issue #1803). Values outside are counted below/above the range.
 *
 * @param preActivationHalfWidth pre-norm and pre-activation histograms span ±this
 * @param gradientHalfWidth      the per-example gradient w.r.t. the pre-activation spans ±this
 * @param bins                   bins per histogram
 */
public record HistogramRanges(double preActivationHalfWidth, double gradientHalfWidth, int bins) {
    public static final double DEFAULT_PRE_ACTIVATION = 10.0;
    public static final double DEFAULT_GRADIENT = 0.5;
    public static final int DEFAULT_BINS = 60;

    public static HistogramRanges defaults() {
        return new HistogramRanges(DEFAULT_PRE_ACTIVATION, DEFAULT_GRADIENT, DEFAULT_BINS);
    }

    /** The range of a quantity for a layer with the given nonlinearity: {lo, hi}. */
    public double[] range(Quantity q, Activation activation) {
        return switch (q) {
            case PRE_NORM, PRE_ACTIVATION -> new double[] {-preActivationHalfWidth, preActivationHalfWidth};
            case GRADIENT -> new double[] {-gradientHalfWidth, gradientHalfWidth};
            case ACTIVATION -> activationRange(activation);
        };
    }

    /** The nonlinearity's own output range, padded by a few percent so the edges stay visible. */
    public double[] activationRange(Activation activation) {
        return switch (activation) {
            case SIGMOID -> new double[] {-0.05, 1.05};
            case TANH -> new double[] {-1.1, 1.1};
            case RELU -> new double[] {-0.25, 6.0};
            case LEAKY_RELU -> new double[] {-1.0, 6.0};
            case IDENTITY -> new double[] {-preActivationHalfWidth, preActivationHalfWidth};
        };
    }

    /** Weights of a layer span ±4 of their initial standard deviation. */
    public static double[] weightRange(double initStd) {
        double h = 4 * initStd;
        return new double[] {-h, h};
    }
}

package bnlab.stats;

/**
 * A layer's weight matrix after the last training step. Immutable.
 *
 * @param updateRatio log10(std(last update) / std(weights)): about −3 is healthy (Karpathy's rule
 *                    of thumb, DL4J's UI); much higher means steps too large, much lower too small
 */
public record WeightStats(int layer, Histogram weights, Histogram gradients, double weightStd, double gradientStd,
        double updateRatio) {}

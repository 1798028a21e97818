package bnlab.nn;

import java.util.List;

/**
 * Everything needed to build a {@link Network}. Two specs that differ only in {@code norm} give
 * networks with identical initial weights: normalization parameters draw no random numbers.
 *
 * @param momentum batch-norm running-average momentum (PyTorch's convention, default 0.1)
 * @param epsilon  added to the variance before the square root in BN and LN
 * @param remedies GroupNorm's groups, Batch Renorm's limits, dropout, L1 and gradient clipping
 */
public record NetworkSpec(
        int inputSize,
        List<Integer> hidden,
        int classes,
        Activation activation,
        NormKind norm,
        Placement placement,
        double momentum,
        double epsilon,
        Init init,
        double initScale,
        long seed,
        Remedies remedies) {

    public NetworkSpec {
        hidden = List.copyOf(hidden);
        if (remedies == null) remedies = Remedies.NONE;
        if (inputSize < 1) throw new IllegalArgumentException("inputSize must be at least 1; got " + inputSize);
        if (classes < 2) throw new IllegalArgumentException("classes must be at least 2; got " + classes);
        for (int w : hidden) {
            if (w < 1) throw new IllegalArgumentException("every hidden width must be at least 1; got " + w);
        }
    }

    /** A spec without remedies (the form every caller used before they existed). */
    public NetworkSpec(int inputSize, List<Integer> hidden, int classes, Activation activation, NormKind norm,
                       Placement placement, double momentum, double epsilon, Init init, double initScale, long seed) {
        this(inputSize, hidden, classes, activation, norm, placement, momentum, epsilon, init, initScale, seed,
                Remedies.NONE);
    }

    /** A plain spec with defaults: no normalization, BN settings 0.1/1e-5, Xavier init. */
    public static NetworkSpec of(int inputSize, List<Integer> hidden, int classes, Activation activation) {
        return new NetworkSpec(inputSize, hidden, classes, activation, NormKind.NONE,
                Placement.BEFORE_ACTIVATION, 0.1, 1e-5, Init.XAVIER, 1.0, 1L);
    }

    public NetworkSpec withNorm(NormKind kind, Placement where) {
        return new NetworkSpec(inputSize, hidden, classes, activation, kind, where, momentum, epsilon, init,
                initScale, seed, remedies);
    }

    public NetworkSpec withNormSettings(double newMomentum, double newEpsilon) {
        return new NetworkSpec(inputSize, hidden, classes, activation, norm, placement, newMomentum, newEpsilon,
                init, initScale, seed, remedies);
    }

    public NetworkSpec withInit(Init newInit, double newScale) {
        return new NetworkSpec(inputSize, hidden, classes, activation, norm, placement, momentum, epsilon, newInit,
                newScale, seed, remedies);
    }

    public NetworkSpec withSeed(long newSeed) {
        return new NetworkSpec(inputSize, hidden, classes, activation, norm, placement, momentum, epsilon, init,
                initScale, newSeed, remedies);
    }

    public NetworkSpec withRemedies(Remedies newRemedies) {
        return new NetworkSpec(inputSize, hidden, classes, activation, norm, placement, momentum, epsilon, init,
                initScale, seed, newRemedies);
    }
}

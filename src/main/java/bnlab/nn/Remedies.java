package bnlab.nn;

/**
 * The settings of the remedies beside batch normalization: GroupNorm's groups, Batch Renorm's
 * limits, dropout, and what happens to the gradient before the optimizer (L1, clipping).
 *
 * @param groups        GroupNorm: consecutive groups of units per hidden layer (must divide every width)
 * @param rmax          Batch Renorm: r is clipped to [1/rmax, rmax] (1: no correction)
 * @param dmax          Batch Renorm: d is clipped to [−dmax, dmax] (0: no correction)
 * @param renormWarmup  Batch Renorm: training steps over which rmax relaxes from 1 and dmax from 0
 *                      (linearly); 0 uses the limits from the first step
 * @param dropout       inverted dropout rate on every hidden layer's output, training only (0: none)
 * @param l1            L1 penalty: λ·sign(w) added to the gradient of every weight matrix
 * @param gradientClip  maximum global L2 norm of all gradients in use (PyTorch's
 *                      {@code clip_grad_norm_}); 0 does not clip
 */
public record Remedies(int groups, double rmax, double dmax, long renormWarmup, double dropout, double l1,
                       double gradientClip) {
    /** No remedy: one group, no renorm correction, no dropout, no L1, no clipping. */
    public static final Remedies NONE = new Remedies(1, 1.0, 0.0, 0, 0.0, 0.0, 0.0);

    public Remedies {
        if (groups < 1) throw new IllegalArgumentException("groups must be at least 1; got " + groups);
        if (!(rmax >= 1)) throw new IllegalArgumentException("rmax must be at least 1; got " + rmax);
        if (!(dmax >= 0)) throw new IllegalArgumentException("dmax must be at least 0; got " + dmax);
        if (renormWarmup < 0) throw new IllegalArgumentException("renormWarmup must be at least 0; got " + renormWarmup);
        if (!(dropout >= 0 && dropout < 1)) throw new IllegalArgumentException("dropout must be in [0, 1); got " + dropout);
        if (!(l1 >= 0)) throw new IllegalArgumentException("l1 must be at least 0; got " + l1);
        if (!(gradientClip >= 0)) throw new IllegalArgumentException("gradientClip must be at least 0; got " + gradientClip);
    }

    public Remedies withGroups(int g) {
        return new Remedies(g, rmax, dmax, renormWarmup, dropout, l1, gradientClip);
    }

    public Remedies withRenorm(double newRmax, double newDmax, long warmup) {
        return new Remedies(groups, newRmax, newDmax, warmup, dropout, l1, gradientClip);
    }

    public Remedies withDropout(double rate) {
        return new Remedies(groups, rmax, dmax, renormWarmup, rate, l1, gradientClip);
    }

    public Remedies withL1(double lambda) {
        return new Remedies(groups, rmax, dmax, renormWarmup, dropout, lambda, gradientClip);
    }

    public Remedies withGradientClip(double maxNorm) {
        return new Remedies(groups, rmax, dmax, renormWarmup, dropout, l1, maxNorm);
    }
}

package bnlab.nn;

import java.util.List;

/**
 * What happens to the gradients between back-propagation and the optimizer: the L1 penalty's
 * subgradient λ·sign(w) is added to every weight matrix's gradient (as if λ·Σ|w| were part of the
 * loss, so it is clipped with the rest), then the global L2 norm over every gradient in use is
 * measured and, above {@code maxNorm}, every gradient is scaled by maxNorm / (norm + 1e-6),
 * exactly as {@code torch.nn.utils.clip_grad_norm_}. L2 weight decay stays in the optimizer
 * (after clipping), as in PyTorch.
 */
public final class GradientRules {
    private static final double CLIP_EPSILON = 1e-6; // PyTorch's

    private GradientRules() {}

    /** Applies L1 (if λ > 0) and clipping (if maxNorm > 0); returns the global norm before clipping. */
    public static double apply(List<Parameter> parameters, double l1, double maxNorm) {
        if (l1 > 0) addL1(parameters, l1);
        double norm = globalNorm(parameters);
        if (maxNorm > 0) {
            double factor = maxNorm / (norm + CLIP_EPSILON);
            if (factor < 1) scale(parameters, factor); // PyTorch clamps the factor at 1
        }
        return norm;
    }

    /**
     * √(Σ g²) over every element of every parameter's gradient. Four partial sums: one running sum
     * waits for every addition before the next (a tenth of a training step of the deep network, measured).
     */
    public static double globalNorm(List<Parameter> parameters) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int p = 0; p < parameters.size(); p++) {
            Parameter param = parameters.get(p);
            double[] g = param.grad().data;
            int n = param.size();
            int i = 0;
            for (; i + 3 < n; i += 4) {
                s0 += g[i] * g[i];
                s1 += g[i + 1] * g[i + 1];
                s2 += g[i + 2] * g[i + 2];
                s3 += g[i + 3] * g[i + 3];
            }
            for (; i < n; i++) s0 += g[i] * g[i];
        }
        return Math.sqrt((s0 + s1) + (s2 + s3));
    }

    private static void addL1(List<Parameter> parameters, double l1) {
        for (int p = 0; p < parameters.size(); p++) {
            Parameter param = parameters.get(p);
            if (!param.decays()) continue; // weights only, as L2 weight decay
            double[] w = param.value().data;
            double[] g = param.grad().data;
            int n = param.size();
            for (int i = 0; i < n; i++) g[i] += l1 * Math.signum(w[i]);
        }
    }

    private static void scale(List<Parameter> parameters, double factor) {
        for (int p = 0; p < parameters.size(); p++) {
            Parameter param = parameters.get(p);
            double[] g = param.grad().data;
            int n = param.size();
            for (int i = 0; i < n; i++) g[i] *= factor;
        }
    }
}

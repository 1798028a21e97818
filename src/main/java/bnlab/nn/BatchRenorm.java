package bnlab.nn;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * Batch Renormalization (Ioffe 2017): batch normalization corrected towards the running
 * statistics, so that a small or unrepresentative batch normalizes nearly as inference will.
 * The convention is the one of the project's PyTorch fixtures (fixtures/torch-extra/README.md):
 *
 * <pre>
 *   σ_B = √(var_B + ε)          (biased batch variance)
 *   σ   = √(running_var + ε)    (running statistics before this step's update)
 *   r = clip(σ_B / σ, 1/rmax, rmax),   d = clip((μ_B − μ) / σ, −dmax, dmax)   (constants in backward)
 *   x̂ = (x − μ_B) / σ_B · r + d,       y = γ x̂ + β
 * </pre>
 *
 * Running statistics are updated exactly as {@link BatchNorm} does (unbiased variance, PyTorch's
 * momentum) and evaluation uses them as BatchNorm does, so with rmax 1 and dmax 0 this layer is
 * BatchNorm bit for bit. An optional warm-up relaxes rmax from 1 and dmax from 0 linearly over
 * the first training steps, as the paper does.
 */
public final class BatchRenorm implements Normalization {
    private final int n;
    private final double momentum;
    private final double epsilon;
    private final double rmax;
    private final double dmax;
    private final long warmupSteps;
    private final Parameter gamma;
    private final Parameter beta;
    private final double[] runningMean;
    private final double[] runningVar;
    private long trainingSteps; // forward passes in Mode.TRAIN so far, for the warm-up

    private final DMatrixRMaj xhatBatch = new DMatrixRMaj(1, 1); // (x − μ_B) / σ_B
    private final DMatrixRMaj xhat = new DMatrixRMaj(1, 1);      // corrected: · r + d
    private final double[] batchMean;
    private final double[] batchVar;
    private final double[] invStd;
    private final double[] r;
    private final double[] d;
    private final double[] sumDy;
    private final double[] sumDyXhatBatch;
    private final double[] sumDyXhat;
    private Mode lastMode = Mode.TRAIN;

    public BatchRenorm(String name, int n, double momentum, double epsilon, double rmax, double dmax,
                       long warmupSteps) {
        if (!(rmax >= 1) || !(dmax >= 0) || warmupSteps < 0) {
            throw new IllegalArgumentException("Batch Renorm needs rmax ≥ 1, dmax ≥ 0 and a warm-up ≥ 0; got "
                    + rmax + ", " + dmax + ", " + warmupSteps);
        }
        this.n = n;
        this.momentum = momentum;
        this.epsilon = epsilon;
        this.rmax = rmax;
        this.dmax = dmax;
        this.warmupSteps = warmupSteps;
        this.gamma = new Parameter(name + ".gamma", 1, n, false);
        this.beta = new Parameter(name + ".beta", 1, n, false);
        Arrays.fill(gamma.value().data, 1.0);
        this.runningMean = new double[n];
        this.runningVar = new double[n];
        Arrays.fill(runningVar, 1.0);
        this.batchMean = new double[n];
        this.batchVar = new double[n];
        this.invStd = new double[n];
        this.r = new double[n];
        this.d = new double[n];
        this.sumDy = new double[n];
        this.sumDyXhatBatch = new double[n];
        this.sumDyXhat = new double[n];
    }

    @Override
    public NormKind kind() {
        return NormKind.BATCH_RENORM;
    }

    /** The live running mean (not a copy), as in {@link BatchNorm#runningMean()}. */
    public double[] runningMean() {
        return runningMean;
    }

    /** The live running variance (unbiased estimates averaged with momentum). */
    public double[] runningVar() {
        return runningVar;
    }

    /** The r of the last batch-statistics forward pass (one per unit). */
    public double[] r() {
        return r;
    }

    /** The d of the last batch-statistics forward pass (one per unit). */
    public double[] d() {
        return d;
    }

    public long trainingSteps() {
        return trainingSteps;
    }

    void setTrainingSteps(long steps) {
        trainingSteps = steps;
    }

    /** rmax for the next training step: 1 at the start of the warm-up, {@code rmax} after it. */
    public double currentRmax() {
        return 1 + (rmax - 1) * warmupFraction();
    }

    /** dmax for the next training step: 0 at the start of the warm-up, {@code dmax} after it. */
    public double currentDmax() {
        return dmax * warmupFraction();
    }

    private double warmupFraction() {
        return warmupSteps == 0 || trainingSteps >= warmupSteps ? 1.0 : (double) trainingSteps / warmupSteps;
    }

    @Override
    public Parameter gamma() {
        return gamma;
    }

    @Override
    public Parameter beta() {
        return beta;
    }

    @Override
    public void forward(DMatrixRMaj x, DMatrixRMaj y, Mode mode) {
        int m = x.numRows;
        xhat.reshape(m, n);
        xhatBatch.reshape(m, n);
        y.reshape(m, n);
        lastMode = mode;
        double[] g = gamma.value().data;
        double[] b = beta.value().data;
        double[] xd = x.data;
        double[] yd = y.data;
        double[] hb = xhatBatch.data;
        double[] h = xhat.data;
        if (!mode.usesBatchStatistics()) {
            for (int j = 0; j < n; j++) invStd[j] = 1.0 / Math.sqrt(runningVar[j] + epsilon);
            for (int i = 0, k = 0; i < m; i++) {
                for (int j = 0; j < n; j++, k++) {
                    double v = (xd[k] - runningMean[j]) * invStd[j];
                    h[k] = v;
                    yd[k] = g[j] * v + b[j];
                }
            }
            return;
        }
        if (m < 2) {
            throw new IllegalArgumentException(
                    "Expected more than 1 value per channel when training, got input size [" + m + ", " + n
                            + "]: batch renormalization needs a batch of at least 2 examples");
        }
        computeBatchStatistics(xd, m);
        double rLimit = currentRmax();
        double dLimit = currentDmax();
        for (int j = 0; j < n; j++) {
            invStd[j] = 1.0 / Math.sqrt(batchVar[j] + epsilon);
            double sigma = Math.sqrt(runningVar[j] + epsilon);
            r[j] = Math.max(1.0 / rLimit, Math.min(rLimit, Math.sqrt(batchVar[j] + epsilon) / sigma));
            d[j] = Math.max(-dLimit, Math.min(dLimit, (batchMean[j] - runningMean[j]) / sigma));
        }
        if (mode == Mode.TRAIN) {
            double unbias = m / (m - 1.0);
            for (int j = 0; j < n; j++) {
                runningMean[j] = (1 - momentum) * runningMean[j] + momentum * batchMean[j];
                runningVar[j] = (1 - momentum) * runningVar[j] + momentum * batchVar[j] * unbias;
            }
            trainingSteps++;
        }
        for (int i = 0, k = 0; i < m; i++) {
            for (int j = 0; j < n; j++, k++) {
                double v = (xd[k] - batchMean[j]) * invStd[j];
                hb[k] = v;
                double c = v * r[j] + d[j];
                h[k] = c;
                yd[k] = g[j] * c + b[j];
            }
        }
    }

    private void computeBatchStatistics(double[] xd, int m) {
        Arrays.fill(batchMean, 0.0);
        for (int i = 0, k = 0; i < m; i++) {
            for (int j = 0; j < n; j++, k++) batchMean[j] += xd[k];
        }
        for (int j = 0; j < n; j++) batchMean[j] /= m;
        Arrays.fill(batchVar, 0.0);
        for (int i = 0, k = 0; i < m; i++) {
            for (int j = 0; j < n; j++, k++) {
                double dev = xd[k] - batchMean[j];
                batchVar[j] += dev * dev;
            }
        }
        for (int j = 0; j < n; j++) batchVar[j] /= m;
    }

    @Override
    public void backward(DMatrixRMaj dy, DMatrixRMaj dx) {
        int m = dy.numRows;
        dx.reshape(m, n);
        double[] dd = dy.data;
        double[] h = xhat.data;
        double[] hb = xhatBatch.data;
        Arrays.fill(sumDy, 0.0);
        Arrays.fill(sumDyXhat, 0.0);
        Arrays.fill(sumDyXhatBatch, 0.0);
        boolean batch = lastMode.usesBatchStatistics();
        for (int i = 0, k = 0; i < m; i++) {
            for (int j = 0; j < n; j++, k++) {
                sumDy[j] += dd[k];
                sumDyXhat[j] += dd[k] * h[k];
                if (batch) sumDyXhatBatch[j] += dd[k] * hb[k];
            }
        }
        System.arraycopy(sumDy, 0, beta.grad().data, 0, n);
        System.arraycopy(sumDyXhat, 0, gamma.grad().data, 0, n);
        double[] g = gamma.value().data;
        double[] out = dx.data;
        if (batch) {
            // r and d are constants: dx is BatchNorm's, with γ scaled by r.
            for (int i = 0, k = 0; i < m; i++) {
                for (int j = 0; j < n; j++, k++) {
                    out[k] = g[j] * r[j] * invStd[j] / m * (m * dd[k] - sumDy[j] - hb[k] * sumDyXhatBatch[j]);
                }
            }
        } else {
            for (int i = 0, k = 0; i < m; i++) {
                for (int j = 0; j < n; j++, k++) out[k] = g[j] * invStd[j] * dd[k];
            }
        }
    }
}

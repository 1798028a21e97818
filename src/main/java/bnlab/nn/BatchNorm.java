package bnlab.nn;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * Batch normalization (Ioffe &amp; Szegedy 2015) over the batch axis, with PyTorch's conventions:
 * training normalizes with the batch mean and the <em>biased</em> batch variance; the running
 * variance is updated with the <em>unbiased</em> one; {@code r = (1 − momentum)·r + momentum·batch};
 * evaluation normalizes with the running statistics.
 */
public class BatchNorm implements Normalization {
    private final int n;
    private final double momentum;
    private final double epsilon;
    private final Parameter gamma;
    private final Parameter beta;
    private final double[] runningMean;
    private final double[] runningVar;

    // Cached by forward for backward; sized once.
    private final DMatrixRMaj xhat = new DMatrixRMaj(1, 1);
    private final double[] batchMean;
    private final double[] batchVar;
    private final double[] invStd;
    private final double[] sumDy;
    private final double[] sumDyXhat;
    private Mode lastMode = Mode.TRAIN;

    public BatchNorm(String name, int n, double momentum, double epsilon) {
        this.n = n;
        this.momentum = momentum;
        this.epsilon = epsilon;
        this.gamma = new Parameter(name + ".gamma", 1, n, false);
        this.beta = new Parameter(name + ".beta", 1, n, false);
        Arrays.fill(gamma.value().data, 1.0);
        this.runningMean = new double[n];
        this.runningVar = new double[n];
        Arrays.fill(runningVar, 1.0);
        this.batchMean = new double[n];
        this.batchVar = new double[n];
        this.invStd = new double[n];
        this.sumDy = new double[n];
        this.sumDyXhat = new double[n];
    }

    @Override
    public NormKind kind() {
        return NormKind.BATCH;
    }

    public double momentum() {
        return momentum;
    }

    public double epsilon() {
        return epsilon;
    }

    /** The live running mean (not a copy): the network owns it; read it on the training thread. */
    public double[] runningMean() {
        return runningMean;
    }

    /** The live running variance (unbiased estimates averaged with momentum). */
    public double[] runningVar() {
        return runningVar;
    }

    /** Mean of the last batch normalized in a batch-statistics mode. */
    public double[] batchMean() {
        return batchMean;
    }

    /** Biased variance of the last batch normalized in a batch-statistics mode. */
    public double[] batchVar() {
        return batchVar;
    }

    /** x̂ of the last forward pass (m × n, live): the normalized values before γ and β. */
    public DMatrixRMaj xhat() {
        return xhat;
    }

    /**
     * The inference path for one unit: {@code out[i] = γ·(z[i] − running mean)/√(running var + ε) + β}
     * for the first {@code count} values, computed without touching anything backward needs.
     */
    public void inferenceOutput(int unit, double[] z, int count, double[] out) {
        double is = 1.0 / Math.sqrt(runningVar[unit] + epsilon);
        double g = gamma.value().data[unit];
        double b = beta.value().data[unit];
        for (int i = 0; i < count; i++) out[i] = g * ((z[i] - runningMean[unit]) * is) + b;
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
        y.reshape(m, n);
        lastMode = mode;
        if (mode.usesBatchStatistics()) {
            if (m < 2) {
                throw new IllegalArgumentException(
                        "Expected more than 1 value per channel when training, got input size [" + m + ", " + n
                                + "]: batch normalization needs a batch of at least 2 examples");
            }
            computeBatchStatistics(x.data, m);
            for (int j = 0; j < n; j++) invStd[j] = 1.0 / Math.sqrt(batchVar[j] + epsilon);
            if (mode == Mode.TRAIN) {
                double unbias = m / (m - 1.0);
                for (int j = 0; j < n; j++) {
                    runningMean[j] = (1 - momentum) * runningMean[j] + momentum * batchMean[j];
                    runningVar[j] = (1 - momentum) * runningVar[j] + momentum * batchVar[j] * unbias;
                }
            }
            normalize(x.data, y.data, m, batchMean);
        } else {
            for (int j = 0; j < n; j++) invStd[j] = 1.0 / Math.sqrt(runningVar[j] + epsilon);
            normalize(x.data, y.data, m, runningMean);
        }
    }

    private void computeBatchStatistics(double[] xd, int m) {
        Arrays.fill(batchMean, 0.0);
        for (int r = 0, k = 0; r < m; r++) {
            for (int j = 0; j < n; j++, k++) batchMean[j] += xd[k];
        }
        for (int j = 0; j < n; j++) batchMean[j] /= m;
        // Two passes: the centred sum is exact where E[x²] − E[x]² would cancel catastrophically.
        Arrays.fill(batchVar, 0.0);
        for (int r = 0, k = 0; r < m; r++) {
            for (int j = 0; j < n; j++, k++) {
                double d = xd[k] - batchMean[j];
                batchVar[j] += d * d;
            }
        }
        for (int j = 0; j < n; j++) batchVar[j] /= m;
    }

    private void normalize(double[] xd, double[] yd, int m, double[] mean) {
        double[] g = gamma.value().data;
        double[] b = beta.value().data;
        double[] h = xhat.data;
        for (int r = 0, k = 0; r < m; r++) {
            for (int j = 0; j < n; j++, k++) {
                double v = (xd[k] - mean[j]) * invStd[j];
                h[k] = v;
                yd[k] = g[j] * v + b[j];
            }
        }
    }

    @Override
    public void backward(DMatrixRMaj dy, DMatrixRMaj dx) {
        int m = dy.numRows;
        dx.reshape(m, n);
        double[] d = dy.data;
        double[] h = xhat.data;
        Arrays.fill(sumDy, 0.0);
        Arrays.fill(sumDyXhat, 0.0);
        for (int r = 0, k = 0; r < m; r++) {
            for (int j = 0; j < n; j++, k++) {
                sumDy[j] += d[k];
                sumDyXhat[j] += d[k] * h[k];
            }
        }
        System.arraycopy(sumDy, 0, beta.grad().data, 0, n);
        System.arraycopy(sumDyXhat, 0, gamma.grad().data, 0, n);
        double[] g = gamma.value().data;
        double[] out = dx.data;
        if (lastMode.usesBatchStatistics()) {
            // dx = γ/(m σ) · (m dy − Σdy − x̂ Σ(dy x̂)): the batch mean and variance depend on every x.
            for (int r = 0, k = 0; r < m; r++) {
                for (int j = 0; j < n; j++, k++) {
                    out[k] = g[j] * invStd[j] / m * (m * d[k] - sumDy[j] - h[k] * sumDyXhat[j]);
                }
            }
        } else {
            // With running statistics the layer is a fixed affine map.
            for (int r = 0, k = 0; r < m; r++) {
                for (int j = 0; j < n; j++, k++) out[k] = g[j] * invStd[j] * d[k];
            }
        }
    }
}

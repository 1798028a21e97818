package bnlab.stats;

import bnlab.nn.BatchNorm;
import bnlab.nn.HiddenLayer;
import bnlab.nn.Network;
import bnlab.nn.NoisyBatchNorm;
import bnlab.nn.Normalization;
import org.ejml.data.DMatrixRMaj;

/**
 * Copies one hidden layer's normalization intermediates after a training step into an
 * {@link InsideNormFrame}, and keeps that layer's γ and β over the steps. Owned by the training
 * thread; called only at the statistics cadence, and bounded to {@link #MAX_EXAMPLES} examples.
 */
public final class InsideNormCapture {
    public static final int MAX_EXAMPLES = 256;
    private static final int HISTORY_CAPACITY = 512;

    private int layer;
    private Series gammaBeta;
    private int historyWidth;

    /** Which hidden layer to follow (0-based); its γ/β history starts again. */
    public void selectLayer(int index) {
        if (index != layer) gammaBeta = null;
        layer = index;
    }

    public int layer() {
        return layer;
    }

    /** The selected layer right after the training step at {@code step}. */
    public InsideNormFrame capture(Network net, long step) {
        int index = Math.min(layer, net.hiddenLayers().size() - 1);
        HiddenLayer h = net.hiddenLayers().get(index);
        Normalization norm = h.normalization();
        DMatrixRMaj z = h.preNorm();
        int m = z.numRows;
        int n = z.numCols;
        int e = Math.min(m, MAX_EXAMPLES);
        boolean active = h.normalizationActive();
        double[] zc = head(z, e);
        double[] gamma = norm == null ? null : norm.gamma().value().data.clone();
        double[] beta = norm == null ? null : norm.beta().value().data.clone();
        if (norm != null) record(step, gamma, beta);
        double[] xhat = null, out = null, noisy = null, inference = null, mean = null, var = null, rMean = null,
                rVar = null;
        double eps = Double.NaN;
        if (norm != null && active) {
            out = head(norm instanceof NoisyBatchNorm nb ? nb.cleanOutput() : h.normOutput(), e);
            if (norm instanceof NoisyBatchNorm) noisy = head(h.normOutput(), e);
        }
        if (norm instanceof BatchNorm bn) {
            eps = bn.epsilon();
            rMean = bn.runningMean().clone();
            rVar = bn.runningVar().clone();
            inference = new double[e * n];
            double[] column = new double[e];
            double[] result = new double[e];
            for (int u = 0; u < n; u++) {
                for (int r = 0; r < e; r++) column[r] = zc[r * n + u];
                bn.inferenceOutput(u, column, e, result);
                for (int r = 0; r < e; r++) inference[r * n + u] = result[r];
            }
            if (active) {
                xhat = head(bn.xhat(), e);
                mean = bn.batchMean().clone();
                var = bn.batchVar().clone();
            }
        }
        return new InsideNormFrame(step, index, net.spec().norm(), active && norm != null, m, e, n, zc, xhat, out,
                noisy, inference, mean, var, rMean, rVar, eps, gamma, beta,
                gammaBeta == null ? Series.empty(1, 512) : gammaBeta);
    }

    private void record(long step, double[] gamma, double[] beta) {
        int width = 1 + gamma.length + beta.length;
        if (gammaBeta == null || historyWidth != width) {
            gammaBeta = Series.empty(width, HISTORY_CAPACITY);
            historyWidth = width;
        }
        if (gammaBeta.size() > 0 && gammaBeta.last(0) == step) return;
        double[] p = new double[width];
        p[0] = step;
        System.arraycopy(gamma, 0, p, 1, gamma.length);
        System.arraycopy(beta, 0, p, 1 + gamma.length, beta.length);
        gammaBeta = gammaBeta.append(p);
    }

    private static double[] head(DMatrixRMaj m, int rows) {
        double[] out = new double[rows * m.numCols];
        System.arraycopy(m.data, 0, out, 0, out.length);
        return out;
    }
}

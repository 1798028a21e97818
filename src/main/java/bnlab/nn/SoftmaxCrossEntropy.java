package bnlab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Softmax followed by cross-entropy, averaged over the batch. Subtracting each row's maximum
 * keeps it finite for logits of any size (±1000 included).
 */
public final class SoftmaxCrossEntropy {
    private final DMatrixRMaj probabilities = new DMatrixRMaj(1, 1);

    /** Returns the mean loss; keeps the softmax probabilities for {@link #backward}. */
    public double forward(DMatrixRMaj logits, int[] labels) {
        int m = logits.numRows;
        int k = logits.numCols;
        probabilities.reshape(m, k);
        double[] z = logits.data;
        double[] p = probabilities.data;
        double loss = 0;
        for (int r = 0; r < m; r++) {
            int o = r * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) max = Math.max(max, z[o + j]);
            double sum = 0;
            for (int j = 0; j < k; j++) {
                double e = Math.exp(z[o + j] - max);
                p[o + j] = e;
                sum += e;
            }
            for (int j = 0; j < k; j++) p[o + j] /= sum;
            // −log softmax_y = log Σ exp(z − max) − (z_y − max), exact even when p_y underflows.
            loss += Math.log(sum) - (z[o + labels[r]] - max);
        }
        return loss / m;
    }

    /** dL/dlogits = (softmax − onehot) / m. */
    public void backward(int[] labels, DMatrixRMaj dLogits) {
        int m = probabilities.numRows;
        int k = probabilities.numCols;
        dLogits.reshape(m, k);
        double[] p = probabilities.data;
        double[] d = dLogits.data;
        double inv = 1.0 / m;
        for (int i = 0; i < m * k; i++) d[i] = p[i] * inv;
        for (int r = 0; r < m; r++) d[r * k + labels[r]] -= inv;
    }

    public DMatrixRMaj probabilities() {
        return probabilities;
    }
}

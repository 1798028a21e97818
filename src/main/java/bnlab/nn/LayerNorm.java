package bnlab.nn;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * Layer normalization (Ba, Kiros &amp; Hinton 2016): each example is normalized over its own
 * features, so it behaves the same in training and inference and at any batch size.
 */
public final class LayerNorm implements Normalization {
    private final int n;
    private final double epsilon;
    private final Parameter gamma;
    private final Parameter beta;
    private final DMatrixRMaj xhat = new DMatrixRMaj(1, 1);
    private double[] invStd = new double[0];

    public LayerNorm(String name, int n, double epsilon) {
        this.n = n;
        this.epsilon = epsilon;
        this.gamma = new Parameter(name + ".gamma", 1, n, false);
        this.beta = new Parameter(name + ".beta", 1, n, false);
        Arrays.fill(gamma.value().data, 1.0);
    }

    @Override
    public NormKind kind() {
        return NormKind.LAYER;
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
        if (invStd.length < m) invStd = new double[m];
        double[] xd = x.data;
        double[] yd = y.data;
        double[] h = xhat.data;
        double[] g = gamma.value().data;
        double[] b = beta.value().data;
        for (int r = 0; r < m; r++) {
            int o = r * n;
            double mean = 0;
            for (int j = 0; j < n; j++) mean += xd[o + j];
            mean /= n;
            double var = 0;
            for (int j = 0; j < n; j++) {
                double d = xd[o + j] - mean;
                var += d * d;
            }
            var /= n;
            double is = 1.0 / Math.sqrt(var + epsilon);
            invStd[r] = is;
            for (int j = 0; j < n; j++) {
                double v = (xd[o + j] - mean) * is;
                h[o + j] = v;
                yd[o + j] = g[j] * v + b[j];
            }
        }
    }

    @Override
    public void backward(DMatrixRMaj dy, DMatrixRMaj dx) {
        int m = dy.numRows;
        dx.reshape(m, n);
        double[] d = dy.data;
        double[] h = xhat.data;
        double[] g = gamma.value().data;
        double[] dg = gamma.grad().data;
        double[] db = beta.grad().data;
        double[] out = dx.data;
        Arrays.fill(dg, 0.0);
        Arrays.fill(db, 0.0);
        for (int r = 0; r < m; r++) {
            int o = r * n;
            double sum = 0;
            double sumH = 0;
            for (int j = 0; j < n; j++) {
                double dh = d[o + j] * g[j];
                sum += dh;
                sumH += dh * h[o + j];
                dg[j] += d[o + j] * h[o + j];
                db[j] += d[o + j];
            }
            double scale = invStd[r] / n;
            for (int j = 0; j < n; j++) {
                out[o + j] = scale * (n * d[o + j] * g[j] - sum - h[o + j] * sumH);
            }
        }
    }
}

package bnlab.nn;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * Group normalization (Wu &amp; He 2018) on a layer without spatial positions: each example's units
 * are split into {@code groups} consecutive groups, and each group is normalized over its own
 * units (mean and biased variance), as {@code torch.nn.GroupNorm(groups, n)} does on an m × n
 * input. One group is LayerNorm ({@link LayerNorm} uses this arithmetic). A group
 * of one unit would normalize every unit to 0 and is refused.
 */
public final class GroupNorm implements Normalization {
    private final int n;
    private final int groups;
    private final int size;
    private final double epsilon;
    private final Parameter gamma;
    private final Parameter beta;
    private final DMatrixRMaj xhat = new DMatrixRMaj(1, 1);
    private double[] invStd = new double[0]; // per example and group

    public GroupNorm(String name, int n, int groups, double epsilon) {
        if (groups < 1 || n % groups != 0) {
            throw new IllegalArgumentException("groups (" + groups + ") must divide the width (" + n + ")");
        }
        if (n / groups < 2) {
            throw new IllegalArgumentException("a group of one unit normalizes that unit to 0 (width " + n
                    + ", groups " + groups + ")");
        }
        this.n = n;
        this.groups = groups;
        this.size = n / groups;
        this.epsilon = epsilon;
        this.gamma = new Parameter(name + ".gamma", 1, n, false);
        this.beta = new Parameter(name + ".beta", 1, n, false);
        Arrays.fill(gamma.value().data, 1.0);
    }

    @Override
    public NormKind kind() {
        return NormKind.GROUP;
    }

    public int groups() {
        return groups;
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
        if (invStd.length < m * groups) invStd = new double[m * groups];
        double[] xd = x.data;
        double[] yd = y.data;
        double[] h = xhat.data;
        double[] g = gamma.value().data;
        double[] b = beta.value().data;
        for (int r = 0; r < m; r++) {
            for (int q = 0; q < groups; q++) {
                int o = r * n + q * size;
                int c = q * size; // first unit of the group, for γ and β
                double mean = 0;
                for (int j = 0; j < size; j++) mean += xd[o + j];
                mean /= size;
                double var = 0;
                for (int j = 0; j < size; j++) {
                    double d = xd[o + j] - mean;
                    var += d * d;
                }
                var /= size;
                double is = 1.0 / Math.sqrt(var + epsilon);
                invStd[r * groups + q] = is;
                for (int j = 0; j < size; j++) {
                    double v = (xd[o + j] - mean) * is;
                    h[o + j] = v;
                    yd[o + j] = g[c + j] * v + b[c + j];
                }
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
            for (int q = 0; q < groups; q++) {
                int o = r * n + q * size;
                int c = q * size;
                double sum = 0;
                double sumH = 0;
                for (int j = 0; j < size; j++) {
                    double dh = d[o + j] * g[c + j];
                    sum += dh;
                    sumH += dh * h[o + j];
                    dg[c + j] += d[o + j] * h[o + j];
                    db[c + j] += d[o + j];
                }
                double scale = invStd[r * groups + q] / size;
                for (int j = 0; j < size; j++) {
                    out[o + j] = scale * (size * d[o + j] * g[c + j] - sum - h[o + j] * sumH);
                }
            }
        }
    }
}

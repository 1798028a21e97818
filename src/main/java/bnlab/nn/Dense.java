package bnlab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Fully connected layer, batch-major: {@code z = x W + b} with x (m × in), W (in × out), one row
 * per example. Buffers for z and the input gradient are owned by the caller.
 */
public final class Dense {
    private final int in;
    private final int out;
    private final Parameter weight;
    private final Parameter bias;
    private final ProductWorkspace work = new ProductWorkspace();
    private int productThreads = 1;

    public Dense(String name, int in, int out) {
        this.in = in;
        this.out = out;
        this.weight = new Parameter(name + ".W", in, out, true);
        this.bias = new Parameter(name + ".b", 1, out, false);
    }

    public int inputSize() {
        return in;
    }

    public int outputSize() {
        return out;
    }

    public Parameter weight() {
        return weight;
    }

    public Parameter bias() {
        return bias;
    }

    /** How many threads this layer's products may use: 1, or 2 to share large ones with {@link ProductHelper}. */
    int productThreads() {
        return productThreads;
    }

    void setProductThreads(int threads) {
        this.productThreads = threads;
    }

    /** z = x W + b; z is reshaped to m × out. */
    public void forward(DMatrixRMaj x, DMatrixRMaj z) {
        MatMul.mult(x, weight.value(), z, work, productThreads);
        double[] zd = z.data;
        double[] b = bias.value().data;
        int m = x.numRows;
        for (int r = 0, k = 0; r < m; r++) {
            for (int j = 0; j < out; j++, k++) zd[k] += b[j];
        }
    }

    /**
     * Accumulates nothing: overwrites dW = xᵀ dz and db = Σ rows of dz; writes dx = dz Wᵀ unless
     * {@code dx} is null (the first layer needs no input gradient).
     */
    public void backward(DMatrixRMaj x, DMatrixRMaj dz, DMatrixRMaj dx) {
        backward(x, dz, dx, true);
    }

    /** As {@link #backward(DMatrixRMaj, DMatrixRMaj, DMatrixRMaj)}; skips dW and db unless {@code parameterGradients}. */
    public void backward(DMatrixRMaj x, DMatrixRMaj dz, DMatrixRMaj dx, boolean parameterGradients) {
        if (dx != null) MatMul.multTransB(dz, weight.value(), dx, work, productThreads);
        if (!parameterGradients) return;
        MatMul.multTransA(x, dz, weight.grad(), work, productThreads);
        double[] db = bias.grad().data;
        java.util.Arrays.fill(db, 0.0);
        double[] d = dz.data;
        int m = dz.numRows;
        for (int r = 0, k = 0; r < m; r++) {
            for (int j = 0; j < out; j++, k++) db[j] += d[k];
        }
    }
}

package bnlab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Inverted dropout (Srivastava et al. 2014) on a hidden layer's output: in a training step each
 * value is kept with probability 1 − p and scaled by 1/(1 − p), so inference needs no rescaling
 * and uses every unit. Only {@link Mode#TRAIN} drops; the statistics probe and evaluation do not.
 *
 * <p>Each layer draws from its own generator, seeded from the network's seed and the layer's
 * index, and draws exactly one number per value per training step: twins that share a seed and a
 * layer's shape draw identical masks for that layer, whatever their other layers do.
 */
public final class Dropout {
    private final double rate;
    private long state; // SplitMix64: small, fast, allocation-free and the same on every JVM
    private final DMatrixRMaj keep = new DMatrixRMaj(1, 1); // 1 kept, 0 dropped
    private final DMatrixRMaj y = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj dx = new DMatrixRMaj(1, 1);

    public Dropout(double rate, long seed, int layerIndex) {
        if (!(rate >= 0 && rate < 1)) throw new IllegalArgumentException("dropout rate must be in [0, 1); got " + rate);
        this.rate = rate;
        this.state = mix(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L * (layerIndex + 1));
    }

    public double rate() {
        return rate;
    }

    /** Draws a fresh mask and returns the dropped-out x (a live buffer). */
    public DMatrixRMaj forward(DMatrixRMaj x) {
        keep.reshape(x.numRows, x.numCols);
        double[] k = keep.data;
        int count = x.getNumElements();
        for (int i = 0; i < count; i++) k[i] = nextDouble() >= rate ? 1.0 : 0.0;
        return forwardWithMask(x, keep);
    }

    /** The dropped-out x for a given keep mask (1 kept, 0 dropped); the mask is used by backward. */
    DMatrixRMaj forwardWithMask(DMatrixRMaj x, DMatrixRMaj mask) {
        if (mask != keep) keep.setTo(mask);
        y.reshape(x.numRows, x.numCols);
        double[] xd = x.data;
        double[] k = keep.data;
        double[] yd = y.data;
        double scale = 1.0 - rate;
        int count = x.getNumElements();
        for (int i = 0; i < count; i++) yd[i] = xd[i] * k[i] / scale;
        return y;
    }

    /** The output of the last forward pass (a live buffer). */
    DMatrixRMaj forwardOutput() {
        return y;
    }

    /** dL/dx given dL/dy of the last forward pass (a live buffer). */
    public DMatrixRMaj backward(DMatrixRMaj dy) {
        dx.reshape(dy.numRows, dy.numCols);
        double[] d = dy.data;
        double[] k = keep.data;
        double[] out = dx.data;
        double scale = 1.0 - rate;
        int count = dy.getNumElements();
        for (int i = 0; i < count; i++) out[i] = d[i] * k[i] / scale;
        return dx;
    }

    /** The keep mask of the last training step (1 kept, 0 dropped): a live buffer. */
    public DMatrixRMaj mask() {
        return keep;
    }

    private double nextDouble() {
        state += 0x9E3779B97F4A7C15L;
        return (mix(state) >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

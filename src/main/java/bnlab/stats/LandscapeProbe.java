package bnlab.stats;

import bnlab.nn.Mode;
import bnlab.nn.Network;
import bnlab.nn.Parameter;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Walks along the gradient of a training batch and measures how the loss and the gradient change
 * ({@link Landscape}). Everything runs in {@link Mode#TRAIN_NO_UPDATE} (batch statistics, as
 * training sees them, running averages untouched), and every parameter value and gradient is
 * copied back exactly afterwards, so measuring never changes training. The loss is the batch's
 * mean cross-entropy (weight decay, if any, is not part of it).
 */
public final class LandscapeProbe {
    /** The walk's step sizes, as multiples of the learning rate. */
    public static final double[] STEP_MULTIPLES = {0.5, 1, 2, 3, 4};

    private double[][] savedValues = new double[0][];
    private double[][] savedGrads = new double[0][];
    private double[] g0 = new double[0];

    /** Measures at the network's current weights on {@code x, labels}; leaves the network as it found it. */
    public Landscape measure(Network net, DMatrixRMaj x, int[] labels, double learningRate) {
        List<Parameter> all = net.parameters();
        save(all);
        try {
            List<Parameter> moved = net.trainableParameters();
            net.forward(x, Mode.TRAIN_NO_UPDATE);
            net.loss(labels);
            net.backward(labels, true);
            int size = 0;
            for (Parameter p : moved) size += p.size();
            if (g0.length != size) g0 = new double[size];
            flatten(moved, g0);
            double gNorm = norm(g0);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double change = 0;
            double ratio = 0;
            for (double multiple : STEP_MULTIPLES) {
                double eta = multiple * learningRate;
                for (int i = 0, o = 0; i < moved.size(); i++) {
                    Parameter p = moved.get(i);
                    double[] v = p.value().data;
                    double[] saved = savedValues[all.indexOf(p)];
                    for (int k = 0; k < p.size(); k++) v[k] = saved[k] - eta * g0[o + k];
                    o += p.size();
                }
                net.forward(x, Mode.TRAIN_NO_UPDATE);
                double loss = net.loss(labels);
                net.backward(labels, true);
                double d = distanceToG0(moved);
                lo = Math.min(lo, loss);
                hi = Math.max(hi, loss);
                if (!(d <= change)) change = d; // NaN propagates
                double r = d / (eta * gNorm);
                if (!(r <= ratio)) ratio = r;
            }
            return new Landscape(hi - lo, change, ratio, gNorm, lo, hi);
        } finally {
            restore(all);
        }
    }

    private void save(List<Parameter> all) {
        if (savedValues.length != all.size()) {
            savedValues = new double[all.size()][];
            savedGrads = new double[all.size()][];
        }
        for (int i = 0; i < all.size(); i++) {
            Parameter p = all.get(i);
            if (savedValues[i] == null || savedValues[i].length != p.size()) {
                savedValues[i] = new double[p.size()];
                savedGrads[i] = new double[p.size()];
            }
            System.arraycopy(p.value().data, 0, savedValues[i], 0, p.size());
            System.arraycopy(p.grad().data, 0, savedGrads[i], 0, p.size());
        }
    }

    private void restore(List<Parameter> all) {
        for (int i = 0; i < all.size(); i++) {
            Parameter p = all.get(i);
            System.arraycopy(savedValues[i], 0, p.value().data, 0, p.size());
            System.arraycopy(savedGrads[i], 0, p.grad().data, 0, p.size());
        }
    }

    private static void flatten(List<Parameter> ps, double[] out) {
        int o = 0;
        for (Parameter p : ps) {
            System.arraycopy(p.grad().data, 0, out, o, p.size());
            o += p.size();
        }
    }

    private double distanceToG0(List<Parameter> ps) {
        double ss = 0;
        int o = 0;
        for (Parameter p : ps) {
            double[] g = p.grad().data;
            for (int k = 0; k < p.size(); k++) {
                double d = g[k] - g0[o + k];
                ss += d * d;
            }
            o += p.size();
        }
        return Math.sqrt(ss);
    }

    private static double norm(double[] v) {
        double ss = 0;
        for (double d : v) ss += d * d;
        return Math.sqrt(ss);
    }
}

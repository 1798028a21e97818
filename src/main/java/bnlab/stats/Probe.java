package bnlab.stats;

import bnlab.nn.Activation;
import bnlab.nn.HiddenLayer;
import bnlab.nn.Mode;
import bnlab.nn.Network;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Measures every hidden layer on a fixed set of examples, so that successive measurements compare
 * like with like (the training batch changes every step). The probe reads the intermediates the
 * network keeps for its last pass; it recomputes nothing itself.
 *
 * <p>The gradient is reported per example: the network's gradient of the batch-mean loss,
 * multiplied by the probe size, so its scale does not depend on how many examples the probe has.
 *
 * <p>A probe never changes training: in {@link Mode#TRAIN_NO_UPDATE} the running averages stay put,
 * and its backward pass leaves the weight gradients of the last training step in place.
 */
public final class Probe {
    private final DMatrixRMaj x;
    private final int[] labels;
    private final HistogramRanges ranges;
    private final Percentiles percentiles = new Percentiles();
    private final double[] percentileBuffer = new double[Percentiles.LEVELS.length];
    private final double[] unitBuffer = new double[DistributionStats.UNIT_LEVELS.length];
    private double[] unitColumn = new double[0];
    private double[] weightGradHalfWidth = new double[0];

    public Probe(DMatrixRMaj x, int[] labels, HistogramRanges ranges) {
        if (x.numRows != labels.length) throw new IllegalArgumentException("probe rows and labels differ");
        this.x = x;
        this.labels = labels.clone();
        this.ranges = ranges;
    }

    public int size() {
        return labels.length;
    }

    public HistogramRanges ranges() {
        return ranges;
    }

    /** Runs the probe through {@code net} in {@code mode} and summarizes every hidden layer. */
    public List<LayerStats> measure(Network net, Mode mode) {
        net.forward(x, mode);
        net.loss(labels);
        net.backward(labels, false);
        List<LayerStats> out = new ArrayList<>();
        for (HiddenLayer layer : net.hiddenLayers()) out.add(summarize(layer));
        return out;
    }

    private LayerStats summarize(HiddenLayer layer) {
        Activation act = layer.activationFunction();
        Map<Quantity, DistributionStats> q = new EnumMap<>(Quantity.class);
        q.put(Quantity.PRE_NORM, distribution(layer.preNorm(), 1.0, ranges.range(Quantity.PRE_NORM, act)));
        q.put(Quantity.PRE_ACTIVATION,
                distribution(layer.preActivation(), 1.0, ranges.range(Quantity.PRE_ACTIVATION, act)));
        q.put(Quantity.ACTIVATION, distribution(layer.activation(), 1.0, ranges.range(Quantity.ACTIVATION, act)));
        q.put(Quantity.GRADIENT,
                distribution(layer.gradPreActivation(), size(), ranges.range(Quantity.GRADIENT, act)));
        return new LayerStats(layer.index(), q, saturation(layer.activation(), act),
                deadFraction(layer.preActivation(), act));
    }

    private DistributionStats distribution(DMatrixRMaj m, double scale, double[] range) {
        int n = m.getNumElements();
        double[] d = m.data;
        double sum = 0;
        int finite = 0;
        for (int i = 0; i < n; i++) {
            double v = d[i] * scale;
            if (Double.isFinite(v)) {
                sum += v;
                finite++;
            }
        }
        double mean = finite > 0 ? sum / finite : Double.NaN;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double v = d[i] * scale;
            if (Double.isFinite(v)) ss += (v - mean) * (v - mean);
        }
        double std = finite > 0 ? Math.sqrt(ss / finite) : Double.NaN;
        percentiles.compute(d, n, scale, Percentiles.LEVELS, percentileBuffer);
        Histogram h = Histogram.of(d, n, scale, range[0], range[1], ranges.bins());
        int rows = m.numRows;
        if (unitColumn.length < rows) unitColumn = new double[rows];
        for (int r = 0; r < rows; r++) unitColumn[r] = d[r * m.numCols]; // unit 0: the first column
        percentiles.compute(unitColumn, rows, scale, DistributionStats.UNIT_LEVELS, unitBuffer);
        return new DistributionStats(h, mean, std, percentileBuffer, n, unitBuffer);
    }

    static double saturation(DMatrixRMaj activation, Activation act) {
        int n = activation.getNumElements();
        if (n == 0) return Double.NaN;
        double[] a = activation.data;
        int saturated = 0;
        switch (act) {
            case SIGMOID -> {
                for (int i = 0; i < n; i++) if (a[i] < 0.03 || a[i] > 0.97) saturated++;
            }
            case TANH -> {
                for (int i = 0; i < n; i++) if (Math.abs(a[i]) > 0.97) saturated++;
            }
            default -> {
                return Double.NaN;
            }
        }
        return (double) saturated / n;
    }

    /** Fraction of units (columns) whose pre-activation is never positive on any probe example. */
    static double deadFraction(DMatrixRMaj pre, Activation act) {
        if (act != Activation.RELU && act != Activation.LEAKY_RELU) return Double.NaN;
        int rows = pre.numRows;
        int cols = pre.numCols;
        int dead = 0;
        for (int j = 0; j < cols; j++) {
            boolean alive = false;
            for (int r = 0; r < rows && !alive; r++) alive = pre.data[r * cols + j] > 0;
            if (!alive) dead++;
        }
        return (double) dead / cols;
    }

    /**
     * The weights of every hidden layer after the last training step, their gradients and the
     * update-to-data ratio. Call after a training step and before {@link #measure}.
     */
    public List<WeightStats> measureWeights(Network net) {
        List<HiddenLayer> layers = net.hiddenLayers();
        if (weightGradHalfWidth.length != layers.size()) weightGradHalfWidth = new double[layers.size()];
        List<WeightStats> out = new ArrayList<>();
        for (HiddenLayer layer : layers) {
            DMatrixRMaj w = layer.weights();
            DMatrixRMaj g = layer.weightGrad();
            DMatrixRMaj u = layer.lastWeightUpdate();
            int n = w.getNumElements();
            double initStd = net.spec().init().std(w.numRows, w.numCols, net.spec().initScale());
            double[] wr = HistogramRanges.weightRange(initStd);
            double gStd = std(g.data, n);
            int i = layer.index();
            if (weightGradHalfWidth[i] == 0 && gStd > 0 && Double.isFinite(gStd)) {
                // Fixed at the first measurement, then kept, so later frames compare with it.
                weightGradHalfWidth[i] = niceCeiling(4 * gStd);
            }
            double gh = weightGradHalfWidth[i] > 0 ? weightGradHalfWidth[i] : 1.0;
            double wStd = std(w.data, n);
            double uStd = std(u.data, n);
            double ratio = uStd > 0 && wStd > 0 ? Math.log10(uStd / wStd) : Double.NaN;
            out.add(new WeightStats(i, Histogram.of(w.data, n, wr[0], wr[1], ranges.bins()),
                    Histogram.of(g.data, n, -gh, gh, ranges.bins()), wStd, gStd, ratio));
        }
        return out;
    }

    static double std(double[] d, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) sum += d[i];
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) ss += (d[i] - mean) * (d[i] - mean);
        return Math.sqrt(ss / n);
    }

    /** The smallest of 1, 2, 5 × 10^k not below {@code v}. */
    static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v) return m * p;
        }
        return 10 * p;
    }
}

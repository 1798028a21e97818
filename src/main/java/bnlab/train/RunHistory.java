package bnlab.train;

import bnlab.stats.DistributionStats;
import bnlab.stats.Histogram;
import bnlab.stats.LayerStats;
import bnlab.stats.Percentiles;
import bnlab.stats.Quantity;
import bnlab.stats.Series;
import bnlab.stats.WeightStats;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a run has measured so far, bounded in memory. Immutable and persistent: each "with"
 * method returns a new history that shares what did not change, so the training thread can
 * publish one per frame cheaply.
 */
public final class RunHistory {
    /** Per-step metrics: {step, loss, accuracy, learning rate, gradient norm before clipping}. */
    public static final int METRIC_WIDTH = 5;
    /** Index in a metrics point of the learning rate the step used. */
    public static final int LEARNING_RATE = 3;
    /** Index in a metrics point of the global gradient norm before clipping. */
    public static final int GRADIENT_NORM = 4;
    private static final int TEST_WIDTH = 3;
    /**
     * Percentile history points: {step, mean, std, the values at {@link Percentiles#LEVELS}, then
     * unit 0's 15th, 50th and 85th percentiles}.
     */
    public static final int PERCENTILE_WIDTH = 3 + Percentiles.LEVELS.length + 3;
    /** Index in a percentile point of the tracked unit's 15th percentile (50th and 85th follow). */
    public static final int UNIT_P15 = 3 + Percentiles.LEVELS.length;
    /** How many recent histograms are kept per layer and quantity, for the offset (ridgeline) view. */
    public static final int RECENT_HISTOGRAMS = 24;

    private static final int METRIC_CAPACITY = 8192;
    private static final int PERCENTILE_CAPACITY = 2048;
    private static final int QUANTITIES = Quantity.values().length;

    /** A histogram with the step it was measured at. */
    public record StepHistogram(long step, Histogram histogram) {}

    private final int layers;
    private final Series metrics;
    private final Series test;
    private final Series[] percentiles; // [mode (0 inference, 1 training)][layer][quantity], flattened
    private final Series updateRatios;  // {step, ratio of layer 1..L}
    private final List<StepHistogram>[] recent; // [layer][quantity], inference mode
    private final List<RunEvent> events;

    @SuppressWarnings("unchecked")
    public static RunHistory empty(int layers) {
        Series[] p = new Series[2 * layers * QUANTITIES];
        for (int i = 0; i < p.length; i++) p[i] = Series.empty(PERCENTILE_WIDTH, PERCENTILE_CAPACITY);
        List<StepHistogram>[] r = new List[layers * QUANTITIES];
        for (int i = 0; i < r.length; i++) r[i] = List.of();
        return new RunHistory(layers, Series.empty(METRIC_WIDTH, METRIC_CAPACITY),
                Series.empty(TEST_WIDTH, PERCENTILE_CAPACITY), p, Series.empty(1 + layers, PERCENTILE_CAPACITY), r,
                EventLog.EMPTY);
    }

    private RunHistory(int layers, Series metrics, Series test, Series[] percentiles, Series updateRatios,
            List<StepHistogram>[] recent, List<RunEvent> events) {
        this.layers = layers;
        this.metrics = metrics;
        this.test = test;
        this.percentiles = percentiles;
        this.updateRatios = updateRatios;
        this.recent = recent;
        this.events = events;
    }

    public int layerCount() {
        return layers;
    }

    /**
     * {step, training-batch loss, training-batch accuracy, learning rate, gradient norm before
     * clipping}, every step (older ones thinned).
     */
    public Series metrics() {
        return metrics;
    }

    /** {step, test loss, test accuracy}, evaluated in eval mode. */
    public Series test() {
        return test;
    }

    /**
     * Percentile history of one layer's quantity: points {step, mean, std, p0 … p100, p15, p85,
     * unit-0 p15, p50, p85}.
     *
     * @param training false: eval mode (running statistics); true: the probe's batch statistics
     */
    public Series percentiles(boolean training, int layer, Quantity q) {
        return percentiles[index(training ? 1 : 0, layer, q)];
    }

    /** {step, update-to-data ratio (log10) of layer 1, …, layer L}. */
    public Series updateRatios() {
        return updateRatios;
    }

    /** The most recent histograms of a layer's quantity (eval mode), oldest first. */
    public List<StepHistogram> recentHistograms(int layer, Quantity q) {
        return recent[layer * QUANTITIES + q.ordinal()];
    }

    public List<RunEvent> events() {
        return events;
    }

    private int index(int mode, int layer, Quantity q) {
        return (mode * layers + layer) * QUANTITIES + q.ordinal();
    }

    public RunHistory withMetrics(double[] points, int count) {
        if (count == 0) return this;
        return new RunHistory(layers, metrics.appendAll(points, count), test, percentiles, updateRatios, recent, events);
    }

    public RunHistory withTest(long step, double loss, double accuracy) {
        return new RunHistory(layers, metrics, test.append(step, loss, accuracy), percentiles, updateRatios, recent,
                events);
    }

    /** Keeps the newest {@value EventLog#CAPACITY} events, appended without copying the older ones. */
    public RunHistory withEvent(RunEvent e) {
        EventLog log = events instanceof EventLog l ? l : EventLog.EMPTY;
        return new RunHistory(layers, metrics, test, percentiles, updateRatios, recent, log.with(e));
    }

    public RunHistory withStats(StatsFrame frame) {
        Series[] p = percentiles.clone();
        appendPercentiles(p, 0, frame.step(), frame.inference());
        if (frame.training() != null) appendPercentiles(p, 1, frame.step(), frame.training());
        @SuppressWarnings("unchecked")
        List<StepHistogram>[] r = recent.clone();
        for (LayerStats ls : frame.inference()) {
            for (Quantity q : Quantity.values()) {
                int i = ls.layer() * QUANTITIES + q.ordinal();
                List<StepHistogram> list = new ArrayList<>(r[i].size() + 1);
                int from = Math.max(0, r[i].size() + 1 - RECENT_HISTOGRAMS);
                list.addAll(r[i].subList(from, r[i].size()));
                list.add(new StepHistogram(frame.step(), ls.get(q).histogram()));
                r[i] = List.copyOf(list);
            }
        }
        double[] ratios = new double[1 + layers];
        ratios[0] = frame.step();
        for (WeightStats w : frame.weights()) ratios[1 + w.layer()] = w.updateRatio();
        return new RunHistory(layers, metrics, test, p, updateRatios.append(ratios), r, events);
    }

    private void appendPercentiles(Series[] p, int mode, long step, List<LayerStats> stats) {
        double[] point = new double[PERCENTILE_WIDTH];
        for (LayerStats ls : stats) {
            for (Quantity q : Quantity.values()) {
                DistributionStats d = ls.get(q);
                point[0] = step;
                point[1] = d.mean();
                point[2] = d.std();
                for (int k = 0; k < Percentiles.LEVELS.length; k++) point[3 + k] = d.percentile(k);
                for (int k = 0; k < 3; k++) point[UNIT_P15 + k] = d.unitPercentile(k);
                int i = index(mode, ls.layer(), q);
                p[i] = p[i].append(point);
            }
        }
    }
}

package bnlab.ui;

import bnlab.data.Dataset;
import bnlab.stats.DistributionStats;
import bnlab.stats.Histogram;
import bnlab.stats.Percentiles;
import bnlab.stats.Series;
import bnlab.train.Predictions;
import bnlab.train.RunHistory;
import bnlab.ui.chart.CurveSeries;
import bnlab.ui.chart.DecisionBoundaryData;
import bnlab.ui.chart.HistogramData;
import bnlab.ui.chart.ImageExample;
import bnlab.ui.chart.LabeledPoint;
import bnlab.ui.chart.LineDash;
import bnlab.ui.chart.PercentilePoint;
import bnlab.ui.chart.StepHistogram;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/** Translates what training measured into the chart views' records; computes nothing new. */
final class ChartData {
    private ChartData() {}

    static HistogramData histogram(DistributionStats d) {
        return histogram(d.histogram(), d.mean(), d.std());
    }

    static HistogramData histogram(Histogram h, double mean, double std) {
        long[] counts = new long[h.bins()];
        for (int i = 0; i < counts.length; i++) counts[i] = h.count(i);
        return new HistogramData(h.lo(), h.hi(), counts, h.below(), h.above(), mean, std, h.total(), h.nonFinite());
    }

    static List<StepHistogram> ridgeline(List<RunHistory.StepHistogram> recent) {
        List<StepHistogram> out = new ArrayList<>(recent.size());
        for (RunHistory.StepHistogram s : recent) {
            out.add(new StepHistogram(s.step(), histogram(s.histogram(), Double.NaN, Double.NaN)));
        }
        return out;
    }

    /** Where each of the chart's percentiles sits in a history point (after step, mean, std). */
    private static final int[] CHART_TO_HISTORY = new int[PercentilePoint.PERCENTILES.length];

    static {
        for (int c = 0; c < PercentilePoint.PERCENTILES.length; c++) {
            CHART_TO_HISTORY[c] = -1;
            for (int h = 0; h < Percentiles.LEVELS.length; h++) {
                if (Percentiles.LEVELS[h] == PercentilePoint.PERCENTILES[c]) CHART_TO_HISTORY[c] = 3 + h;
            }
            if (CHART_TO_HISTORY[c] < 0) throw new IllegalStateException("percentile levels differ");
        }
    }

    /**
     * Percentile bands from a history series; {@code unit} shows only the tracked unit's 15/50/85
     * (its narrower bands collapse onto those lines), as in Figure 1 of the BN paper.
     */
    static List<PercentilePoint> bands(Series s, boolean unit) {
        List<PercentilePoint> out = new ArrayList<>(s.size());
        double[] v = new double[PercentilePoint.PERCENTILES.length];
        for (int i = 0; i < s.size(); i++) {
            if (unit) {
                double p15 = s.get(i, RunHistory.UNIT_P15);
                double p50 = s.get(i, RunHistory.UNIT_P15 + 1);
                double p85 = s.get(i, RunHistory.UNIT_P15 + 2);
                // Only 15/50/85 are known for one unit: every band collapses onto the 15–85 band.
                for (int c = 0; c < v.length; c++) {
                    double level = PercentilePoint.PERCENTILES[c];
                    v[c] = level < 50 ? p15 : level > 50 ? p85 : p50;
                }
            } else {
                for (int c = 0; c < v.length; c++) v[c] = s.get(i, CHART_TO_HISTORY[c]);
            }
            PercentilePoint point = new PercentilePoint((long) s.get(i, 0), v);
            if (point.isFinite()) out.add(point);
        }
        return out;
    }

    static CurveSeries curve(String name, Color color, LineDash dash, Series s, int field) {
        long[] steps = new long[s.size()];
        double[] values = new double[s.size()];
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            double v = s.get(i, field);
            if (!Double.isFinite(v)) continue;
            steps[n] = (long) s.get(i, 0);
            values[n++] = v;
        }
        return new CurveSeries(name, color, dash, java.util.Arrays.copyOf(steps, n), java.util.Arrays.copyOf(values, n));
    }

    static DecisionBoundaryData boundary(Predictions p) {
        double[] d = p.domain();
        double[] probs = p.gridProbabilities();
        float[] f = new float[probs.length];
        for (int i = 0; i < f.length; i++) f[i] = (float) probs[i];
        return new DecisionBoundaryData(d[0], d[1], d[2], d[3], p.gridSize(), p.classes(), f);
    }

    static List<LabeledPoint> points(Dataset train, Dataset test, int maxPoints) {
        List<LabeledPoint> out = new ArrayList<>();
        int stride = Math.max(1, (train.size() + test.size()) / maxPoints);
        for (int i = 0; i < train.size(); i += stride) {
            out.add(new LabeledPoint(train.feature(i, 0), train.feature(i, 1), train.label(i), false));
        }
        for (int i = 0; i < test.size(); i += stride) {
            out.add(new LabeledPoint(test.feature(i, 0), test.feature(i, 1), test.label(i), true));
        }
        return out;
    }

    /** The example strip: test images with their true and (if known) predicted classes. */
    static List<ImageExample> examples(Dataset test, Predictions p, int count) {
        int[] shape = test.exampleShape();
        int h = shape.length == 2 ? shape[0] : 1;
        int w = shape.length == 2 ? shape[1] : test.featureCount();
        int[] idx = p == null ? null : p.sampleIndices();
        int[] pred = p == null ? null : p.samplePredicted();
        int n = Math.min(count, idx == null ? Math.min(count, test.size()) : idx.length);
        double[] buf = new double[test.featureCount()];
        List<ImageExample> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int example = idx == null ? i : idx[i];
            test.copyExample(example, buf, 0);
            float[] px = new float[w * h];
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : buf) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double span = hi > lo ? hi - lo : 1; // standardized pixels are shown rescaled to [0, 1]
            for (int k = 0; k < px.length; k++) px[k] = (float) ((buf[k] - lo) / span);
            out.add(new ImageExample(w, h, px, test.label(example), pred == null ? -1 : pred[i]));
        }
        return out;
    }
}

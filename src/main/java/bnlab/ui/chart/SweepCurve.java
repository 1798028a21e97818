package bnlab.ui.chart;

import java.util.Arrays;
import javafx.scene.paint.Color;

/**
 * One network's results across a sweep, for {@link SweepChartView}: at each swept value, the mean
 * final test accuracy over the seeds, the lowest and highest seed's, and how many of the runs there
 * diverged or stopped learning. Values in increasing order.
 */
public record SweepCurve(String name, Color color, double[] x, double[] mean, double[] low, double[] high, int[] runs,
        int[] diverged, int[] notLearning) {
    public SweepCurve {
        int n = x.length;
        if (mean.length != n || low.length != n || high.length != n || runs.length != n || diverged.length != n
                || notLearning.length != n) {
            throw new IllegalArgumentException("a sweep curve needs one of each per value");
        }
        x = x.clone();
        mean = mean.clone();
        low = low.clone();
        high = high.clone();
        runs = runs.clone();
        diverged = diverged.clone();
        notLearning = notLearning.clone();
    }

    public int size() { return x.length; }

    double xAt(int i) { return x[i]; }
    double meanAt(int i) { return mean[i]; }
    double lowAt(int i) { return low[i]; }
    double highAt(int i) { return high[i]; }
    int runsAt(int i) { return runs[i]; }
    int divergedAt(int i) { return diverged[i]; }
    int notLearningAt(int i) { return notLearning[i]; }

    @Override public double[] x() { return x.clone(); }
    @Override public double[] mean() { return mean.clone(); }
    @Override public double[] low() { return low.clone(); }
    @Override public double[] high() { return high.clone(); }
    @Override public int[] runs() { return runs.clone(); }
    @Override public int[] diverged() { return diverged.clone(); }
    @Override public int[] notLearning() { return notLearning.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepCurve c && c.name.equals(name) && Arrays.equals(c.x, x) && Arrays.equals(c.mean, mean)
                && Arrays.equals(c.low, low) && Arrays.equals(c.high, high) && Arrays.equals(c.diverged, diverged);
    }

    @Override
    public int hashCode() { return name.hashCode() * 31 + Arrays.hashCode(mean); }

    @Override
    public String toString() { return "SweepCurve[" + name + ", " + x.length + " values]"; }
}

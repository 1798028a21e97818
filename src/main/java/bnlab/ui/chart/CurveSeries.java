package bnlab.ui.chart;

import java.util.Arrays;
import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * One named curve over training steps, e.g. "test loss (with BN)".
 *
 * @param name   legend name (user-visible; comes from the window's translations)
 * @param color  line colour, normally from {@link Palette}
 * @param dash   dash pattern, to tell twins apart without relying on colour
 * @param steps  training steps, non-decreasing; copied
 * @param values value at each step; NaN or ±∞ leaves a gap; copied
 * @param smooth whether the view may smooth it (a noisy per-step curve; an evaluation's curve is not)
 */
public record CurveSeries(String name, Color color, LineDash dash, long[] steps, double[] values, boolean smooth) {
    public CurveSeries(String name, Color color, LineDash dash, long[] steps, double[] values) {
        this(name, color, dash, steps, values, false);
    }

    /** The same curve, marked as one the view smooths. */
    public CurveSeries smoothed() {
        return new CurveSeries(name, color, dash, steps, values, true);
    }

    public CurveSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(dash, "dash");
        if (steps.length != values.length) {
            throw new IllegalArgumentException(steps.length + " steps but " + values.length + " values");
        }
        steps = steps.clone();
        values = values.clone();
        for (int i = 1; i < steps.length; i++) {
            if (steps[i] < steps[i - 1]) {
                throw new IllegalArgumentException("steps must not decrease at index " + i);
            }
        }
    }

    public int size() { return steps.length; }
    public long step(int i) { return steps[i]; }
    public double value(int i) { return values[i]; }

    @Override public long[] steps() { return steps.clone(); }
    @Override public double[] values() { return values.clone(); }

    /** Index of the point whose step is nearest to {@code step}, or -1 if the series is empty. */
    public int nearestIndex(double step) {
        if (steps.length == 0) {
            return -1;
        }
        int i = firstAtOrAfter(step);
        if (i == steps.length || (i > 0 && step - steps[i - 1] <= steps[i] - step)) {
            return i - 1;
        }
        return i;
    }

    /** Index of the first point with step ≥ {@code step} ({@code size()} if none). */
    public int firstAtOrAfter(double step) {
        int lo = 0;
        int hi = steps.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (steps[mid] < step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurveSeries c && c.name.equals(name) && c.color.equals(color) && c.dash == dash
                && c.smooth == smooth && Arrays.equals(c.steps, steps) && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() { return name.hashCode() * 31 + Arrays.hashCode(values); }

    @Override
    public String toString() { return "CurveSeries[" + name + ", " + steps.length + " points]"; }
}

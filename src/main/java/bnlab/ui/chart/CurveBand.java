package bnlab.ui.chart;

import java.util.Arrays;
import javafx.scene.paint.Color;

/**
 * A shaded band between a low and a high value at each step (e.g. the smallest and the largest
 * loss along a walk), drawn by {@link CurveView} under its curves. Immutable; arrays are copied.
 */
public record CurveBand(String name, Color color, long[] steps, double[] low, double[] high) {
    public CurveBand {
        if (steps.length != low.length || steps.length != high.length) {
            throw new IllegalArgumentException("a band needs a low and a high value at every step");
        }
        steps = steps.clone();
        low = low.clone();
        high = high.clone();
    }

    public int size() { return steps.length; }

    long step(int i) { return steps[i]; }

    double lowAt(int i) { return low[i]; }

    double highAt(int i) { return high[i]; }

    @Override public long[] steps() { return steps.clone(); }
    @Override public double[] low() { return low.clone(); }
    @Override public double[] high() { return high.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurveBand b && b.name.equals(name) && b.color.equals(color) && Arrays.equals(b.steps, steps)
                && Arrays.equals(b.low, low) && Arrays.equals(b.high, high);
    }

    @Override
    public int hashCode() { return name.hashCode() * 31 + Arrays.hashCode(high); }
}

package bnlab.ui.chart;

/** A fixed axis range {@code min < max}, e.g. to give two views side by side identical axes. */
public record ValueRange(double min, double max) {
    public ValueRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("need finite min < max, got " + min + ", " + max);
        }
    }
}

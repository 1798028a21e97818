package bnlab.ui.chart;

import java.util.Objects;

/** A horizontal line at a y value with a label, e.g. the −3 line of log10(update / data). */
public record ReferenceLine(double value, String label) {
    public ReferenceLine {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("reference value must be finite: " + value);
        }
        Objects.requireNonNull(label, "label");
    }
}

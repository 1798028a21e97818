package bnlab.ui.chart;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * One row of a {@link StripPlotView}: a value per dot (e.g. every example of a batch) and marks
 * on the same axis (e.g. the batch mean with ± one standard deviation).
 *
 * @param label     drawn above the row, at its left
 * @param values    one dot each; non-finite values are skipped
 * @param color     the dots' colour
 * @param marks     vertical lines, each with an optional ± spread drawn as a bracket
 * @param highlight index of a dot drawn larger and outlined, or −1
 */
public record StripRow(String label, double[] values, Color color, List<Mark> marks, int highlight) {
    public StripRow {
        values = values.clone();
        marks = List.copyOf(marks);
    }

    /** A line at {@code value}; {@code spread} &gt; 0 also draws value ± spread; dashed for estimates. */
    public record Mark(String label, double value, double spread, Color color, boolean dashed) {}

    @Override
    public double[] values() {
        return values.clone();
    }

    int size() {
        return values.length;
    }

    double value(int i) {
        return values[i];
    }
}

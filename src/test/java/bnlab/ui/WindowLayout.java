package bnlab.ui;

import bnlab.ui.chart.ChartView;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * What a walk through the window's scene graph finds wrong with its layout: text cut short (a
 * label's skin shows less than its text, or a chart reports text it elided), a control or chart
 * outside the window, a chart too small to read. Parts inside a scroll pane count as reachable.
 */
final class WindowLayout {
    /** Below this a chart's text and bars are no longer legible (at the window's font sizes). */
    static final double MIN_CHART_WIDTH = 110;
    static final double MIN_CHART_HEIGHT = 70;
    /** The data's own room inside a chart: below this a curve or a histogram's bars cannot be read. */
    static final double MIN_PLOT_HEIGHT = 40;

    private WindowLayout() {}

    static List<String> problems(Parent root, double width, double height, boolean checkChartText) {
        List<String> out = new ArrayList<>();
        walk(root, width, height, checkChartText, false, out);
        return out;
    }

    private static void walk(Node n, double width, double height, boolean chartText, boolean scrolled, List<String> out) {
        if (!n.isVisible()) return;
        if (n instanceof Text t && t.getParent() instanceof Labeled l && !l.getText().isEmpty()
                && !t.getText().equals(l.getText()) && t.getText().endsWith(l.getEllipsisString())) {
            out.add("cut: \"" + l.getText() + "\" shown as \"" + t.getText() + "\" (" + describe(l) + ")");
        }
        if (n instanceof ChartView v) {
            if (chartText) {
                for (String s : v.getElidedTexts()) out.add("chart text elided: \"" + s + "\" (" + describe(v) + ")");
            }
            double plot = v instanceof bnlab.ui.chart.StepChartView sv ? sv.plotHeight()
                    : v instanceof bnlab.ui.chart.HistogramView hv && hv.getData() != null ? hv.plotBottomY() - hv.plotTopY() : MIN_PLOT_HEIGHT;
            if (plot < MIN_PLOT_HEIGHT && v.getHeight() > 0) {
                out.add("plot squashed to " + Math.round(plot) + " px high under its title and legend (" + describe(v) + ")");
            }
            if (v.getWidth() < MIN_CHART_WIDTH || v.getHeight() < MIN_CHART_HEIGHT) {
                out.add("chart squashed to " + Math.round(v.getWidth()) + "x" + Math.round(v.getHeight()) + " ("
                        + describe(v) + ")");
            }
        }
        if (!scrolled && (n instanceof ButtonBase || n instanceof ComboBoxBase<?> || n instanceof Slider
                || n instanceof Spinner<?> || n instanceof TextInputControl || n instanceof ChartView)) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5) {
                out.add("outside the window: " + describe(n) + " at " + Math.round(b.getMinX()) + "," + Math.round(b.getMinY())
                        + " to " + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()));
            }
        }
        if (n instanceof ScrollPane sp) {
            if (sp.getContent() != null) walk(sp.getContent(), width, height, chartText, true, out);
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) walk(c, width, height, chartText, scrolled, out);
        }
    }

    private static String describe(Node n) {
        String id = n.getId() != null ? "#" + n.getId() : "";
        String text = n instanceof Labeled l ? " '" + l.getText() + "'" : n instanceof ChartView v ? " '" + v.getTitle() + "'" : "";
        return n.getClass().getSimpleName() + id + text;
    }
}

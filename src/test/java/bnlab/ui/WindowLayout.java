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
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * What a walk through the window's scene graph finds wrong with its layout: text cut short (a
 * label's skin shows less than its text, or a chart reports text it elided; in presenter mode also
 * a tab header the tab pane clips, and a scroll pane whose content is wider than its view; in both modes any choice of a combo box that its closed box
 * would cut), a control or chart outside the window, anything painted past the window's edge, a
 * chart too small to read; in presenter mode also text that a pane's clip cuts at its edge.
 * Parts inside a scroll pane count as reachable.
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
        paintedOutside(root, width, height, out);
        return out;
    }

    /**
     * Any node that paints past the window (a PNG of the window would come out wider than it):
     * the innermost such node is named. A clipped node (a scroll pane's viewport, a tab header
     * area) paints only inside its clip, so what is beneath it is not looked at.
     */
    private static boolean paintedOutside(Node n, double width, double height, List<String> out) {
        if (!n.isVisible()) return false;
        Bounds b = n.localToScene(n.getBoundsInLocal());
        boolean outside = b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5;
        if (!outside) return false;
        boolean inner = false;
        if (n.getClip() == null && n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) inner |= paintedOutside(c, width, height, out);
        }
        if (!inner) {
            out.add("paints outside the window: " + describe(n) + " " + n.getStyleClass() + " at " + Math.round(b.getMinX()) + ","
                    + Math.round(b.getMinY()) + " to " + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()));
        }
        return true;
    }

    /**
     * A tab pane's headers that do not fit: the skin clips them at the header area's edge and puts
     * the rest behind a menu button, without any ellipsis. Checked where no text may be cut.
     */
    private static void tabHeaders(TabPane tp, List<String> out) {
        Node area = tp.lookup(".tab-header-area");
        if (area == null || !area.isVisible() || tp.getTabs().isEmpty()) return;
        Bounds a = area.localToScene(area.getLayoutBounds());
        double right = a.getMaxX();
        Node menu = area.lookup(".control-buttons-tab");
        if (menu != null && menu.isVisible()) right = Math.min(right, menu.localToScene(menu.getLayoutBounds()).getMinX());
        for (Node tab : area.lookupAll(".tab")) {
            if (!tab.isVisible()) continue;
            Bounds t = tab.localToScene(tab.getLayoutBounds());
            Node label = tab.lookup(".tab-label");
            String name = label instanceof Labeled l ? l.getText() : "?";
            if (t.getMaxX() > right + 0.5 || t.getMinX() < a.getMinX() - 0.5) {
                out.add("tab header cut: \"" + name + "\" at " + Math.round(t.getMinX()) + " to " + Math.round(t.getMaxX())
                        + ", the header area shows up to " + Math.round(right) + " (" + describe(tp) + ")");
            }
        }
    }

    /**
     * Every choice of a combo box, shown in the closed box at its width: the value a user picks must
     * read whole, not only the one selected now.
     */
    @SuppressWarnings("unchecked")
    private static void comboChoices(javafx.scene.control.ComboBox<?> box, List<String> out) {
        javafx.scene.control.ListCell<?> cell = box.getButtonCell();
        for (Node c : box.getChildrenUnmodifiable()) {
            if (cell == null && c instanceof javafx.scene.control.ListCell<?> skinCell) cell = skinCell; // the skin's own
        }
        if (cell == null || cell.getWidth() <= 0) return;
        double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
        for (Object item : box.getItems()) {
            String shown = item == null ? "" : cell instanceof TranslatedChoices.ShortNameCell s ? s.textFor((String) item)
                    : cell instanceof FittingChoiceCell<?> f ? ((FittingChoiceCell<Object>) f).textFor(item)
                    : ((javafx.util.StringConverter<Object>) box.getConverter()).toString(item);
            Text t = new Text(shown);
            t.setFont(cell.getFont());
            double w = t.getLayoutBounds().getWidth();
            if (w > room + 0.5) {
                out.add("combo choice cut: \"" + shown + "\" needs " + Math.round(w) + " px, the box shows " + Math.round(room)
                        + " (" + describe(box) + ")");
            }
        }
    }

    private static void walk(Node n, double width, double height, boolean chartText, boolean scrolled, List<String> out) {
        if (!n.isVisible()) return;
        if (n instanceof Text t && t.getParent() instanceof Labeled l && !l.getText().isEmpty()
                && !t.getText().equals(l.getText()) && t.getText().endsWith(l.getEllipsisString())) {
            out.add("cut: \"" + l.getText() + "\" shown as \"" + t.getText() + "\" (" + describe(l) + ")");
        }
        if (chartText && !scrolled && n instanceof Text t && t.getParent() instanceof Labeled l && !t.getText().isEmpty()) {
            clippedText(t, l, out);
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
        if (chartText && n instanceof TabPane tp) tabHeaders(tp, out);
        if (chartText && n instanceof Labeled l && "stateStatus".equals(n.getId()) && l.getHeight() > 0) {
            Text line = new Text("Xg");
            line.setFont(l.getFont());
            double lines = (l.getHeight() - l.snappedTopInset() - l.snappedBottomInset()) / line.getLayoutBounds().getHeight();
            if (lines > 2.2) out.add("status sentence on " + Math.round(lines) + " lines: \"" + l.getText() + "\"");
        }
        if (n instanceof javafx.scene.control.ComboBox<?> box) comboChoices(box, out);
        if (chartText && n instanceof ScrollPane sp && sp.getContent() != null && sp.getViewportBounds().getWidth() > 0
                && sp.getContent().getLayoutBounds().getWidth() > sp.getViewportBounds().getWidth() + 0.5) {
            // Sideways scrolling hides a column's end (a network's heading) at the edge, with no ellipsis to show it.
            out.add("scrolls sideways: content " + Math.round(sp.getContent().getLayoutBounds().getWidth()) + " px wide in "
                    + Math.round(sp.getViewportBounds().getWidth()) + " (" + describe(sp.getContent()) + ")");
        }
        if (n instanceof ScrollPane sp) {
            if (sp.getContent() != null) walk(sp.getContent(), width, height, chartText, true, out);
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) walk(c, width, height, chartText, scrolled, out);
        }
    }

    /**
     * A label's text that reaches past the clip of a pane it sits in (a split pane's side, a tab's
     * content): cut at the pane's edge without an ellipsis, e.g. a value beside a slider in a narrow
     * column. Checked where no text may be cut; a scroll pane's content, a list's rows (both scroll)
     * and a tab strip's headers (see {@link #tabHeaders}) are looked at elsewhere.
     */
    private static void clippedText(Text t, Labeled l, List<String> out) {
        for (Node p = t.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("tab-header-area")) return;
            if (p instanceof javafx.scene.control.skin.VirtualFlow<?>) return; // a list scrolls: its rows are reachable
        }
        Bounds b = t.localToScene(t.getBoundsInLocal());
        for (Node p = t.getParent(); p != null; p = p.getParent()) {
            Node clip = p.getClip();
            if (clip == null) continue;
            Bounds c = p.localToScene(clip.getBoundsInParent());
            if (b.getMinX() < c.getMinX() - 0.5 || b.getMaxX() > c.getMaxX() + 0.5 || b.getMinY() < c.getMinY() - 0.5
                    || b.getMaxY() > c.getMaxY() + 0.5) {
                out.add("clipped: \"" + t.getText() + "\" at " + Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + " to "
                        + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()) + ", its " + p.getClass().getSimpleName()
                        + " shows " + Math.round(c.getMinX()) + "," + Math.round(c.getMinY()) + " to " + Math.round(c.getMaxX()) + ","
                        + Math.round(c.getMaxY()) + " (" + describe(l) + ")");
                return;
            }
        }
    }

    private static String describe(Node n) {
        String where = "";
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof FocusView) where = " in the focus view";
            if (p instanceof HistogramGrid) where = " in a grid";
        }
        String id = (n.getId() != null ? "#" + n.getId() : "") + where;
        String text = n instanceof Labeled l ? " '" + l.getText() + "'" : n instanceof ChartView v ? " '" + v.getTitle() + "'" : "";
        return n.getClass().getSimpleName() + id + text;
    }
}

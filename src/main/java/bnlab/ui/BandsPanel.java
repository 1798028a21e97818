package bnlab.ui;

import bnlab.stats.Quantity;
import bnlab.stats.Series;
import bnlab.train.RunEvent;
import bnlab.train.RunSnapshot;
import bnlab.ui.chart.ChartStrings;
import bnlab.ui.chart.ChartStyle;
import bnlab.ui.chart.EventMarker;
import bnlab.ui.chart.PercentileBandView;
import bnlab.ui.chart.PercentilePoint;
import bnlab.ui.chart.ValueRange;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * Percentile bands per layer over the steps: Figure 1 (b, c) of Ioffe &amp; Szegedy (15/50/85) on
 * TensorBoard's distribution bands; one column per network, twins on identical axes.
 */
final class BandsPanel extends GridPane {
    private final List<PercentileBandView[]> views = new ArrayList<>();
    private final List<Label> headings = new ArrayList<>();
    private ResourceBundle text;
    private ChartStrings strings;
    private ChartStyle style = ChartStyle.DEFAULT;
    private Quantity quantity = Quantity.PRE_ACTIVATION;
    private boolean unit;
    private List<String> runNames = List.of();
    private List<Integer> highlightedLayers; // null: none; empty: all

    BandsPanel(ResourceBundle text, ChartStrings strings) {
        this.text = text;
        this.strings = strings;
        getStyleClass().add("bands-panel");
        setHgap(6);
        setVgap(4);
        // Narrower than its columns, the pane restacks them (see stacks) instead of scrolling sideways.
        setMinWidth(minColumnWidth(ChartStyle.DEFAULT));
        widthProperty().addListener((o, a, b) -> arrange(false));
    }

    /** A plot a class can read under the title, the axes and (in the first row) the legend. */
    private static double minRowHeight(ChartStyle s, int layer) {
        return (s == ChartStyle.PRESENTER ? 190 : 150) + (layer == 0 ? (s == ChartStyle.PRESENTER ? 60 : 30) : 0);
    }

    void setQuantity(Quantity q) {
        quantity = q;
        relabel(text);
    }

    void setUnitOnly(boolean on) {
        unit = on;
        relabel(text);
    }

    private void ensure(int runs, int layers) {
        if (views.size() == layers && (layers == 0 || views.get(0).length == runs)) return;
        views.clear();
        headings.clear();
        if (runs > 1) {
            // Twins: the network heads its column once, so each chart's title has room for what it shows.
            for (int r = 0; r < runs; r++) {
                Label h = new Label();
                h.getStyleClass().add("network-heading");
                WrappingLabels.fitHeight(h);
                headings.add(h);
            }
        }
        for (int l = 0; l < layers; l++) {
            PercentileBandView[] row = new PercentileBandView[runs];
            for (int r = 0; r < runs; r++) {
                PercentileBandView v = new PercentileBandView();
                v.setMinSize(160, 100);
                v.setChartStyle(style);
                v.setStrings(strings);
                v.setShowLegend(l == 0);
                HelpTips.install(v);
                row[r] = v;
            }
            views.add(row);
        }
        arrange(true);
        applyHighlights();
        relabel(text);
    }

    /** The narrowest column in which a band chart's title, legend and axes read whole. */
    static double minColumnWidth(ChartStyle s) {
        return s == ChartStyle.PRESENTER ? 200 : 160;
    }

    /**
     * Whether the networks' bands go one below the other: side by side they would be narrower than
     * a chart can be read (three networks on a projector), and the pane would scroll sideways.
     */
    static boolean stacks(double width, int runs, ChartStyle s) {
        return runs > 1 && width > 0 && width < runs * minColumnWidth(s) + (runs - 1) * 6;
    }

    boolean isStacked() {
        return stacked;
    }

    private boolean stacked;

    /** Places the headings and charts: a column per network, or (where too narrow) a block per network. */
    private void arrange(boolean force) {
        int runs = views.isEmpty() ? headings.size() : views.get(0).length;
        boolean stack = stacks(getWidth(), runs, style);
        if (!force && stack == stacked) return;
        stacked = stack;
        getChildren().clear();
        getColumnConstraints().clear();
        getRowConstraints().clear();
        int columns = stack ? 1 : Math.max(1, runs);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setPercentWidth(100.0 / columns);
            getColumnConstraints().add(cc);
        }
        int layers = views.size();
        int blocks = stack ? runs : 1;
        int perBlock = (headings.isEmpty() ? 0 : 1) + layers;
        for (int b = 0; b < blocks; b++) {
            if (!headings.isEmpty()) getRowConstraints().add(new RowConstraints());
            for (int l = 0; l < layers; l++) {
                RowConstraints rc = new RowConstraints();
                rc.setVgrow(Priority.ALWAYS);
                rc.setMinHeight(minRowHeight(style, l)); // the pane scrolls rather than squash a plot
                getRowConstraints().add(rc);
            }
        }
        int first = headings.isEmpty() ? 0 : 1;
        for (int r = 0; r < headings.size(); r++) {
            if (stack) add(headings.get(r), 0, r * perBlock);
            else add(headings.get(r), r, 0);
        }
        for (int l = 0; l < layers; l++) {
            PercentileBandView[] row = views.get(l);
            for (int r = 0; r < row.length; r++) {
                if (stack) add(row[r], 0, r * perBlock + first + l);
                else add(row[r], r, first + l);
            }
        }
    }

    /** Marks the layers (from 1) a lesson talks about; null: none, empty: all. */
    void setHighlightedLayers(List<Integer> layers) {
        highlightedLayers = layers == null ? null : List.copyOf(layers);
        applyHighlights();
    }

    private void applyHighlights() {
        for (int l = 0; l < views.size(); l++) {
            boolean on = highlightedLayers != null && (highlightedLayers.isEmpty() || highlightedLayers.contains(l + 1));
            for (PercentileBandView v : views.get(l)) HistogramGrid.mark(v, on);
        }
    }

    void relabel(ResourceBundle t) {
        text = t;
        for (int r = 0; r < headings.size() && r < runNames.size(); r++) {
            headings.get(r).setText(VariantLook.shortName(t, runNames.get(r))); // narrow columns: the short name
            headings.get(r).getStyleClass().removeIf(c -> c.startsWith("variant-"));
            headings.get(r).getStyleClass().add("variant-" + r);
        }
        for (int l = 0; l < views.size(); l++) {
            for (int r = 0; r < views.get(l).length; r++) {
                PercentileBandView v = views.get(l)[r];
                String what = t.getString("quantity." + quantity.id());
                // Side by side the charts are narrow: the quantity is named once, in the selector above.
                boolean several = views.get(l).length > 1;
                v.setTitle(several ? Messages.format(t, unit ? "bands.titleUnitShort" : "bands.titleShort", l + 1)
                        : Messages.format(t, unit ? "bands.titleUnit" : "bands.title", l + 1, what));
                v.setHelpText(t.getString(unit ? "help.bandsUnit" : "help.bands"));
                v.setYAxisLabel(several ? "" : t.getString("axis.quantity." + quantity.id()));
            }
        }
    }

    void setStrings(ChartStrings s) {
        strings = s;
        views.forEach(row -> { for (PercentileBandView v : row) v.setStrings(s); });
    }

    void setChartStyle(ChartStyle s) {
        style = s;
        views.forEach(row -> { for (PercentileBandView v : row) v.setChartStyle(s); });
        arrange(true); // the row heights and the width a column needs follow the style
    }

    /**
     * Runs may stand at different steps (one diverged and stopped): all charts span the same steps, so
     * that a step sits at the same place in both. Null (each its own) for a single network.
     */
    static ValueRange sharedSteps(List<List<PercentilePoint>> all) {
        return sharedSteps(all, 0);
    }

    /** As above; while only one step has been measured, the charts span the steps trained so far. */
    static ValueRange sharedSteps(List<List<PercentilePoint>> all, long trained) {
        return all.size() < 2 ? null : stepsSpanned(all, trained);
    }

    /**
     * The steps bands span: from the first measurement to the last one of any run. While only one
     * step has been measured (a fast run measures seldom), up to {@code trained}: a lone measurement
     * shows as one column at its step, not as a band across the whole chart. Null: nothing to span.
     */
    static ValueRange stepsSpanned(List<List<PercentilePoint>> all, long trained) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (List<PercentilePoint> points : all) {
            if (points.isEmpty()) continue;
            lo = Math.min(lo, points.get(0).step());
            hi = Math.max(hi, points.get(points.size() - 1).step());
        }
        if (hi > lo) return new ValueRange(lo, hi);
        return lo <= hi && trained > lo ? new ValueRange(lo, trained) : null;
    }

    /** The most steps any of the runs has trained. */
    static long stepsTrained(List<RunSnapshot> runs) {
        return runs.stream().mapToLong(RunSnapshot::step).max().orElse(0);
    }

    void show(List<RunSnapshot> runs, boolean trainingMode) {
        if (runs.isEmpty()) return;
        int layers = runs.get(0).history().layerCount();
        List<String> names = runs.stream().map(RunSnapshot::name).toList();
        if (!names.equals(runNames)) {
            runNames = names;
            relabel(text);
        }
        ensure(runs.size(), layers);
        for (int l = 0; l < layers; l++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            List<List<PercentilePoint>> all = new ArrayList<>();
            for (RunSnapshot s : runs) {
                boolean training = trainingMode && !s.history().percentiles(true, l, quantity).isEmpty();
                Series series = s.history().percentiles(training, l, quantity);
                List<PercentilePoint> points = ChartData.bands(series, unit);
                all.add(points);
                // The axis follows the ±1.5σ band, not the extremes: one outlier would flatten everything else.
                for (PercentilePoint p : points) {
                    lo = Math.min(lo, p.value(PercentilePoint.P6_68));
                    hi = Math.max(hi, p.value(PercentilePoint.P93_32));
                }
            }
            ValueRange shared = lo < hi ? new ValueRange(lo - 0.25 * (hi - lo), hi + 0.25 * (hi - lo)) : null;
            ValueRange steps = sharedSteps(all, stepsTrained(runs));
            for (int r = 0; r < runs.size(); r++) {
                PercentileBandView v = views.get(l)[r];
                v.setPoints(all.get(r));
                v.setFixedYRange(shared);
                v.setFixedStepRange(steps);
                v.setBandColor(VariantLook.color(r));
                v.setEvents(markers(runs.get(r)));
            }
        }
    }

    private List<EventMarker> markers(RunSnapshot s) {
        List<EventMarker> out = new ArrayList<>();
        for (RunEvent e : s.history().events()) {
            String label = text.getString("event." + e.kind().id());
            out.add(e.kind() == RunEvent.Kind.DIVERGED ? EventMarker.alarm(e.step(), label) : EventMarker.note(e.step(), label));
        }
        return out;
    }
}

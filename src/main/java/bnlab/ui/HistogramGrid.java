package bnlab.ui;

import bnlab.stats.LayerStats;
import bnlab.stats.Quantity;
import bnlab.train.RunSnapshot;
import bnlab.train.StatsFrame;
import bnlab.ui.chart.ChartStrings;
import bnlab.ui.chart.ChartStyle;
import bnlab.ui.chart.ChartView;
import bnlab.ui.chart.HistogramView;
import bnlab.ui.chart.Palette;
import bnlab.ui.chart.RidgelineView;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * One network's histograms: a row per hidden layer, columns pre-activation / activation /
 * gradient, each a live histogram or (in offset mode) a ridgeline of its recent history. Rebuilt
 * when the number of layers changes.
 */
final class HistogramGrid extends VBox implements HistogramTurns.Waiting {
    static final Quantity[] COLUMNS = {Quantity.PRE_ACTIVATION, Quantity.ACTIVATION, Quantity.GRADIENT};
    private static final Color[] COLUMN_COLORS = {Palette.BLUE, Palette.BLUISH_GREEN, Palette.REDDISH_PURPLE};

    private final ResourceBundle text;
    private final Label heading = new Label();
    private final GridPane grid = new GridPane();
    private final List<HistogramView[]> histograms = new ArrayList<>();
    private final List<RidgelineView[]> ridgelines = new ArrayList<>();
    private final List<Label> rowLabels = new ArrayList<>();
    private boolean ridgelineMode;
    private ChartStyle style = ChartStyle.DEFAULT;
    private ChartStrings strings;
    private StatsFrame shownStats;
    private Object[] pending = new Object[0]; // per cell: HistogramData or a ridgeline history, waiting to be shown
    private int nextPending;
    private boolean shownTrainingMode;
    private final List<Label> columnHeaders = new ArrayList<>();
    private final List<StackPane[]> cells = new ArrayList<>();
    private java.util.Map<Quantity, List<Integer>> highlights = java.util.Map.of();
    private Color variantColor;
    private Quantity onlyColumn;

    HistogramGrid(ResourceBundle text, ChartStrings strings) {
        this.text = text;
        this.strings = strings;
        getStyleClass().add("histogram-grid");
        heading.getStyleClass().add("network-heading");
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.setAlignment(Pos.CENTER);
        WrappingLabels.fitHeight(heading); // a long variant name takes two lines rather than an ellipsis
        heading.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        grid.getStyleClass().add("grid");
        grid.setHgap(4);
        grid.setVgap(4);
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(heading, grid);
    }

    /** The run's name over the grid, underlined in its colour (style class variant-INDEX). */
    void setHeading(String s, int index) {
        heading.setText(s);
        heading.getStyleClass().removeIf(c -> c.startsWith("variant-"));
        heading.getStyleClass().add("variant-" + index);
        heading.setVisible(!s.isEmpty());
        heading.setManaged(!s.isEmpty());
    }

    String heading() {
        return heading.getText();
    }

    /** The run's name over the grid (the grids of a comparison give their headings one height). */
    Label headingLabel() {
        return heading;
    }

    /** Bars in the run's colour in a comparison; null: one colour per quantity (a single network). */
    void setVariantColor(Color c) {
        variantColor = c;
        applyColors();
    }

    private void applyColors() {
        for (int l = 0; l < histograms.size(); l++) {
            for (int c = 0; c < COLUMNS.length; c++) {
                Color color = variantColor != null ? variantColor : COLUMN_COLORS[c];
                histograms.get(l)[c].setBarColor(color);
                ridgelines.get(l)[c].setLineColor(color);
            }
        }
    }

    /**
     * Shows only the column of {@code q} (null: all three), the others give their room away, and so does
     * the row of column headers (the quantity's selector above the grids names it).
     */
    void showOnly(Quantity q) {
        if (q == onlyColumn) return;
        onlyColumn = q;
        applyColumns();
    }

    private void applyColumns() {
        // A hidden column keeps its gap: with one column shown the gap goes, the layer numbers keep theirs.
        grid.setHgap(onlyColumn == null ? 4 : 0);
        if (!grid.getColumnConstraints().isEmpty()) grid.getColumnConstraints().get(0).setMinWidth(onlyColumn == null ? 18 : 20);
        for (int c = 0; c < COLUMNS.length; c++) {
            boolean on = onlyColumn == null || onlyColumn == COLUMNS[c];
            if (c + 1 < grid.getColumnConstraints().size()) {
                ColumnConstraints cc = grid.getColumnConstraints().get(c + 1);
                cc.setMinWidth(on ? 80 : 0);
                cc.setMaxWidth(on ? Double.MAX_VALUE : 0);
            }
            // One quantity: the selector above the grids names it, so no header takes a plot's height.
            if (c < columnHeaders.size()) show(columnHeaders.get(c), onlyColumn == null);
            for (StackPane[] row : cells) show(row[c], on);
        }
    }

    private static void show(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }


    int layerCount() {
        return histograms.size();
    }

    HistogramView histogram(int layer, Quantity q) {
        return histograms.get(layer)[column(q)];
    }

    private static int column(Quantity q) {
        for (int i = 0; i < COLUMNS.length; i++) if (COLUMNS[i] == q) return i;
        throw new IllegalArgumentException(q.toString());
    }

    /** Makes one row per layer (rebuilding only when the count changes). */
    void ensureLayers(int layers) {
        if (layers == histograms.size()) return;
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        histograms.clear();
        ridgelines.clear();
        rowLabels.clear();
        cells.clear();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(18);
        grid.getColumnConstraints().add(labels);
        for (int c = 0; c < COLUMNS.length; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setPercentWidth(-1);
            cc.setMinWidth(80);
            grid.getColumnConstraints().add(cc);
        }
        columnHeaders.clear();
        grid.getRowConstraints().add(new RowConstraints());
        for (int c = 0; c < COLUMNS.length; c++) {
            Label h = new Label();
            h.getStyleClass().add("column-header");
            h.setMaxWidth(Double.MAX_VALUE);
            h.setAlignment(Pos.CENTER);
            columnHeaders.add(h);
            grid.add(h, c + 1, 0);
        }
        for (int l = 0; l < layers; l++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setMinHeight(minRowHeight(style));
            rc.setPrefHeight(150);
            grid.getRowConstraints().add(rc);
            Label rowLabel = new Label(String.valueOf(l + 1));
            rowLabel.getStyleClass().add("layer-label");
            rowLabel.setTooltip(new Tooltip(Messages.format(text, "grid.layerTooltip", l + 1)));
            rowLabels.add(rowLabel);
            grid.add(rowLabel, 0, l + 1);
            HistogramView[] hs = new HistogramView[COLUMNS.length];
            RidgelineView[] rs = new RidgelineView[COLUMNS.length];
            StackPane[] rowCells = new StackPane[COLUMNS.length];
            for (int c = 0; c < COLUMNS.length; c++) {
                HistogramView h = new HistogramView();
                h.setCompact(true);
                RidgelineView r = new RidgelineView();
                r.setVisible(ridgelineMode);
                h.setVisible(!ridgelineMode);
                for (ChartView v : new ChartView[] {h, r}) {
                    v.setChartStyle(style);
                    v.setStrings(strings);
                    v.setMinSize(80, 70);
                    HelpTips.install(v);
                }
                hs[c] = h;
                rs[c] = r;
                StackPane cell = new StackPane(h, r);
                cell.getStyleClass().add("chart-cell");
                rowCells[c] = cell;
                grid.add(cell, c + 1, l + 1);
            }
            histograms.add(hs);
            ridgelines.add(rs);
            cells.add(rowCells);
        }
        applyHighlights();
        applyColors();
        applyColumns();
        relabel();
        pending = new Object[layers * COLUMNS.length];
        nextPending = 0;
        shownStats = null;
    }

    /** Calls {@code onLayer} with the 0-based hidden layer of a histogram the user clicks. */
    void setOnLayerClicked(java.util.function.IntConsumer onLayer) {
        grid.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            for (javafx.scene.Node n = e.getPickResult().getIntersectedNode(); n != null && n != grid; n = n.getParent()) {
                if (n.getParent() != grid) continue;
                Integer row = GridPane.getRowIndex(n);
                if (row != null && row >= 1) onLayer.accept(row - 1);
                return;
            }
        });
    }

    /** Titles and help texts in the current language. */
    void relabel() {
        for (int c = 0; c < columnHeaders.size(); c++) {
            columnHeaders.get(c).setText(text.getString("quantity." + COLUMNS[c].id()));
            columnHeaders.get(c).setTooltip(new Tooltip(text.getString("help.histogram." + COLUMNS[c].id())));
        }
        for (int l = 0; l < histograms.size(); l++) {
            for (int c = 0; c < COLUMNS.length; c++) {
                String q = COLUMNS[c].id();
                String title = Messages.format(text, "grid.cellTitle", l + 1, text.getString("quantity." + q));
                String help = text.getString("help.histogram." + q) + " " + text.getString("help.histogram.common");
                for (ChartView v : new ChartView[] {histograms.get(l)[c], ridgelines.get(l)[c]}) {
                    v.setTitle(""); // the column header and row number say it; the plot gets the room
                    v.setHelpText(v instanceof RidgelineView ? text.getString("help.ridgeline") : help);
                }
                histograms.get(l)[c].setXAxisLabel(text.getString("axis.short." + q));
                ridgelines.get(l)[c].setXAxisLabel(text.getString("axis.short." + q));
            }
        }
    }

    /**
     * Marks the columns a lesson talks about, and in them the listed layers (counted from 1; an
     * empty list: every layer). Kept across rebuilds.
     */
    void setHighlights(java.util.Map<Quantity, List<Integer>> h) {
        highlights = java.util.Map.copyOf(h);
        applyHighlights();
    }

    private void applyHighlights() {
        for (int c = 0; c < COLUMNS.length; c++) {
            List<Integer> layers = highlights.get(COLUMNS[c]);
            if (c < columnHeaders.size()) mark(columnHeaders.get(c), layers != null);
            for (int l = 0; l < cells.size(); l++) {
                mark(cells.get(l)[c], layers != null && (layers.isEmpty() || layers.contains(l + 1)));
            }
        }
    }

    static void mark(javafx.scene.Node n, boolean on) {
        n.getStyleClass().remove("highlighted");
        if (on) n.getStyleClass().add("highlighted");
    }

    void setStrings(ChartStrings s) {
        strings = s;
        forEachView(v -> v.setStrings(s));
        relabel();
    }

    void setChartStyle(ChartStyle s) {
        style = s;
        forEachView(v -> v.setChartStyle(s));
        for (int r = 1; r < grid.getRowConstraints().size(); r++) grid.getRowConstraints().get(r).setMinHeight(minRowHeight(s));
    }

    /**
     * A row no lower than its histogram's note, axis and a 40-pixel plot need: a deep network (lesson 5's
     * eight layers) makes the grids scroll rather than squash every plot to a line.
     */
    static double minRowHeight(ChartStyle s) {
        return s == ChartStyle.PRESENTER ? 140 : 125;
    }

    void setRidgelineMode(boolean on) {
        ridgelineMode = on;
        for (int l = 0; l < histograms.size(); l++) {
            for (int c = 0; c < COLUMNS.length; c++) {
                histograms.get(l)[c].setVisible(!on);
                ridgelines.get(l)[c].setVisible(on);
            }
        }
        shownStats = null;
    }

    private void forEachView(java.util.function.Consumer<ChartView> f) {
        for (HistogramView[] hs : histograms) for (HistogramView h : hs) f.accept(h);
        for (RidgelineView[] rs : ridgelines) for (RidgelineView r : rs) f.accept(r);
    }

    /**
     * Takes a snapshot's latest measurement for showing; nothing is drawn yet: {@link #flush} hands
     * it to the views a few at a time, so no single frame has to redraw every chart.
     */
    void show(RunSnapshot s, boolean trainingMode) {
        if (s == null) return;
        StatsFrame f = s.stats();
        if (f == null || (f == shownStats && trainingMode == shownTrainingMode)) return;
        ensureLayers(f.inference().size());
        List<LayerStats> layers = trainingMode && f.hasTrainingMode() ? f.training() : f.inference();
        for (int l = 0; l < layers.size(); l++) {
            for (int c = 0; c < COLUMNS.length; c++) {
                pending[l * COLUMNS.length + c] = ridgelineMode
                        ? ChartData.ridgeline(s.history().recentHistograms(l, COLUMNS[c]))
                        : ChartData.histogram(layers.get(l).get(COLUMNS[c]));
            }
        }
        shownStats = f;
        shownTrainingMode = trainingMode;
    }

    boolean hasPending() {
        for (Object p : pending) if (p != null) return true;
        return false;
    }

    /** Hands up to {@code budget} waiting measurements to their views; returns how many it used. */
    @Override
    @SuppressWarnings("unchecked")
    public int flush(int budget) {
        int used = 0;
        for (int n = 0; n < pending.length && used < budget; n++) {
            int i = (nextPending + n) % pending.length;
            Object p = pending[i];
            if (p == null) continue;
            pending[i] = null;
            int l = i / COLUMNS.length;
            int c = i % COLUMNS.length;
            if (p instanceof bnlab.ui.chart.HistogramData d) {
                histograms.get(l)[c].setData(d);
            } else {
                ridgelines.get(l)[c].setHistory((List<bnlab.ui.chart.StepHistogram>) p);
            }
            used++;
            nextPending = (i + 1) % pending.length;
        }
        return used;
    }

    /** Uses one y scale per cell for all these grids, so every run is drawn on identical axes. */
    static void shareYScale(List<HistogramGrid> grids, bnlab.ui.chart.StableMax[][] shared) {
        for (int l = 0; l < shared.length; l++) {
            for (int c = 0; c < COLUMNS.length; c++) {
                double peak = 0;
                for (HistogramGrid g : grids) {
                    if (l >= g.layerCount()) return;
                    HistogramView h = g.histograms.get(l)[c];
                    if (h.getData() != null) peak = Math.max(peak, h.getData().peakFraction());
                }
                double y = shared[l][c].update(peak);
                if (y > 0) for (HistogramGrid g : grids) g.histograms.get(l)[c].setFixedYMax(y);
            }
        }
    }

    /** Lets each view scale on its own again (single network). */
    void releaseYScale() {
        for (HistogramView[] hs : histograms) for (HistogramView h : hs) h.setFixedYMax(Double.NaN);
    }
}

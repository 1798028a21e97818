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
final class HistogramGrid extends VBox {
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
    private boolean shownTrainingMode;
    private final List<Label> columnHeaders = new ArrayList<>();

    HistogramGrid(ResourceBundle text, ChartStrings strings) {
        this.text = text;
        this.strings = strings;
        getStyleClass().add("histogram-grid");
        heading.getStyleClass().add("network-heading");
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.setAlignment(Pos.CENTER);
        grid.getStyleClass().add("grid");
        grid.setHgap(4);
        grid.setVgap(4);
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(heading, grid);
    }

    void setHeading(String s) {
        heading.setText(s);
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
            rc.setMinHeight(90);
            rc.setPrefHeight(150);
            grid.getRowConstraints().add(rc);
            Label rowLabel = new Label(String.valueOf(l + 1));
            rowLabel.getStyleClass().add("layer-label");
            rowLabel.setTooltip(new Tooltip(Messages.format(text, "grid.layerTooltip", l + 1)));
            rowLabels.add(rowLabel);
            grid.add(rowLabel, 0, l + 1);
            HistogramView[] hs = new HistogramView[COLUMNS.length];
            RidgelineView[] rs = new RidgelineView[COLUMNS.length];
            for (int c = 0; c < COLUMNS.length; c++) {
                HistogramView h = new HistogramView();
                h.setCompact(true);
                h.setBarColor(COLUMN_COLORS[c]);
                RidgelineView r = new RidgelineView();
                r.setLineColor(COLUMN_COLORS[c]);
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
                grid.add(cell, c + 1, l + 1);
            }
            histograms.add(hs);
            ridgelines.add(rs);
        }
        relabel();
        shownStats = null;
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

    void setStrings(ChartStrings s) {
        strings = s;
        forEachView(v -> v.setStrings(s));
        relabel();
    }

    void setChartStyle(ChartStyle s) {
        style = s;
        forEachView(v -> v.setChartStyle(s));
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

    /** Shows a snapshot's latest measurement; does nothing until a new measurement arrives. */
    void show(RunSnapshot s, boolean trainingMode) {
        if (s == null) return;
        StatsFrame f = s.stats();
        if (f == null || (f == shownStats && trainingMode == shownTrainingMode)) return;
        ensureLayers(f.inference().size());
        List<LayerStats> layers = trainingMode && f.hasTrainingMode() ? f.training() : f.inference();
        for (int l = 0; l < layers.size(); l++) {
            for (int c = 0; c < COLUMNS.length; c++) {
                if (ridgelineMode) {
                    ridgelines.get(l)[c].setHistory(ChartData.ridgeline(s.history().recentHistograms(l, COLUMNS[c])));
                } else {
                    histograms.get(l)[c].setData(ChartData.histogram(layers.get(l).get(COLUMNS[c])));
                }
            }
        }
        shownStats = f;
        shownTrainingMode = trainingMode;
    }

    /** Uses one y scale for this grid and its twin, so both are drawn on identical axes. */
    void shareYScale(HistogramGrid twin, bnlab.ui.chart.StableMax[][] shared) {
        int layers = Math.min(layerCount(), twin.layerCount());
        for (int l = 0; l < layers && l < shared.length; l++) {
            for (int c = 0; c < COLUMNS.length; c++) {
                HistogramView a = histograms.get(l)[c];
                HistogramView b = twin.histograms.get(l)[c];
                double peak = 0;
                for (HistogramView h : new HistogramView[] {a, b}) {
                    if (h.getData() != null) peak = Math.max(peak, h.getData().peakFraction());
                }
                double y = shared[l][c].update(peak);
                if (y > 0) {
                    a.setFixedYMax(y);
                    b.setFixedYMax(y);
                }
            }
        }
    }

    /** Lets each view scale on its own again (single network). */
    void releaseYScale() {
        for (HistogramView[] hs : histograms) for (HistogramView h : hs) h.setFixedYMax(Double.NaN);
    }
}

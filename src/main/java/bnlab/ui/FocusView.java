package bnlab.ui;

import bnlab.stats.LayerStats;
import bnlab.stats.Quantity;
import bnlab.train.RunSnapshot;
import bnlab.train.StatsFrame;
import bnlab.ui.chart.ChartStrings;
import bnlab.ui.chart.ChartStyle;
import bnlab.ui.chart.ChartView;
import bnlab.ui.chart.HistogramView;
import bnlab.ui.chart.PercentileBandView;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * One layer, large, for every run: its three quantities side by side (a row per run, in the run's
 * colour), its pre-activation bands over the steps and the loss and accuracy curves. What a
 * teacher points at; it covers the charts until Esc (or the back button) closes it.
 */
final class FocusView extends VBox {
    private static final long SLOW_INTERVAL = 500_000_000L;
    private static final double ROW_HEAD_WIDTH = 205;

    private final ResourceBundle text;
    private final Label title = new Label();
    private final Button back = new Button();
    private final GridPane histograms = new GridPane();
    private final HBox bandsRow = new HBox(6);
    private final CurvesPanel curves;
    private final List<HistogramView[]> views = new ArrayList<>();
    private final List<PercentileBandView> bands = new ArrayList<>();
    private final List<Label> rowHeads = new ArrayList<>();
    private ChartStyle style = ChartStyle.DEFAULT;
    private ChartStrings strings;
    private int layer = -1;
    private List<String> names = List.of();
    private final List<StatsFrame> shown = new ArrayList<>();
    private long lastSlow;

    FocusView(ResourceBundle text, ChartStrings strings, Runnable close) {
        this.text = text;
        this.strings = strings;
        getStyleClass().add("focus-view");
        setSpacing(6);
        title.getStyleClass().add("section-title");
        back.setText(text.getString("focus.back"));
        back.setFocusTraversable(false);
        back.setMinWidth(USE_PREF_SIZE);
        back.setOnAction(e -> close.run());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, back);
        header.setAlignment(Pos.CENTER_LEFT);
        histograms.setHgap(6);
        histograms.setVgap(6);
        VBox.setVgrow(histograms, Priority.ALWAYS);
        curves = new CurvesPanel(text);
        curves.setStrings(strings);
        Label bandsTitle = new Label(text.getString("focus.bands"));
        bandsTitle.getStyleClass().add("column-header");
        WrappingLabels.fitHeight(bandsTitle);
        VBox.setVgrow(bandsRow, Priority.ALWAYS);
        VBox.setVgrow(curves, Priority.ALWAYS);
        // The histograms take the height (three runs' rows), the bands and curves a column beside them.
        VBox side = new VBox(4, bandsTitle, bandsRow, curves);
        // Wide enough for each run's bands to label the steps they span (three side by side).
        side.minWidthProperty().bind(javafx.beans.binding.Bindings.max(340, widthProperty().multiply(0.36)));
        side.prefWidthProperty().bind(widthProperty().multiply(0.4));
        HBox.setHgrow(histograms, Priority.ALWAYS);
        HBox bottom = new HBox(8, histograms, side);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        getChildren().addAll(header, bottom);
        setVisible(false);
    }

    boolean isActive() {
        return isVisible();
    }

    int layer() {
        return layer;
    }

    /** Shows layer {@code l} (from 0); the next {@link #show} fills it. */
    void open(int l) {
        layer = l;
        title.setText(Messages.format(text, "focus.title", l + 1));
        shown.clear();
        lastSlow = 0;
        setVisible(true);
    }

    void close() {
        setVisible(false);
    }

    CurvesPanel curves() {
        return curves;
    }

    List<HistogramView[]> histogramViews() {
        return views;
    }

    List<PercentileBandView> bandViews() {
        return bands;
    }

    void setChartStyle(ChartStyle s) {
        style = s;
        forEachView(v -> v.setChartStyle(s));
        curves.setChartStyle(s);
    }

    private void forEachView(java.util.function.Consumer<ChartView> f) {
        for (HistogramView[] row : views) for (HistogramView v : row) f.accept(v);
        bands.forEach(f);
    }

    private void ensure(List<RunSnapshot> runs) {
        List<String> now = VariantLook.names(runs);
        if (now.equals(names)) return;
        names = now;
        histograms.getChildren().clear();
        histograms.getColumnConstraints().clear();
        histograms.getRowConstraints().clear();
        views.clear();
        rowHeads.clear();
        bands.clear();
        bandsRow.getChildren().clear();
        boolean several = runs.size() > 1;
        ColumnConstraints heads = new ColumnConstraints();
        heads.setMinWidth(USE_PREF_SIZE); // the names keep their width (whole words); the histograms give way
        histograms.getColumnConstraints().add(heads);
        for (int c = 0; c < HistogramGrid.COLUMNS.length; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setPercentWidth(-1);
            histograms.getColumnConstraints().add(cc);
            Label head = new Label(text.getString("quantity." + HistogramGrid.COLUMNS[c].id()));
            head.getStyleClass().add("column-header");
            head.setMaxWidth(Double.MAX_VALUE);
            head.setAlignment(Pos.CENTER);
            head.setMinWidth(USE_PREF_SIZE);
            histograms.add(head, c + 1, 0);
        }
        histograms.getRowConstraints().add(new RowConstraints());
        for (int r = 0; r < runs.size(); r++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setMinHeight(115);
            histograms.getRowConstraints().add(rc);
            Label head = new Label(several ? VariantLook.name(text, names.get(r)) : "");
            head.getStyleClass().addAll("network-heading", "variant-" + r, "focus-row-head");
            head.setMaxWidth(ROW_HEAD_WIDTH); // a long name takes two lines and leaves the histograms their room
            WrappingLabels.fitHeight(head);
            rowHeads.add(head);
            histograms.add(head, 0, r + 1);
            HistogramView[] row = new HistogramView[HistogramGrid.COLUMNS.length];
            for (int c = 0; c < row.length; c++) {
                HistogramView v = new HistogramView();
                v.setCompact(true); // the column head names it: the plot gets the room
                v.setBarColor(several ? VariantLook.color(r) : VariantLook.color(0));
                v.setXAxisLabel(text.getString("axis.short." + HistogramGrid.COLUMNS[c].id()));
                v.setHelpText(text.getString("help.histogram." + HistogramGrid.COLUMNS[c].id()));
                v.setMinSize(120, 90);
                GridPane.setHgrow(v, Priority.ALWAYS);
                GridPane.setVgrow(v, Priority.ALWAYS);
                row[c] = v;
                histograms.add(v, c + 1, r + 1);
            }
            views.add(row);
            PercentileBandView b = new PercentileBandView();
            b.setBandColor(VariantLook.color(r));
            b.setShowLegend(false);
            b.setMinSize(110, 120);
            HBox.setHgrow(b, Priority.ALWAYS);
            bands.add(b);
            bandsRow.getChildren().add(b);
        }
        forEachView(v -> {
            v.setChartStyle(style);
            v.setStrings(strings);
            HelpTips.install(v);
        });
        shown.clear();
    }

    /** Shows the newest measurement of the focused layer; bands and curves twice a second. */
    void show(List<RunSnapshot> runs, boolean trainingMode) {
        if (!isActive() || runs.isEmpty()) return;
        ensure(runs);
        while (shown.size() < runs.size()) shown.add(null);
        for (int r = 0; r < runs.size(); r++) {
            RunSnapshot s = runs.get(r);
            StatsFrame f = s.stats();
            if (f == null || f == shown.get(r)) continue;
            shown.set(r, f);
            if (layer >= f.inference().size()) {
                // A network without this layer (another experiment was loaded): nothing of the old one stays.
                for (HistogramView v : views.get(r)) v.setData(null);
                continue;
            }
            List<LayerStats> layers = trainingMode && f.hasTrainingMode() ? f.training() : f.inference();
            for (int c = 0; c < HistogramGrid.COLUMNS.length; c++) {
                views.get(r)[c].setData(ChartData.histogram(layers.get(layer).get(HistogramGrid.COLUMNS[c])));
            }
        }
        long now = System.nanoTime();
        if (now - lastSlow < SLOW_INTERVAL) return;
        lastSlow = now;
        curves.show(runs);
        List<List<bnlab.ui.chart.PercentilePoint>> all = new ArrayList<>();
        for (RunSnapshot s : runs) {
            if (layer >= s.history().layerCount()) {
                all.add(List.of());
                continue;
            }
            boolean training = trainingMode && !s.history().percentiles(true, layer, Quantity.PRE_ACTIVATION).isEmpty();
            all.add(ChartData.bands(s.history().percentiles(training, layer, Quantity.PRE_ACTIVATION), false));
        }
        // Every run's bands over the same steps, as in the grid's bands: a step sits at the same place in each.
        bnlab.ui.chart.ValueRange steps = BandsPanel.stepsSpanned(all, BandsPanel.stepsTrained(runs));
        for (int r = 0; r < runs.size(); r++) {
            PercentileBandView b = bands.get(r);
            // The heading above says what the bands follow; their colour (and the bar at their left) whose they are.
            b.setTitle("");
            VariantLook.markChart(b, runs.size() > 1 ? r : -1);
            b.setYAxisLabel(runs.size() > 1 ? "" : text.getString("axis.quantity." + Quantity.PRE_ACTIVATION.id()));
            b.setPoints(all.get(r));
            b.setFixedStepRange(steps);
        }
    }
}

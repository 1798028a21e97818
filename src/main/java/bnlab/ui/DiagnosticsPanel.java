package bnlab.ui;

import bnlab.stats.LayerStats;
import bnlab.stats.WeightStats;
import bnlab.train.RunSnapshot;
import bnlab.ui.chart.ChartStrings;
import bnlab.ui.chart.ChartStyle;
import bnlab.ui.chart.CurveSeries;
import bnlab.ui.chart.CurveView;
import bnlab.ui.chart.LineDash;
import bnlab.ui.chart.Palette;
import bnlab.ui.chart.ReferenceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Per-layer health: saturation, dead units and the update-to-data ratio (with its −3 reference,
 * as in DL4J's UI and Karpathy's makemore part 3), as numbers and as curves over the steps.
 */
final class DiagnosticsPanel extends VBox {
    private static final Color[] LAYER_COLORS = {Palette.BLUE, Palette.ORANGE, Palette.BLUISH_GREEN,
            Palette.REDDISH_PURPLE, Palette.VERMILLION, Palette.SKY_BLUE, Palette.BLACK, Palette.YELLOW};
    /** Colour says the layer here, so the dash says the run (in the runs' order). */
    private static final LineDash[] RUN_DASHES = {LineDash.SOLID, LineDash.DASHED, LineDash.DOTTED};

    private final GridPane table = new GridPane();
    private final CurveView ratios = new CurveView();
    private final GridPane weightGrid = new GridPane();
    private final List<bnlab.ui.chart.HistogramView[]> weightViews = new ArrayList<>();
    private ChartStrings strings = ChartStrings.english();
    private ChartStyle style = ChartStyle.DEFAULT;
    private ResourceBundle text;
    private String tableKey = "";
    private List<Object> shownFrames = List.of();
    private final List<Label> headerLabels = new ArrayList<>();
    private final List<Label[]> cells = new ArrayList<>();

    DiagnosticsPanel(ResourceBundle text) {
        this.text = text;
        getStyleClass().add("diagnostics-panel");
        setSpacing(6);
        table.getStyleClass().add("diagnostics-table");
        table.setHgap(14);
        table.setVgap(2);
        ratios.setMinSize(200, 140);
        ratios.setPrefHeight(220);
        HelpTips.install(ratios);
        weightGrid.setHgap(4);
        weightGrid.setVgap(4);
        getChildren().addAll(table, ratios, weightGrid);
        relabel(text);
    }

    void relabel(ResourceBundle t) {
        text = t;
        ratios.setTitle(t.getString("diagnostics.ratioTitle"));
        ratios.setHelpText(t.getString("help.updateRatio"));
        ratios.setYAxisLabel(t.getString("diagnostics.ratioAxis"));
        ratios.setReferenceLine(new ReferenceLine(-3, t.getString("diagnostics.reference")));
        tableKey = "";
        shownFrames = List.of();
        headerLabels.clear();
    }

    void setStrings(ChartStrings s) {
        strings = s;
        ratios.setStrings(s);
        weightViews.forEach(row -> { for (var v : row) v.setStrings(s); });
    }

    void setChartStyle(ChartStyle s) {
        style = s;
        ratios.setChartStyle(s);
        weightViews.forEach(row -> { for (var v : row) v.setChartStyle(s); });
    }

    /** Weight and weight-gradient histograms: a row per layer, two columns per network. */
    private void showWeights(List<RunSnapshot> runs) {
        int layers = 0;
        for (RunSnapshot s : runs) if (s.stats() != null) layers = s.stats().weights().size();
        int columns = 2 * runs.size();
        if (weightViews.size() != layers || (layers > 0 && weightViews.get(0).length != columns)) {
            weightGrid.getChildren().clear();
            weightViews.clear();
            for (int l = 0; l < layers; l++) {
                var row = new bnlab.ui.chart.HistogramView[columns];
                for (int c = 0; c < columns; c++) {
                    var v = new bnlab.ui.chart.HistogramView();
                    v.setMinSize(120, 110);
                    v.setPrefSize(180, 130);
                    v.setChartStyle(style);
                    v.setStrings(strings);
                    v.setBarColor(c % 2 == 0 ? Palette.BLUE : Palette.VERMILLION);
                    HelpTips.install(v);
                    javafx.scene.layout.GridPane.setHgrow(v, Priority.ALWAYS);
                    weightGrid.add(v, c, l);
                    row[c] = v;
                }
                weightViews.add(row);
            }
        }
        for (int r = 0; r < runs.size(); r++) {
            RunSnapshot s = runs.get(r);
            if (s.stats() == null) continue;
            String who = runs.size() > 1 ? VariantLook.shortName(text, s.name()) + " · " : "";
            for (int l = 0; l < layers; l++) {
                WeightStats w = s.stats().weights().get(l);
                var wv = weightViews.get(l)[2 * r];
                var gv = weightViews.get(l)[2 * r + 1];
                VariantLook.markChart(wv, runs.size() > 1 ? r : -1);
                VariantLook.markChart(gv, runs.size() > 1 ? r : -1);
                wv.setTitle(who + Messages.format(text, "diagnostics.weightsTitle", l + 1));
                gv.setTitle(who + Messages.format(text, "diagnostics.gradsTitle", l + 1));
                wv.setHelpText(text.getString("help.weights"));
                gv.setHelpText(text.getString("help.weightGrads"));
                wv.setXAxisLabel(text.getString("diagnostics.weightAxis"));
                gv.setXAxisLabel(text.getString("diagnostics.gradAxis"));
                wv.setData(ChartData.histogram(w.weights(), Double.NaN, w.weightStd()));
                gv.setData(ChartData.histogram(w.gradients(), Double.NaN, w.gradientStd()));
            }
        }
    }

    void show(List<RunSnapshot> runs) {
        List<Object> frames = runs.stream().map(r -> (Object) r.stats()).toList();
        if (frames.equals(shownFrames)) return; // nothing new measured
        shownFrames = frames;
        List<CurveSeries> series = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            RunSnapshot s = runs.get(r);
            if (s.stats() == null) continue;
            String who = VariantLook.shortName(text, s.name());
            List<LayerStats> layers = s.stats().inference();
            List<WeightStats> weights = s.stats().weights();
            for (int l = 0; l < layers.size(); l++) {
                LayerStats ls = layers.get(l);
                String[] row = {who, String.valueOf(l + 1), percent(ls.saturation()), percent(ls.dead()),
                        ratio(weights.get(l).updateRatio())};
                rows.add(row);
                key.append(String.join("|", row)).append(';');
                series.add(ChartData.curve(Messages.format(text, "diagnostics.layerSeries", who, l + 1),
                        LAYER_COLORS[l % LAYER_COLORS.length], RUN_DASHES[r % RUN_DASHES.length],
                        s.history().updateRatios(), 1 + l));
            }
        }
        ratios.setSeries(series);
        showWeights(runs);
        if (!key.toString().equals(tableKey)) {
            tableKey = key.toString();
            fillTable(rows);
        }
    }

    /** Updates the cells' texts; labels are made only when the table's shape changes. */
    private void fillTable(List<String[]> rows) {
        String[] headers = {"diagnostics.network", "diagnostics.layer", "diagnostics.saturation", "diagnostics.dead",
                "diagnostics.ratio"};
        if (cells.size() != rows.size() || headerLabels.isEmpty()) {
            table.getChildren().clear();
            headerLabels.clear();
            cells.clear();
            for (int c = 0; c < headers.length; c++) {
                Label h = new Label(text.getString(headers[c]));
                h.getStyleClass().add("table-header");
                h.setTooltip(new Tooltip(text.getString("help." + headers[c])));
                table.add(h, c, 0);
                GridPane.setHalignment(h, c >= 2 ? HPos.RIGHT : HPos.LEFT);
                headerLabels.add(h);
            }
            for (int r = 0; r < rows.size(); r++) {
                Label[] row = new Label[headers.length];
                for (int c = 0; c < headers.length; c++) {
                    row[c] = new Label();
                    row[c].getStyleClass().add("table-cell-text");
                    table.add(row[c], c, r + 1);
                    GridPane.setHalignment(row[c], c >= 2 ? HPos.RIGHT : HPos.LEFT);
                }
                cells.add(row);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < headers.length; c++) cells.get(r)[c].setText(rows.get(r)[c]);
        }
    }

    private String percent(double f) {
        return Double.isNaN(f) ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * f);
    }

    private String ratio(double r) {
        return Double.isNaN(r) ? "—" : String.format(Locale.ROOT, "%.2f", r).replace('-', '−');
    }
}

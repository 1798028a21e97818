package bnlab.ui;

import bnlab.stats.InsideNormFrame;
import bnlab.train.RunSnapshot;
import bnlab.ui.chart.ChartStrings;
import bnlab.ui.chart.ChartStyle;
import bnlab.ui.chart.CurveSeries;
import bnlab.ui.chart.CurveView;
import bnlab.ui.chart.LineDash;
import bnlab.ui.chart.NumberText;
import bnlab.ui.chart.Palette;
import bnlab.ui.chart.StripPlotView;
import bnlab.ui.chart.StripRow;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;

/**
 * "Inside BN": one unit of one layer through the normalization on the current mini-batch, as the
 * training thread copied it (z, μ_B and σ_B beside the running averages, x̂, γ·x̂ + β, and the same
 * z through the inference path), with captions that follow the three steps, the unit's γ and β
 * over the steps, and the layer's γ and β as distributions. It draws only what the snapshot holds.
 */
final class InsideNormPanel extends VBox {
    private final ResourceBundle text;
    private final ComboBox<String> network = new ComboBox<>();
    private final ComboBox<Integer> layer = new ComboBox<>();
    private final Spinner<Integer> unit = new Spinner<>(1, 1, 1);
    private final Label state = new Label();
    private final StripPlotView stages = new StripPlotView();
    private final Label step1 = new Label();
    private final Label step2 = new Label();
    private final Label step3 = new Label();
    private final Label inference = new Label();
    private final CurveView gammaBeta = new CurveView();
    private final StripPlotView layerParams = new StripPlotView();
    private final BiConsumer<String, Integer> onLayerChosen;
    private ChartStrings strings = ChartStrings.english();
    private List<RunSnapshot> runs = List.of();
    private InsideNormFrame shown;
    private int shownUnit = -1;

    /** {@code onLayerChosen} receives the network's name and the 0-based layer the user picked. */
    InsideNormPanel(ResourceBundle text, BiConsumer<String, Integer> onLayerChosen) {
        this.text = text;
        this.onLayerChosen = onLayerChosen;
        getStyleClass().add("inside-panel");
        setSpacing(4);
        // Narrower than its widest caption: captions wrap at the column's width, clear of the scroll bar.
        setMinWidth(0);
        setPadding(new javafx.geometry.Insets(0, 14, 0, 0));
        // A row that wraps rather than widening the panel past a narrow column.
        FlowPane controls = new FlowPane(6, 4, pair("inside.network", network), pair("inside.layer", layer),
                pair("inside.unit", unit));
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("band-controls");
        unit.setEditable(true);
        unit.setPrefWidth(80);
        network.getParent().setVisible(false);
        network.getParent().setManaged(false);
        for (Label l : new Label[] {state, step1, step2, step3, inference}) {
            l.setWrapText(true);
            l.getStyleClass().add("inside-caption");
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            l.setMinWidth(0);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        state.getStyleClass().add("note");
        stages.setMinWidth(200);
        stages.setTitle(text.getString("inside.stagesTitle"));
        stages.setHelpText(text.getString("help.inside"));
        gammaBeta.setMinSize(200, 120);
        gammaBeta.setPrefHeight(150);
        gammaBeta.setTitle(text.getString("inside.gammaBetaTitle"));
        gammaBeta.setHelpText(text.getString("help.insideGammaBeta"));
        layerParams.setMinWidth(200);
        layerParams.setTitle(text.getString("inside.layerParamsTitle"));
        layerParams.setHelpText(text.getString("help.insideLayerParams"));
        for (var v : new bnlab.ui.chart.ChartView[] {stages, gammaBeta, layerParams}) HelpTips.install(v);
        getChildren().addAll(controls, state, stages, step1, step2, step3, inference, gammaBeta, layerParams);
        network.valueProperty().addListener((o, a, b) -> {
            if (b != null && layer.getValue() != null) onLayerChosen.accept(b, layer.getValue() - 1);
            redraw();
        });
        layer.valueProperty().addListener((o, a, b) -> {
            if (b != null && network.getValue() != null) onLayerChosen.accept(network.getValue(), b - 1);
            redraw();
        });
        unit.valueProperty().addListener((o, a, b) -> redraw());
    }

    private HBox pair(String labelKey, javafx.scene.Node control) {
        Label l = new Label(text.getString(labelKey));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(4, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    void setStrings(ChartStrings s) {
        strings = s;
        for (var v : new bnlab.ui.chart.ChartView[] {stages, gammaBeta, layerParams}) v.setStrings(s);
    }

    void setChartStyle(ChartStyle s) {
        for (var v : new bnlab.ui.chart.ChartView[] {stages, gammaBeta, layerParams}) v.setChartStyle(s);
    }

    /** The networks' newest snapshots; redraws only when the chosen network's capture changed. */
    void show(List<RunSnapshot> snapshots) {
        List<String> names = snapshots.stream().map(RunSnapshot::name).toList();
        if (!names.equals(network.getItems())) {
            String keep = network.getValue();
            network.getItems().setAll(names);
            network.setValue(names.contains(keep) ? keep : names.isEmpty() ? null : names.get(0));
            boolean several = names.size() > 1;
            network.getParent().setVisible(several);
            network.getParent().setManaged(several);
        }
        runs = snapshots;
        RunSnapshot s = chosen();
        if (s != null) {
            int layers = s.history().layerCount();
            if (layer.getItems().size() != layers) {
                List<Integer> items = new ArrayList<>();
                for (int i = 1; i <= layers; i++) items.add(i);
                layer.getItems().setAll(items);
                layer.setValue(1);
            }
        }
        InsideNormFrame f = s == null ? null : s.inside();
        if (f == shown && unitIndex(f) == shownUnit) return;
        redraw();
    }

    /** Follow layer {@code layerIndex} (0-based) of the {@code networkIndex}-th network (a clicked histogram). */
    void choose(int networkIndex, int layerIndex) {
        if (networkIndex < network.getItems().size()) network.setValue(network.getItems().get(networkIndex));
        if (layerIndex + 1 <= layer.getItems().size()) layer.setValue(layerIndex + 1);
    }

    /** What the view shows now, for tests: the rows drawn and the note above them. */
    List<StripRow> shownRows() {
        return stages.getRows();
    }

    String stateText() {
        return state.isVisible() ? state.getText() : "";
    }

    String stepCaption() {
        return step1.isVisible() ? step1.getText() + " " + step2.getText() + " " + step3.getText() : "";
    }

    private RunSnapshot chosen() {
        for (RunSnapshot r : runs) if (r.name().equals(network.getValue())) return r;
        return runs.isEmpty() ? null : runs.get(0);
    }

    private int unitIndex(InsideNormFrame f) {
        int u = unit.getValue() == null ? 0 : unit.getValue() - 1;
        return f == null ? u : Math.max(0, Math.min(u, f.units() - 1));
    }

    private void redraw() {
        RunSnapshot s = chosen();
        InsideNormFrame f = s == null ? null : s.inside();
        shown = f;
        shownUnit = unitIndex(f);
        if (f == null) {
            clear(text.getString("inside.noBatch"));
            return;
        }
        if (unit.getValueFactory() instanceof SpinnerValueFactory.IntegerSpinnerValueFactory v && v.getMax() != f.units()) {
            v.setMax(f.units());
        }
        int u = shownUnit;
        NumberText n = strings.numbers();
        List<String> notes = new ArrayList<>();
        Integer wanted = layer.getValue();
        if (wanted != null && wanted - 1 != f.layer()) {
            notes.add(Messages.format(text, "inside.nextStep", wanted));
            onLayerChosen.accept(s.name(), wanted - 1); // again: a network rebuilt since (reset, new settings) starts at layer 1
        }
        String who = Messages.format(text, "inside.who", f.layer() + 1, u + 1, n.count(f.step()));
        if (f.examples() < f.batchSize()) who += Messages.format(text, "inside.capped", f.examples(), f.batchSize());
        stages.setNote(who);
        List<StripRow> rows = new ArrayList<>();
        double[] z = f.column(f.z(), u);
        StripRow.Mark batchMark = null;
        StripRow.Mark runningMark = null;
        if (f.batchMean() != null) {
            batchMark = new StripRow.Mark(text.getString("inside.batchStats"), f.batchMean()[u],
                    Math.sqrt(f.batchVar()[u] + f.epsilon()), Palette.BLUE, false);
        }
        if (f.runningMean() != null) {
            runningMark = new StripRow.Mark(text.getString("inside.runningStats"), f.runningMean()[u],
                    Math.sqrt(f.runningVar()[u] + f.epsilon()), Palette.ORANGE, true);
        }
        List<StripRow.Mark> zMarks = new ArrayList<>();
        if (batchMark != null) zMarks.add(batchMark);
        if (runningMark != null) zMarks.add(runningMark);
        rows.add(new StripRow(text.getString("inside.row.z"), z, Palette.BLACK, zMarks, 0));
        boolean caption = false;
        if (s.kind() == bnlab.nn.NormKind.NONE) {
            notes.add(text.getString("inside.none"));
        } else if (!f.active()) {
            notes.add(text.getString("inside.bypassed"));
        } else if (f.xhat() == null || f.batchMean() == null) {
            // Layer norm, group norm (across the units of one example) or batch renorm (batch statistics
            // corrected by the running ones): the view shows what goes in and what comes out.
            notes.add(text.getString(switch (s.kind()) {
                case GROUP -> "inside.groupNorm";
                case BATCH_RENORM -> "inside.renorm";
                default -> "inside.layerNorm";
            }));
            rows.add(new StripRow(text.getString("inside.row.lnOutput"), f.column(f.output(), u), Palette.BLUISH_GREEN,
                    List.of(), 0));
        } else {
            caption = true;
            double g = f.gamma()[u];
            double b = f.beta()[u];
            rows.add(new StripRow(text.getString("inside.row.xhat"), f.column(f.xhat(), u), Palette.SKY_BLUE,
                    List.of(new StripRow.Mark(text.getString("inside.unitScale"), 0, 1, Palette.BLUE, false)), 0));
            StripRow.Mark affine = new StripRow.Mark(text.getString("inside.affine"), b, Math.abs(g), Palette.BLUE, false);
            rows.add(new StripRow(text.getString("inside.row.output"), f.column(f.output(), u), Palette.BLUE,
                    List.of(affine), 0));
            if (f.noisy() != null) {
                rows.add(new StripRow(text.getString("inside.row.noisy"), f.column(f.noisy(), u),
                        Palette.REDDISH_PURPLE, List.of(), 0));
            }
            step1.setText(Messages.format(text, "inside.step1", n.compact(f.batchMean()[u]),
                    n.compact(Math.sqrt(f.batchVar()[u])), f.batchSize(), n.compact(f.runningMean()[u]),
                    n.compact(Math.sqrt(f.runningVar()[u]))));
            step2.setText(text.getString(f.batchSize() == 2 ? "inside.step2.pair" : "inside.step2"));
            step3.setText(Messages.format(text, "inside.step3", n.compact(g), n.compact(b)));
            inference.setText(text.getString(f.noisy() != null ? "inside.inference.noisy" : "inside.inference"));
        }
        if (f.inference() != null) {
            rows.add(new StripRow(text.getString("inside.row.inference"), f.column(f.inference(), u), Palette.ORANGE,
                    f.gamma() == null ? List.of() : List.of(new StripRow.Mark(text.getString("inside.affine"),
                            f.beta()[u], Math.abs(f.gamma()[u]), Palette.BLUE, false)), 0));
        }
        for (Label l : new Label[] {step1, step2, step3, inference}) {
            l.setVisible(caption);
            l.setManaged(caption);
        }
        state.setText(String.join(" ", notes));
        state.setVisible(!notes.isEmpty());
        state.setManaged(!notes.isEmpty());
        stages.setRows(rows);
        showParameters(f, u);
    }

    private void showParameters(InsideNormFrame f, int u) {
        boolean has = f.gamma() != null;
        gammaBeta.setVisible(has);
        gammaBeta.setManaged(has);
        layerParams.setVisible(has);
        layerParams.setManaged(has);
        if (!has) return;
        var h = f.gammaBeta();
        List<CurveSeries> series = new ArrayList<>();
        if (h.width() == 1 + 2 * f.units()) {
            series.add(ChartData.curve(text.getString("inside.gamma"), Palette.BLUE, LineDash.SOLID, h, 1 + u));
            series.add(ChartData.curve(text.getString("inside.beta"), Palette.VERMILLION, LineDash.DASHED, h,
                    1 + f.units() + u));
        }
        gammaBeta.setSeries(series);
        layerParams.setNote(Messages.format(text, "inside.layerParamsNote", f.layer() + 1, u + 1));
        layerParams.setRows(List.of(
                new StripRow(text.getString("inside.gammaAll"), f.gamma(), Palette.BLUE, List.of(), u),
                new StripRow(text.getString("inside.betaAll"), f.beta(), Palette.VERMILLION, List.of(), u)));
    }

    private void clear(String why) {
        state.setText(why);
        state.setVisible(true);
        state.setManaged(true);
        stages.setRows(List.of());
        stages.setNote("");
        for (Label l : new Label[] {step1, step2, step3, inference}) {
            l.setVisible(false);
            l.setManaged(false);
        }
        gammaBeta.setSeries(List.of());
        layerParams.setRows(List.of());
    }

}

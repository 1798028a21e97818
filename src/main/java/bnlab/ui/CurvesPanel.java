package bnlab.ui;

import bnlab.train.RunEvent;
import bnlab.train.RunSnapshot;
import bnlab.ui.chart.ChartStrings;
import bnlab.ui.chart.ChartStyle;
import bnlab.ui.chart.CurveSeries;
import bnlab.ui.chart.CurveView;
import bnlab.ui.chart.EventMarker;
import bnlab.ui.chart.LineDash;
import bnlab.ui.chart.ValueRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Loss and accuracy over steps for every run (its colour; training solid and smoothed, test
 * dashed and on top), with a marker at every normalization switch and divergence, and a slider
 * for the smoothing of the per-step training curves; and the gradient norm of every training step
 * before clipping (the exploding-gradients lesson's chart).
 */
final class CurvesPanel extends VBox {
    /** TensorBoard's default smoothing weight. */
    static final double DEFAULT_SMOOTHING = 0.6;

    private final CurveView loss = new CurveView();
    private final CurveView accuracy = new CurveView();
    private final CurveView gradientNorm = new CurveView();
    // The gradient-norm chart takes room from the other two, so it shows only where it tells something:
    // an experiment that clips gradients, or a lesson that points at it.
    private boolean clipping;
    private boolean highlighted;
    private final DoubleProperty smoothing = new SimpleDoubleProperty(DEFAULT_SMOOTHING);
    private final Slider smoothingSlider = new Slider(0, 0.99, DEFAULT_SMOOTHING);
    private final Label smoothingLabel = new Label();
    private final Label smoothingValue = new Label();
    private final javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane();
    private List<String> legendNames = List.of();
    private ResourceBundle text;
    private boolean presenter;

    CurvesPanel(ResourceBundle text) {
        getStyleClass().add("curves-panel");
        setSpacing(2);
        HBox charts = new HBox(6, loss, accuracy, gradientNorm);
        for (CurveView v : new CurveView[] {loss, accuracy, gradientNorm}) {
            v.setMinSize(110, 120); // three side by side must fit the right column at 1280×720
            v.setPrefSize(240, 220);
            HBox.setHgrow(v, Priority.ALWAYS);
            v.smoothingProperty().bind(smoothing);
            HelpTips.install(v);
        }
        VBox.setVgrow(charts, Priority.ALWAYS);
        loss.setLogScaleY(true);
        accuracy.setFixedYRange(new ValueRange(0, 1));
        gradientNorm.setLogScaleY(true);
        showGradientNorm();
        smoothingSlider.setId("smoothingSlider");
        smoothingSlider.setFocusTraversable(false);
        smoothingSlider.setPrefWidth(140);
        smoothingSlider.valueProperty().bindBidirectional(smoothing);
        smoothingValue.getStyleClass().add("value-label");
        smoothingValue.setMinWidth(USE_PREF_SIZE);
        smoothingLabel.setMinWidth(USE_PREF_SIZE);
        smoothing.addListener((o, a, b) -> smoothingValue.setText(String.format(Locale.ROOT, "%.2f", b.doubleValue())));
        smoothingValue.setText(String.format(Locale.ROOT, "%.2f", DEFAULT_SMOOTHING));
        HBox smoothingBox = new HBox(6, smoothingLabel, smoothingSlider, smoothingValue);
        smoothingBox.setAlignment(Pos.CENTER_RIGHT);
        // Never wider than the panel: in a narrow column the slider gives way, the label and value stay whole.
        smoothingBox.maxWidthProperty().bind(widthProperty());
        smoothingSlider.setMinWidth(60);
        // Several networks: one legend for both charts, above them (in the charts it would take the curves' room).
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(10, 2, legend, smoothingBox);
        legend.setHgap(10);
        legend.setVgap(2);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setMinWidth(0);
        // The legend wraps within the panel: laid out at its width of one row, it painted past a narrow column.
        legend.prefWrapLengthProperty().bind(widthProperty());
        controls.getStyleClass().add("curve-controls");
        getChildren().addAll(controls, charts);
        relabel(text);
    }

    CurveView lossView() {
        return loss;
    }

    CurveView accuracyView() {
        return accuracy;
    }

    CurveView gradientNormView() {
        return gradientNorm;
    }

    /** Whether the experiment shown clips gradients (any of its networks). */
    void setClipping(boolean on) {
        clipping = on;
        showGradientNorm();
    }

    /** Whether a lesson points at the gradient norm. */
    void setGradientNormHighlighted(boolean on) {
        highlighted = on;
        showGradientNorm();
    }

    boolean gradientNormShown() {
        return gradientNorm.isVisible();
    }

    private void showGradientNorm() {
        gradientNorm.setVisible(clipping || highlighted);
        gradientNorm.setManaged(clipping || highlighted);
    }

    /** The smoothing weight of the training curves, 0 to 0.99. */
    DoubleProperty smoothingProperty() {
        return smoothing;
    }

    void relabel(ResourceBundle t) {
        text = t;
        loss.setTitle(t.getString("curves.loss.title"));
        loss.setHelpText(t.getString("help.loss"));
        loss.setYAxisLabel(t.getString("curves.loss.axis"));
        accuracy.setTitle(t.getString("curves.accuracy.title"));
        accuracy.setHelpText(t.getString("help.accuracy"));
        accuracy.setYAxisLabel(t.getString("curves.accuracy.axis"));
        gradientNorm.setTitle(t.getString("curves.gradientNorm.title"));
        gradientNorm.setHelpText(t.getString("help.gradientNorm"));
        gradientNorm.setYAxisLabel(t.getString("curves.gradientNorm.axis"));
        smoothingLabel.setText(t.getString("curves.smoothing"));
        smoothingSlider.setTooltip(new Tooltip(t.getString("curves.smoothingHelp")));
    }

    void setStrings(ChartStrings s) {
        loss.setStrings(s);
        accuracy.setStrings(s);
        gradientNorm.setStrings(s);
    }

    void setChartStyle(ChartStyle s) {
        presenter = s == ChartStyle.PRESENTER;
        loss.setChartStyle(s);
        accuracy.setChartStyle(s);
        gradientNorm.setChartStyle(s);
    }

    /**
     * Several networks: one legend above both charts, an entry per network (its colour) and one per
     * kind of curve (its dash); a single network keeps the charts' own legends.
     */
    private void showLegend(List<RunSnapshot> runs) {
        List<String> names = VariantLook.names(runs);
        if (names.equals(legendNames)) return;
        legendNames = names;
        boolean several = runs.size() > 1;
        loss.setShowLegend(!several);
        accuracy.setShowLegend(!several);
        gradientNorm.setShowLegend(!several);
        legend.getChildren().clear();
        if (!several) return;
        for (int r = 0; r < runs.size(); r++) {
            legend.getChildren().add(entry(VariantLook.shortName(text, names.get(r)), VariantLook.color(r), false, 4));
        }
        var grey = javafx.scene.paint.Color.web("#444444");
        legend.getChildren().add(entry(text.getString("curves.trainKind"), grey, false, 2));
        legend.getChildren().add(entry(text.getString("curves.testKind"), grey, true, 3));
    }

    private static Label entry(String name, javafx.scene.paint.Color color, boolean dashed, double width) {
        javafx.scene.shape.Line swatch = new javafx.scene.shape.Line(0, 0, 22, 0);
        swatch.setStroke(color);
        swatch.setStrokeWidth(width);
        if (dashed) swatch.getStrokeDashArray().setAll(6.0, 4.0);
        Label l = new Label(name, swatch);
        l.getStyleClass().add("curve-legend");
        l.setMinWidth(USE_PREF_SIZE);
        return l;
    }

    void show(List<RunSnapshot> runs) {
        List<CurveSeries> l = new ArrayList<>();
        List<CurveSeries> a = new ArrayList<>();
        List<CurveSeries> lTest = new ArrayList<>();
        List<CurveSeries> aTest = new ArrayList<>();
        List<CurveSeries> g = new ArrayList<>();
        List<EventMarker> events = new ArrayList<>();
        boolean several = runs.size() > 1;
        for (int r = 0; r < runs.size(); r++) {
            RunSnapshot s = runs.get(r);
            String who = VariantLook.shortName(text, s.name());
            var color = VariantLook.color(r);
            String train = Messages.format(text, "curves.train", who);
            String test = Messages.format(text, "curves.test", who);
            l.add(ChartData.curve(train, color, LineDash.SOLID, s.history().metrics(), 1).smoothed());
            lTest.add(ChartData.curve(test, color, LineDash.DASHED, s.history().test(), 1));
            a.add(ChartData.curve(train, color, LineDash.SOLID, s.history().metrics(), 2).smoothed());
            aTest.add(ChartData.curve(test, color, LineDash.DASHED, s.history().test(), 2));
            g.add(ChartData.curve(train, color, LineDash.SOLID, s.history().metrics(),
                    bnlab.train.RunHistory.GRADIENT_NORM).smoothed());
            for (RunEvent e : s.history().events()) {
                String label = text.getString("event." + e.kind().id());
                // On a projector the charts are narrow: the bar in the network's colour says whose it is.
                if (several && !presenter) label = who + " " + label;
                EventMarker m = e.kind() == RunEvent.Kind.DIVERGED ? EventMarker.alarm(e.step(), label)
                        : EventMarker.note(e.step(), label);
                events.add(several ? m.of(color) : m); // whose event: the network's colour beside its label
            }
        }
        // Test curves after the training curves: drawn above them.
        l.addAll(lTest);
        a.addAll(aTest);
        showLegend(runs);
        loss.setSeries(l);
        accuracy.setSeries(a);
        gradientNorm.setSeries(g);
        if (presenter) events = SharedEvents.merge(events); // without a name, the same label for every network
        loss.setEvents(events);
        accuracy.setEvents(events);
        gradientNorm.setEvents(events);
    }
}

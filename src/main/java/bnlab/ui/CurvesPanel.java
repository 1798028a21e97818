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
import java.util.ResourceBundle;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Loss and accuracy over steps, training batch and test set, with a marker at every BN switch and
 * divergence; and the gradient norm of every training step before clipping.
 */
final class CurvesPanel extends javafx.scene.layout.HBox {
    private final CurveView loss = new CurveView();
    private final CurveView accuracy = new CurveView();
    private final CurveView gradientNorm = new CurveView();
    private ResourceBundle text;

    CurvesPanel(ResourceBundle text) {
        getStyleClass().add("curves-panel");
        setSpacing(6);
        for (CurveView v : new CurveView[] {loss, accuracy, gradientNorm}) {
            v.setMinSize(120, 150); // three side by side must fit the right column at 1280×720
            v.setPrefSize(220, 220);
            javafx.scene.layout.HBox.setHgrow(v, Priority.ALWAYS);
            HelpTips.install(v);
        }
        loss.setLogScaleY(true);
        accuracy.setFixedYRange(new ValueRange(0, 1));
        gradientNorm.setLogScaleY(true);
        getChildren().addAll(loss, accuracy, gradientNorm);
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
    }

    void setStrings(ChartStrings s) {
        loss.setStrings(s);
        accuracy.setStrings(s);
        gradientNorm.setStrings(s);
    }

    void setChartStyle(ChartStyle s) {
        loss.setChartStyle(s);
        accuracy.setChartStyle(s);
        gradientNorm.setChartStyle(s);
    }

    void show(List<RunSnapshot> runs) {
        List<CurveSeries> l = new ArrayList<>();
        List<CurveSeries> a = new ArrayList<>();
        List<CurveSeries> g = new ArrayList<>();
        List<EventMarker> events = new ArrayList<>();
        boolean twins = runs.size() > 1;
        for (RunSnapshot s : runs) {
            String who = text.getString("network.short." + s.name());
            var color = NetworkColors.of(s.name());
            l.add(ChartData.curve(Messages.format(text, "curves.train", who), color, LineDash.SOLID, s.history().metrics(), 1));
            l.add(ChartData.curve(Messages.format(text, "curves.test", who), color, LineDash.DASHED, s.history().test(), 1));
            a.add(ChartData.curve(Messages.format(text, "curves.train", who), color, LineDash.SOLID, s.history().metrics(), 2));
            a.add(ChartData.curve(Messages.format(text, "curves.test", who), color, LineDash.DASHED, s.history().test(), 2));
            g.add(ChartData.curve(who, color, LineDash.SOLID, s.history().metrics(), bnlab.train.RunHistory.GRADIENT_NORM));
            for (RunEvent e : s.history().events()) {
                String label = text.getString("event." + e.kind().id());
                if (twins) label = who + " " + label;
                events.add(e.kind() == RunEvent.Kind.DIVERGED ? EventMarker.alarm(e.step(), label)
                        : EventMarker.note(e.step(), label));
            }
        }
        loss.setSeries(l);
        accuracy.setSeries(a);
        gradientNorm.setSeries(g);
        loss.setEvents(events);
        accuracy.setEvents(events);
        gradientNorm.setEvents(events);
    }
}

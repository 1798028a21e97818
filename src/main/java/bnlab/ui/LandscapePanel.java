package bnlab.ui;

import bnlab.train.RunSnapshot;
import bnlab.ui.chart.ChartStrings;
import bnlab.ui.chart.ChartStyle;
import bnlab.ui.chart.CurveSeries;
import bnlab.ui.chart.CurveView;
import bnlab.ui.chart.LineDash;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The loss landscape along the gradient (Santurkar et al. 2018) for every network: how much the
 * loss changes, and how much the gradient changes, a few learning rates ahead along the gradient,
 * at each statistics measurement. Log scales: the networks differ by factors.
 */
final class LandscapePanel extends VBox {
    private final CurveView loss = new CurveView();
    private final CurveView gradient = new CurveView();
    private final ResourceBundle text;
    private List<Object> shown = List.of();

    LandscapePanel(ResourceBundle text) {
        this.text = text;
        getStyleClass().add("landscape-panel");
        setSpacing(6);
        loss.setTitle(text.getString("landscape.lossTitle"));
        loss.setHelpText(text.getString("help.landscapeLoss"));
        loss.setYAxisLabel(text.getString("landscape.lossAxis"));
        gradient.setTitle(text.getString("landscape.gradTitle"));
        gradient.setHelpText(text.getString("help.landscapeGrad"));
        gradient.setYAxisLabel(text.getString("landscape.gradAxis"));
        for (CurveView v : new CurveView[] {loss, gradient}) {
            v.setLogScaleY(true);
            v.setMinSize(200, 140);
            v.setPrefHeight(220);
            VBox.setVgrow(v, Priority.ALWAYS);
            HelpTips.install(v);
        }
        getChildren().addAll(loss, gradient);
    }

    CurveView lossView() {
        return loss;
    }

    void setStrings(ChartStrings s) {
        loss.setStrings(s);
        gradient.setStrings(s);
    }

    void setChartStyle(ChartStyle s) {
        loss.setChartStyle(s);
        gradient.setChartStyle(s);
    }

    void show(List<RunSnapshot> runs) {
        List<Object> now = runs.stream().map(r -> (Object) r.landscape()).toList();
        if (now.equals(shown)) return;
        shown = now;
        List<CurveSeries> l = new ArrayList<>();
        List<CurveSeries> g = new ArrayList<>();
        for (RunSnapshot s : runs) {
            if (s.landscape() == null) continue;
            String who = text.getString("network.short." + s.name());
            var color = NetworkColors.of(s.name());
            l.add(ChartData.curve(who, color, LineDash.SOLID, s.landscape(), 1));
            g.add(ChartData.curve(Messages.format(text, "landscape.change", who), color, LineDash.SOLID, s.landscape(), 2));
            g.add(ChartData.curve(Messages.format(text, "landscape.norm", who), color, LineDash.DASHED, s.landscape(), 4));
        }
        loss.setSeries(l);
        gradient.setSeries(g);
    }
}

package bnlab.ui;

import bnlab.train.RunSnapshot;
import bnlab.ui.chart.ChartStrings;
import bnlab.ui.chart.ChartStyle;
import bnlab.ui.chart.CurveBand;
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

    /** The smallest to the largest loss along the walk at each measurement: its height is the loss range. */
    private static CurveBand band(String name, javafx.scene.paint.Color color, bnlab.stats.Series s) {
        long[] steps = new long[s.size()];
        double[] lo = new double[s.size()];
        double[] hi = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            steps[i] = (long) s.get(i, 0);
            lo[i] = s.get(i, 5);
            hi[i] = s.get(i, 6);
        }
        return new CurveBand(name, color, steps, lo, hi);
    }

    void show(List<RunSnapshot> runs) {
        List<Object> now = runs.stream().map(r -> (Object) r.landscape()).toList();
        if (now.equals(shown)) return;
        shown = now;
        List<CurveBand> l = new ArrayList<>();
        List<CurveSeries> g = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            RunSnapshot s = runs.get(r);
            if (s.landscape() == null) continue;
            String who = VariantLook.shortName(text, s.name());
            var color = VariantLook.color(r);
            l.add(band(who, color, s.landscape()));
            g.add(ChartData.curve(Messages.format(text, "landscape.change", who), color, LineDash.SOLID, s.landscape(), 2));
            g.add(ChartData.curve(Messages.format(text, "landscape.norm", who), color, LineDash.DASHED, s.landscape(), 4));
        }
        loss.setBands(l);
        gradient.setSeries(g);
    }
}

package bnlab.ui;

import bnlab.data.DatasetSplit;
import bnlab.train.RunSnapshot;
import bnlab.ui.chart.ChartStrings;
import bnlab.ui.chart.ChartStyle;
import bnlab.ui.chart.ChartView;
import bnlab.ui.chart.DecisionBoundaryView;
import bnlab.ui.chart.ImageStripView;
import bnlab.ui.chart.LabeledPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What the network predicts, in eval mode: for 2-D data the decision boundary under the points
 * (as TensorFlow Playground draws it), for images a strip of test examples with true and predicted
 * classes. One per network, side by side.
 */
final class PredictionsPanel extends HBox {
    private final List<ChartView> views = new ArrayList<>();
    private ResourceBundle text;
    private ChartStrings strings;
    private ChartStyle style = ChartStyle.DEFAULT;
    private DatasetSplit data;
    private List<LabeledPoint> points = List.of();
    private List<String> runNames = List.of();
    private bnlab.train.Predictions[] shownPredictions = new bnlab.train.Predictions[0];

    PredictionsPanel(ResourceBundle text, ChartStrings strings) {
        this.text = text;
        this.strings = strings;
        setSpacing(6);
        getStyleClass().add("predictions-panel");
    }

    void setData(DatasetSplit d) {
        data = d;
        points = d != null && d.train().featureCount() == 2 ? ChartData.points(d.train(), d.test(), 1500) : List.of();
        getChildren().clear();
        views.clear();
        runNames = List.of();
    }

    private void ensure(List<String> names) {
        if (names.equals(runNames) || data == null) return;
        runNames = names;
        shownPredictions = new bnlab.train.Predictions[0];
        getChildren().clear();
        views.clear();
        boolean twoD = data.train().featureCount() == 2;
        for (String name : names) {
            ChartView v;
            if (twoD) {
                DecisionBoundaryView b = new DecisionBoundaryView();
                b.setPoints(points);
                b.setClassNames(data.train().classNames());
                v = b;
            } else {
                ImageStripView strip = new ImageStripView();
                strip.setClassNames(data.test().classNames());
                strip.setExamples(ChartData.examples(data.test(), null, 12));
                v = strip;
            }
            v.setChartStyle(style);
            v.setStrings(strings);
            v.setMinSize(160, 120);
            HBox.setHgrow(v, Priority.ALWAYS);
            HelpTips.install(v);
            VBox.setVgrow(v, Priority.ALWAYS);
            views.add(v);
            getChildren().add(v);
        }
        relabel(text);
    }

    void relabel(ResourceBundle t) {
        text = t;
        for (int i = 0; i < views.size(); i++) {
            ChartView v = views.get(i);
            String who = VariantLook.name(t, runNames.get(i));
            VariantLook.markChart(v, runNames.size() > 1 ? i : -1);
            boolean twoD = v instanceof DecisionBoundaryView;
            v.setTitle(Messages.format(t, twoD ? "predictions.boundaryTitle" : "predictions.examplesTitle", who));
            v.setHelpText(t.getString(twoD ? "help.boundary" : "help.examples"));
        }
    }

    void setStrings(ChartStrings s) {
        strings = s;
        views.forEach(v -> v.setStrings(s));
    }

    void setChartStyle(ChartStyle s) {
        style = s;
        views.forEach(v -> v.setChartStyle(s));
    }

    void show(List<RunSnapshot> runs) {
        if (data == null || runs.isEmpty()) return;
        ensure(runs.stream().map(RunSnapshot::name).toList());
        if (shownPredictions.length != views.size()) shownPredictions = new bnlab.train.Predictions[views.size()];
        for (int i = 0; i < runs.size() && i < views.size(); i++) {
            var p = runs.get(i).predictions();
            if (p == null || p == shownPredictions[i]) continue;
            shownPredictions[i] = p;
            if (views.get(i) instanceof DecisionBoundaryView b && p.gridSize() > 0) {
                b.setData(ChartData.boundary(p));
            } else if (views.get(i) instanceof ImageStripView strip) {
                strip.setExamples(ChartData.examples(data.test(), p, 12));
            }
        }
    }
}

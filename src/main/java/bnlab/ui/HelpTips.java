package bnlab.ui;

import bnlab.ui.chart.ChartView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Every chart explains itself: its one-sentence help shows when the pointer rests on it; so does a long status. */
final class HelpTips {
    private HelpTips() {}

    static void install(ChartView view) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(view.helpTextProperty());
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(Duration.millis(900));
        t.setShowDuration(Duration.seconds(20));
        t.getStyleClass().add("help-tip");
        Tooltip.install(view, t);
    }

    /** A message too long for its label (it ends in "…") shows whole when the pointer rests on it. */
    static void showWhole(javafx.scene.control.Label label) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(label.textProperty());
        t.setWrapText(true);
        t.setMaxWidth(640);
        t.setShowDuration(Duration.seconds(30));
        t.getStyleClass().add("help-tip");
        label.setTooltip(t);
    }
}

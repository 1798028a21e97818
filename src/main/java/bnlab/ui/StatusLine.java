package bnlab.ui;

import bnlab.train.RunSnapshot;
import bnlab.train.RunState;
import bnlab.ui.chart.ChartStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * The status bar's words: the step, the learning rate, the pace, the frame rate and the state of
 * training, most urgent first (a divergence, a run that stopped learning, the state). A state's
 * full explanation (cause and advice) can be three sentences; in presenter mode the bar shows only
 * its headline ("BN: Diverged at step 16 …"), on at most two lines, read from the back of a room
 * (in normal mode too where the whole does not fit on the bar's line), and the whole explanation
 * is on hover and one click away (a dialog). The frame rate and the
 * pace's explanation leave the projector's bar for the same reason.
 */
final class StatusLine {
    private final Label stepStatus;
    private final Label rateStatus;
    private final Label fpsStatus;
    private final Label stateStatus;
    private final Tooltip stateTip = new Tooltip();
    private final Tooltip rateTip = new Tooltip();
    private ResourceBundle text;
    private boolean presenter;
    private String fullState = "";
    private Consumer<String> onFailed = m -> {};

    StatusLine(Label stepStatus, Label rateStatus, Label fpsStatus, Label stateStatus, ResourceBundle text) {
        this.stepStatus = stepStatus;
        this.rateStatus = rateStatus;
        this.fpsStatus = fpsStatus;
        this.stateStatus = stateStatus;
        this.text = text;
        stateTip.setWrapText(true);
        stateTip.setMaxWidth(640);
        stateTip.setShowDuration(javafx.util.Duration.seconds(30));
        stateTip.getStyleClass().add("help-tip");
        stateStatus.setTooltip(stateTip);
        stateStatus.setOnMouseClicked(e -> explain());
    }

    /** Called for each run that failed, with its sentence (the window shows a dialog once). */
    void setOnFailed(Consumer<String> f) {
        onFailed = f;
    }

    void setText(ResourceBundle t) {
        text = t;
    }

    /** Presenter mode: headlines only, wrapped onto a second line if one is not enough. */
    void setChartStyle(ChartStyle s) {
        presenter = s == ChartStyle.PRESENTER;
        stateStatus.setWrapText(true); // a headline that needs it takes a second line, never an ellipsis
        fpsStatus.setVisible(!presenter);
        fpsStatus.setManaged(!presenter);
    }

    /** The state's whole explanation, as the last update had it (what hover and a click show). */
    String fullState() {
        return fullState;
    }

    void showFrameRate(double fps) {
        fpsStatus.setText(Messages.format(text, "status.fps", String.format(Locale.ROOT, "%.0f", fps)));
    }

    void show(List<RunSnapshot> runs) {
        StringBuilder step = new StringBuilder();
        String state = "";
        String headline = "";
        int urgency = 0;
        // Runs at one step (a lockstep comparison) show it once, so three variants fit a projector's status bar.
        // While a comparison plays in lockstep its snapshots are some steps apart (each published on its own
        // thread, about 60 times a second), which would read as drift: the bar shows the step all have done.
        // A run that stopped (diverged) shows its own.
        long lo = runs.stream().mapToLong(RunSnapshot::step).min().orElse(0);
        long hi = runs.stream().mapToLong(RunSnapshot::step).max().orElse(0);
        boolean oneStep = hi == lo || runs.stream().allMatch(r -> r.state() == RunState.RUNNING);
        double slowest = runs.stream().mapToDouble(RunSnapshot::stepsPerSecond).min().orElse(0);
        String pace = String.format(Locale.ROOT, "%.0f", slowest);
        boolean several = runs.size() > 1;
        rateStatus.setText(several && !presenter ? Messages.format(text, "status.ratePace", pace)
                : Messages.format(text, "status.rate", pace));
        rateTip.setText(Messages.format(text, "status.ratePace", pace));
        if ((rateStatus.getTooltip() != null) != several) rateStatus.setTooltip(several ? rateTip : null);
        for (RunSnapshot r : runs) {
            String who = several ? VariantLook.shortName(text, r.name()) + " " : "";
            if (!oneStep || step.length() == 0) {
                if (step.length() > 0) step.append("   ");
                step.append(oneStep ? "" : who).append(Messages.format(text, "status.step", oneStep ? lo : r.step()));
            }
            if (r.state() == RunState.FAILED) {
                state = who + r.message();
                headline = headline(several, r, text.getString("status.failed.short"));
                urgency = 2;
                onFailed.accept(who + r.message()); // a dialog once: the same message again is not shown again
            } else if (r.state() == RunState.DIVERGED && r.divergence() != null) {
                if (urgency < 2) {
                    state = who + DivergenceText.of(r.divergence(), text);
                    headline = headline(several, r, DivergenceText.headline(r.divergence(), text));
                }
                urgency = 2;
            } else if (r.stall() != null) {
                if (urgency < 1) {
                    state = who + StallText.of(r.stall(), text);
                    headline = headline(several, r, StallText.headline(r.stall(), text));
                }
                urgency = Math.max(urgency, 1);
            } else if (urgency == 0 && state.isEmpty()) {
                state = r.state() == RunState.FINISHED ? text.getString("status.finished")
                        : r.state() == RunState.RUNNING ? text.getString("status.running")
                        : r.message().isEmpty() ? text.getString("status.paused") : r.message();
                headline = state;
            }
        }
        // The learning rate in force (a schedule moves it every step): once, or one per network where they differ.
        List<String> rates = runs.stream().map(r -> LearningRates.format(r.learningRate())).toList();
        if (rates.stream().distinct().count() == 1) rates = rates.subList(0, 1);
        if (!rates.isEmpty()) step.append("   ").append(Messages.format(text, "status.learningRate", String.join(" / ", rates)));
        stepStatus.setText(step.toString());
        fullState = state;
        // On a projector the headline; at a desk the whole sentence where it fits on the bar's line.
        String shown = presenter || !fitsOneLine(state) ? headline : state;
        stateStatus.setText(shown);
        stateTip.setText(state);
        boolean more = !state.equals(shown);
        stateStatus.setCursor(more ? javafx.scene.Cursor.HAND : null);
        styleClass("alarm", urgency == 2);
        styleClass("warning", urgency == 1);
    }

    private String headline(boolean several, RunSnapshot r, String words) {
        return several ? Messages.format(text, "status.headline", VariantLook.shortName(text, r.name()), words) : words;
    }

    private boolean fitsOneLine(String s) {
        double room = stateStatus.getWidth() - stateStatus.snappedLeftInset() - stateStatus.snappedRightInset();
        if (room <= 0) return true; // not laid out yet: the next update measures
        javafx.scene.text.Text probe = new javafx.scene.text.Text(s);
        probe.setFont(stateStatus.getFont());
        return probe.getLayoutBounds().getWidth() <= room;
    }

    /** A click on the state shows its whole explanation where it has room. */
    private void explain() {
        if (fullState.isEmpty() || fullState.equals(stateStatus.getText())) return;
        Alert a = new Alert(Alert.AlertType.INFORMATION, fullState, ButtonType.OK);
        a.setTitle(text.getString("status.explainTitle"));
        a.setHeaderText(stateStatus.getText());
        a.getDialogPane().setMinWidth(520);
        if (stateStatus.getScene() != null) a.initOwner(stateStatus.getScene().getWindow());
        a.show();
    }

    /** Touches the state label's style class only when it changes: every change costs a CSS pass. */
    private void styleClass(String name, boolean on) {
        if (on != stateStatus.getStyleClass().contains(name)) {
            if (on) stateStatus.getStyleClass().add(name);
            else stateStatus.getStyleClass().remove(name);
        }
    }
}

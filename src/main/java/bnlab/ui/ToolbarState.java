package bnlab.ui;

import bnlab.experiment.Experiment;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;

/** The toolbar's two stateful buttons, Play/Pause and the normalization switch, kept in step with the model. */
final class ToolbarState {
    private final LabModel model;
    private final Button playButton;
    private final ToggleButton normSwitch;
    private final ResourceBundle text;

    ToolbarState(LabModel model, Button playButton, ToggleButton normSwitch, ResourceBundle text) {
        this.model = model;
        this.playButton = playButton;
        this.normSwitch = normSwitch;
        this.text = text;
        model.playingProperty().addListener((o, a, b) -> showPlaying(b));
        model.normalizationOnProperty().addListener((o, a, b) -> showNormalization());
        showPlaying(model.playingProperty().get());
    }

    void showNormalization() {
        Experiment e = model.experiment();
        boolean has = model.hasNormalization();
        boolean on = has && model.normalizationOnProperty().get();
        String kind = e != null && "layer".equals(e.normalization().kind()) ? "layer" : "batch";
        normSwitch.setDisable(!has);
        normSwitch.setSelected(on);
        normSwitch.setText(text.getString(on ? "toolbar.norm." + kind + ".on" : "toolbar.norm." + kind + ".off"));
        normSwitch.setTooltip(new Tooltip(text.getString(has ? "help.normSwitch" : "help.normSwitchNone")));
        normSwitch.getStyleClass().removeAll("on", "off");
        normSwitch.getStyleClass().add(on ? "on" : "off");
    }

    private void showPlaying(boolean playing) {
        playButton.setText(text.getString(playing ? "toolbar.pause" : "toolbar.play"));
        playButton.getStyleClass().removeAll("playing");
        if (playing) playButton.getStyleClass().add("playing");
    }
}

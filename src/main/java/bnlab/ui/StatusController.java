package bnlab.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The status bar (status.fxml): the step, the rates, frames per second, the runs' state, the recording. */
public final class StatusController {
    private final WindowContext context;
    private StatusLine line;

    @FXML Label recordIndicator;
    @FXML Label stepStatus;
    @FXML Label rateStatus;
    @FXML Label fpsStatus;
    @FXML Label stateStatus;

    StatusController(WindowContext context) {
        this.context = context;
    }

    @FXML
    void initialize() {
        line = new StatusLine(stepStatus, rateStatus, fpsStatus, stateStatus, context.text());
    }

    /** The words of the status bar, which the frame clock updates. */
    StatusLine line() {
        return line;
    }
}

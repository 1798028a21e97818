package bnlab.ui;

import bnlab.train.RunSnapshot;
import bnlab.train.Session;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before an action throws trained work away (compare on/off, Apply and restart, another
 * experiment or lesson): the dialog names the step that would be lost; Cancel or Esc keeps
 * everything as it is. A session still at step 0 has nothing to lose, so nothing is asked.
 */
final class RestartGuard {
    static final String STYLE_CLASS = "restart-dialog";

    private final Supplier<Session> session;
    private final Supplier<Window> owner;
    private final ResourceBundle text;

    RestartGuard(Supplier<Session> session, Supplier<Window> owner, ResourceBundle text) {
        this.session = session;
        this.owner = owner;
        this.text = text;
    }

    /** The furthest step any run has reached (what a restart discards); 0 without a session. */
    static long trainedSteps(Session s) {
        long most = 0;
        if (s == null) return 0;
        for (RunSnapshot r : s.snapshots()) most = Math.max(most, r.step());
        return most;
    }

    /**
     * Runs {@code restart} at once if nothing has trained, else after the user confirms; runs
     * {@code kept} if they cancel (e.g. to put a toggle back). Never blocks: the dialog is modal
     * to the window but training and the frame loop carry on behind it.
     */
    void confirm(String whatKey, Runnable restart, Runnable kept) {
        long steps = trainedSteps(session.get());
        if (steps == 0) {
            restart.run();
            return;
        }
        ButtonType discard = new ButtonType(text.getString("restart.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.getString("restart.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", discard, cancel);
        Window w = owner.get();
        if (w != null) a.initOwner(w);
        a.setTitle(text.getString("restart.title"));
        a.setHeaderText(Messages.format(text, "restart.header", text.getString(whatKey), steps));
        a.setContentText(text.getString("restart.body"));
        a.getDialogPane().getStyleClass().add(STYLE_CLASS);
        // Enter must not throw away the work by accident: Cancel is the default.
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        a.resultProperty().addListener((o, was, result) -> {
            if (result == discard) restart.run();
            else kept.run();
        });
        a.show();
    }
}

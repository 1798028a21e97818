package bnlab.ui;

import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Says what went wrong and what to do about it; the app carries on with nothing lost. */
final class ErrorDialog {
    private ErrorDialog() {}

    static final String STYLE_CLASS = "error-dialog";

    /** Non-blocking: the frame loop and training keep running while it is open. */
    static Alert show(Window owner, ResourceBundle text, String titleKey, String problem, String adviceKey) {
        Alert a = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        if (owner != null) a.initOwner(owner);
        a.setTitle(text.getString(titleKey));
        a.setHeaderText(text.getString(titleKey));
        Label body = new Label(problem + "\n\n" + text.getString(adviceKey));
        body.setWrapText(true);
        body.setMaxWidth(560);
        body.getStyleClass().add("error-text");
        a.getDialogPane().setContent(body);
        a.getDialogPane().getStyleClass().add(STYLE_CLASS);
        a.show();
        return a;
    }
}

package bnlab.ui;

import bnlab.train.Failure;
import bnlab.train.FailureLog;
import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Internal errors and failed runs, each shown to the user once as a dialog with one sentence
 * (the same failure met again on every frame does not open a dialog per frame); stack traces go to
 * {@link FailureLog}.
 */
final class FailureDialogs {
    private final Supplier<Window> owner;
    private final Supplier<ResourceBundle> text;
    private final Set<String> shown = new HashSet<>();
    private int dialogsShown;

    FailureDialogs(Supplier<Window> owner, Supplier<ResourceBundle> text) {
        this.owner = owner;
        this.text = text;
    }

    /** For {@link Thread#setUncaughtExceptionHandler}: any thread; the dialog opens on the JavaFX thread. */
    void uncaught(Thread thread, Throwable e) {
        FailureLog.write(e);
        String sentence = Failure.describe(e) + " (details: " + FailureLog.file() + ")";
        if (Platform.isFxApplicationThread()) show(sentence);
        else Platform.runLater(() -> show(sentence));
    }

    /** Shows {@code problem} unless it has been shown before; on the JavaFX thread. */
    void show(String problem) {
        show(problem, "error.internal.title", "error.internal.advice");
    }

    /** A training run that stopped with an internal error (it is FAILED); once per failure. */
    void showFailedRun(String sentence) {
        show(sentence, "error.failed.title", "error.failed.advice");
    }

    private void show(String problem, String titleKey, String adviceKey) {
        if (!shown.add(problem)) return;
        dialogsShown++;
        ErrorDialog.show(owner.get(), text.get(), titleKey, problem, adviceKey);
    }

    /** How many dialogs were opened; for tests. */
    int dialogsShown() {
        return dialogsShown;
    }
}

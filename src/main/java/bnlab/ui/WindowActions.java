package bnlab.ui;

import bnlab.experiment.Experiment;
import bnlab.lessons.Lesson;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The actions that replace or restart what runs, shared by the panels: each asks first when it
 * would discard trained steps ({@link RestartGuard}) and says in a dialog why it failed.
 */
final class WindowActions {
    private final LabModel model;
    private final ViewModel view;
    private final ResourceBundle text;
    private final Supplier<Window> window;
    private final RestartGuard guard;

    WindowActions(LabModel model, ViewModel view, ResourceBundle text, Supplier<Window> window) {
        this.model = model;
        this.view = view;
        this.text = text;
        this.window = window;
        this.guard = new RestartGuard(model::session, window, text);
    }

    /** The window, as the owner of dialogs (null before it shows). */
    Window window() {
        return window.get();
    }

    /** Runs {@code restart} once the user agrees to lose the trained steps (at once if there are none), else {@code kept}. */
    void confirm(String whatKey, Runnable restart, Runnable kept) {
        guard.confirm(whatKey, restart, kept);
    }

    /**
     * Loads {@code e} in place of the current experiment, asking first if that would discard trained
     * steps; {@code whatKey} names the action in the question (e.g. restart.what.variants).
     */
    void restartWith(String whatKey, Experiment e, Path dir) {
        guard.confirm(whatKey, () -> load(e, dir), () -> {});
    }

    /** Loads an experiment; on failure says why in a dialog and keeps the current one running (the settings show it again). */
    void load(Experiment e, Path dir) {
        model.lessonProperty().set(null);
        model.load(e, dir, msg -> {
            view.editedExperimentProperty().set(model.experiment()); // undo the form's edits
            error("error.load.title", msg, "error.load.advice");
        }, () -> {});
    }

    /** Loads a lesson's experiment (and plays it if {@code run}); its charts are highlighted once it is loaded. */
    void loadLesson(Lesson lesson, boolean run) {
        if (lesson.equals(model.lessonProperty().get()) && lesson.experiment().equals(model.experiment())) {
            if (run) model.play();
            return;
        }
        guard.confirm("restart.what.lesson", () -> model.load(lesson.experiment(), Path.of(".").toAbsolutePath(),
                msg -> error("error.load.title", msg, "error.load.advice"), () -> {
                    model.lessonProperty().set(lesson);
                    if (run) model.play();
                }), () -> {});
    }

    /** Back to step 0 with the live learning rate; a reset that fails is said in a dialog, the old runs kept. */
    void reset() {
        model.reset(msg -> error("error.reset.title", msg, "error.reset.advice"));
    }

    void error(String titleKey, String problem, String adviceKey) {
        ErrorDialog.show(window(), text, titleKey, problem, adviceKey);
    }
}

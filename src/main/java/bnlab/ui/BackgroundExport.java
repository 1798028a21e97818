package bnlab.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.DoubleConsumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ProgressBar;
import javafx.stage.Window;

/**
 * Writes a large file on a background thread while a small window shows how far it got: an export
 * of millions of rows takes seconds, and the JavaFX thread must keep drawing meanwhile.
 */
final class BackgroundExport {
    private BackgroundExport() {}

    /** What writes the file, reporting the share done (0 to 1) from its own thread. */
    @FunctionalInterface
    interface Writing {
        void write(Path file, DoubleConsumer progress) throws IOException;
    }

    /** Starts the export and returns its task at once (tests wait on it); failures end in an error dialog. */
    static Task<Void> start(Window owner, ResourceBundle text, Path file, Writing writing) {
        return start(owner, text, "menu.exportCsv", file, writing);
    }

    /** As {@link #start(Window, ResourceBundle, Path, Writing)}, its window titled by {@code titleKey}. */
    static Task<Void> start(Window owner, ResourceBundle text, String titleKey, Path file, Writing writing) {
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(360);
        Alert progress = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        if (owner != null) progress.initOwner(owner);
        progress.setTitle(text.getString(titleKey));
        progress.setHeaderText(MessageFormat.format(text.getString("export.progress"), file.getFileName()));
        progress.getDialogPane().setContent(bar);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                writing.write(file, share -> updateProgress(share, 1.0));
                return null;
            }
        };
        bar.progressProperty().bind(task.progressProperty());
        task.setOnSucceeded(e -> progress.close());
        task.setOnFailed(e -> {
            progress.close();
            Throwable t = task.getException();
            String why = t instanceof IOException ? t.getMessage() : String.valueOf(t);
            ErrorDialog.show(owner, text, "error.save.title", file + ": " + why, "error.save.advice");
        });
        Thread thread = new Thread(task, "export-" + file.getFileName());
        thread.setDaemon(true);
        progress.show();
        thread.start();
        return task;
    }
}

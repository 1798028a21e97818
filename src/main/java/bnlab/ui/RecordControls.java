package bnlab.ui;

import bnlab.ui.record.Recording;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * File ▸ Record, the toolbar's Record button and Ctrl+R: record the charts as an animated GIF
 * while training goes on. The status bar shows a red indicator with the elapsed time while it
 * records, then where the file went. What it records is the chart area as it is when recording
 * starts ({@code view}).
 */
final class RecordControls {
    private final ResourceBundle text;
    private final Supplier<Window> window;
    private final Supplier<Node> view;
    private final Supplier<Path> folder;
    private final ButtonBase button;
    private final Label indicator;
    private final PauseTransition clearNote = new PauseTransition(Duration.seconds(8));
    private Recording recording;

    RecordControls(ResourceBundle text, Supplier<Window> window, Supplier<Node> view, Supplier<Path> folder,
            ButtonBase button, Label indicator) {
        this.text = text;
        this.window = window;
        this.view = view;
        this.folder = folder;
        this.button = button;
        this.indicator = indicator;
        button.setTooltip(new javafx.scene.control.Tooltip(text.getString("record.help")));
        clearNote.setOnFinished(e -> showIdle());
        showIdle();
    }

    /** Starts recording (asking where to save) or stops it (the file is then completed). */
    void toggle() {
        if (isRecording()) {
            recording.stop();
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(text.getString("menu.record"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.getString("filter.gif"), "*.gif"));
        fc.setInitialFileName("batchnorm-lab.gif");
        Path dir = folder.get();
        if (dir != null && Files.isDirectory(dir)) fc.setInitialDirectory(dir.toAbsolutePath().toFile());
        File f = fc.showSaveDialog(window.get());
        if (f != null) start(f.toPath(), Recording.MAX_SECONDS, (r, e) -> { });
    }

    /**
     * Records the view into {@code file} for {@code seconds}; {@code finished} gets, on the JavaFX
     * thread, the result, or null and why the file could not be written (a dialog says so too).
     */
    void start(Path file, double seconds, BiConsumer<Recording.Result, Throwable> finished) {
        if (isRecording()) recording.stop();
        clearNote.stop();
        Recording r = Recording.start(view.get(), file, seconds);
        recording = r;
        showRecording(r);
        r.elapsedProperty().addListener((o, a, b) -> { if (recording == r && !r.isStopped()) showRecording(r); });
        r.result().whenComplete((result, error) -> Platform.runLater(() -> {
            if (recording == r) recording = null;
            if (error != null) {
                showIdle();
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                ErrorDialog.show(window.get(), text, "error.record.title", file + ": " + cause.getMessage(),
                        "error.save.advice");
                finished.accept(null, cause);
            } else {
                showSaved(result);
                finished.accept(result, null);
            }
        }));
    }

    boolean isRecording() {
        return recording != null && !recording.isStopped();
    }

    /** Stops a recording in progress; the future completes once its file is written. */
    CompletableFuture<?> stop() {
        Recording r = recording;
        if (r == null) return CompletableFuture.completedFuture(null);
        r.stop();
        return r.result();
    }

    private void showRecording(Recording r) {
        String elapsed = clock(r.elapsedProperty().get());
        button.setText(Messages.format(text, "toolbar.recordStop", elapsed));
        button.getStyleClass().remove("recording");
        button.getStyleClass().add("recording");
        indicator.setText(Messages.format(text, "record.indicator", elapsed));
        indicator.getStyleClass().remove("saved");
        if (!indicator.getStyleClass().contains("recording")) indicator.getStyleClass().add("recording");
        indicator.setVisible(true);
        indicator.setManaged(true);
    }

    private void showFinishing() {
        button.setText(text.getString("toolbar.record"));
        button.getStyleClass().remove("recording");
    }

    private void showSaved(Recording.Result r) {
        showFinishing();
        indicator.getStyleClass().remove("recording");
        indicator.getStyleClass().add("saved");
        indicator.setText(Messages.format(text, r.dropped() == 0 ? "record.saved" : "record.savedDropped",
                r.file().getFileName().toString(), Integer.toString(r.frames()),
                String.format(java.util.Locale.ROOT, "%.1f", r.bytes() / 1e6), Integer.toString(r.dropped())));
        indicator.setVisible(true);
        indicator.setManaged(true);
        clearNote.playFromStart();
    }

    private void showIdle() {
        showFinishing();
        indicator.getStyleClass().removeAll("recording", "saved");
        indicator.setText("");
        indicator.setVisible(false);
        indicator.setManaged(false);
    }

    static String clock(double seconds) {
        int s = (int) Math.floor(seconds);
        return s / 60 + ":" + String.format("%02d", s % 60);
    }
}

package bnlab.ui;

import bnlab.data.DatasetSpec;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import bnlab.experiment.InvalidExperimentException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The File menu: experiments in and out, the user's own data, PNG and CSV exports. Every failure
 * ends in a dialog that says what went wrong; nothing that is running is touched.
 */
final class FileActions {
    private final LabModel model;
    private final ResourceBundle text;
    private final Supplier<Window> window;
    private final Node view;
    private final Supplier<Experiment> edited;
    private final BiConsumer<Experiment, Path> load;
    private final Consumer<DatasetSpec> useData;
    private javafx.concurrent.Task<Void> lastExport;

    /**
     * @param view    what "export as PNG" captures
     * @param edited  the experiment as the settings panel shows it now (saved by "save as")
     * @param load    loads an experiment whose relative paths resolve against a folder
     * @param useData switches the settings to the user's own data and applies them
     */
    FileActions(LabModel model, ResourceBundle text, Supplier<Window> window, Node view, Supplier<Experiment> edited,
            BiConsumer<Experiment, Path> load, Consumer<DatasetSpec> useData) {
        this.model = model;
        this.text = text;
        this.window = window;
        this.view = view;
        this.edited = edited;
        this.load = load;
        this.useData = useData;
    }

    void openExperiment() {
        File f = chooser("menu.open", "filter.experiment", "*.json").showOpenDialog(window.get());
        if (f != null) openExperimentFile(f.toPath(), false);
    }

    /**
     * Reads an experiment file on a thread of its own (the window stays responsive, whatever the
     * path turns out to be) and loads it; one that cannot be used is reported and the current one
     * kept. A pipe is read only if {@code pipes} (a path given on the command line, {@code <(…)}).
     */
    void openExperimentFile(Path file, boolean pipes) {
        javafx.concurrent.Task<Experiment> reading = new javafx.concurrent.Task<>() {
            @Override
            protected Experiment call() throws InvalidExperimentException {
                return ExperimentJson.read(file, pipes);
            }
        };
        reading.setOnSucceeded(e -> load.accept(reading.getValue(), file.toAbsolutePath().getParent()));
        reading.setOnFailed(e -> {
            Throwable t = reading.getException();
            String why = t instanceof InvalidExperimentException ? t.getMessage() : bnlab.train.Failure.describe(t);
            ErrorDialog.show(window.get(), text, "error.open.title", why, "error.open.advice");
        });
        Thread thread = new Thread(reading, "open-experiment");
        thread.setDaemon(true);
        thread.start();
    }

    void saveExperiment() {
        Experiment e = edited.get();
        if (e == null) return;
        FileChooser fc = chooser("menu.save", "filter.experiment", "*.json");
        fc.setInitialFileName(e.name().replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(Locale.ROOT) + ".json");
        File f = fc.showSaveDialog(window.get());
        if (f == null) return;
        Thread thread = new Thread(() -> { // a disk that hangs must not hang the window
            try {
                ExperimentJson.write(e, f.toPath());
            } catch (IOException ex) {
                javafx.application.Platform.runLater(() -> saveFailed(f, ex));
            }
        }, "save-experiment");
        thread.setDaemon(true);
        thread.start();
    }

    void openDataset() {
        File f = chooser("menu.openData", "filter.data", "*.csv", "*.gz", "*-ubyte", "*.idx*").showOpenDialog(window.get());
        if (f == null) return;
        DatasetSpec spec = DatasetFiles.specFor(f.toPath(), window.get(), text);
        if (spec != null) useData.accept(spec);
    }

    void exportPng() {
        FileChooser fc = chooser("menu.exportPng", "filter.png", "*.png");
        fc.setInitialFileName("batchnorm-lab.png");
        File f = fc.showSaveDialog(window.get());
        if (f == null) return;
        try {
            PngExport.write(view, f.toPath());
        } catch (IOException ex) {
            saveFailed(f, ex);
        }
    }

    void exportCsv() {
        if (model.session() == null) return;
        FileChooser fc = chooser("menu.exportCsv", "filter.csv", "*.csv");
        fc.setInitialFileName("metrics.csv");
        File f = fc.showSaveDialog(window.get());
        if (f == null) return;
        var runs = model.session().snapshots(); // immutable: the export reads them on its own thread
        lastExport = BackgroundExport.start(window.get(), text, f.toPath(), (file, progress) ->
                CsvExport.writeMetrics(runs, file, progress));
    }

    /** The newest CSV export in progress or done, or null; for tests. */
    javafx.concurrent.Task<Void> lastExport() {
        return lastExport;
    }

    private void saveFailed(File f, IOException ex) {
        ErrorDialog.show(window.get(), text, "error.save.title", f + ": " + ex.getMessage(), "error.save.advice");
    }

    private FileChooser chooser(String titleKey, String filterKey, String... patterns) {
        FileChooser fc = new FileChooser();
        fc.setTitle(text.getString(titleKey));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.getString(filterKey), patterns));
        Path dir = model.baseDirProperty().get();
        if (dir != null && Files.isDirectory(dir)) fc.setInitialDirectory(dir.toAbsolutePath().toFile());
        return fc;
    }
}

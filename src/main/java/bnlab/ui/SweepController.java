package bnlab.ui;

import bnlab.data.AtomicFiles;
import bnlab.runner.Sweep;
import bnlab.runner.SweepAxis;
import bnlab.runner.SweepCsv;
import bnlab.runner.SweepPlan;
import bnlab.runner.SweepRow;
import bnlab.ui.chart.SweepChartView;
import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * The Sweep tab (sweep.fxml): trains the loaded experiment at every value of one field (and several
 * seeds) in the background, with {@link Sweep} as {@code bnlab sweep} does, and draws the final test
 * accuracy against the value. The main view's training is paused while a sweep runs (the sweep takes
 * both cores) and goes on afterwards if it was playing. The result lives in the view model.
 */
public final class SweepController {
    /** Fields offered in the list, each with values that show its useful range; any other number field can be typed. */
    static final List<List<String>> FIELDS = List.of(
            List.of("optimizer.learningRate", "0.01..30:log8"),
            List.of("batchSize", "2,4,8,16,32,64"),
            List.of("network.initScale", "0.1..10:log5"),
            List.of("optimizer.momentum", "0,0.5,0.9,0.99"),
            List.of("normalization.momentum", "0.01,0.1,0.5"),
            List.of(SweepPlan.DEPTH, "1..6:6"),
            List.of("network.hidden[0]", "8,32,128"),
            List.of("steps", "250,500,1000,2000"));

    private final LabModel model;
    private final ViewModel view;
    private final ResourceBundle text;
    private final WindowContext context;
    private final Timeline progressClock = new Timeline(new KeyFrame(Duration.millis(200), e -> showProgress()));
    private volatile Sweep sweep;
    private boolean resumeTraining;

    @FXML VBox sweepBox;
    @FXML ComboBox<String> fieldBox;
    @FXML TextField valuesField;
    @FXML Spinner<Integer> seedsSpinner;
    @FXML Button runButton;
    @FXML ProgressBar progressBar;
    @FXML Button pngButton;
    @FXML Button csvButton;
    @FXML Label statusLabel;
    SweepChartView chart;

    SweepController(WindowContext context) {
        this.context = context;
        this.model = context.model();
        this.view = context.view();
        this.text = context.text();
    }

    @FXML
    void initialize() {
        progressClock.setCycleCount(Timeline.INDEFINITE);
        for (List<String> f : FIELDS) fieldBox.getItems().add(f.get(0));
        fieldBox.valueProperty().addListener((o, a, f) -> suggestValues(f));
        fieldBox.setValue(FIELDS.get(0).get(0));
        seedsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, SweepPlan.MAX_SEEDS, 1));
        chart = new SweepChartView();
        chart.setStrings(context.strings());
        chart.setTitle(text.getString("sweep.title"));
        chart.setHelpText(text.getString("sweep.help"));
        sweepBox.getChildren().add(1, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        view.sweepProperty().addListener((o, a, r) -> show(r));
        view.presenterProperty().addListener((o, a, on) -> chart.setChartStyle(on ? bnlab.ui.chart.ChartStyle.PRESENTER
                : bnlab.ui.chart.ChartStyle.DEFAULT));
        show(view.sweepProperty().get());
    }

    private void suggestValues(String field) {
        for (List<String> f : FIELDS) if (f.get(0).equals(field)) valuesField.setText(f.get(1));
    }

    @FXML
    void runOrCancel() {
        Sweep running = sweep;
        if (running != null) {
            running.cancel();
            statusLabel.setText(text.getString("sweep.cancelling"));
            return;
        }
        start();
    }

    /** Reads the choices, then plans (loading the data) and trains on a thread of its own. */
    void start() {
        var experiment = model.experiment();
        if (experiment == null) return;
        String field = fieldBox.getEditor().getText() == null ? "" : fieldBox.getEditor().getText().trim();
        SweepAxis axis;
        try {
            axis = SweepAxis.parse(field + "=" + valuesField.getText());
        } catch (SweepAxis.BadSetting e) {
            problem(e.getMessage());
            return;
        }
        int seeds = seedsSpinner.getValue() == null ? 1 : seedsSpinner.getValue();
        Path base = model.baseDirProperty().get();
        resumeTraining = model.playingProperty().get();
        if (resumeTraining) model.pause(); // the sweep takes both cores
        runButton.setText(text.getString("sweep.cancel"));
        statusLabel.getStyleClass().remove("sweep-problem");
        statusLabel.setText(text.getString("sweep.planning"));
        Thread t = new Thread(() -> plan(experiment, base, axis, seeds), "sweep-panel");
        t.setDaemon(true);
        t.start();
    }

    /** On the sweep's thread. */
    private void plan(bnlab.experiment.Experiment experiment, Path base, SweepAxis axis, int seeds) {
        SweepPlan plan;
        try {
            plan = SweepPlan.of(experiment, base, List.of(axis), seeds);
        } catch (SweepPlan.Invalid e) {
            Platform.runLater(() -> {
                ended();
                problem(String.join("\n", e.problems()));
            });
            return;
        }
        Sweep s = new Sweep(plan);
        sweep = s;
        Platform.runLater(() -> {
            view.sweepProperty().set(new SweepResult(plan.axes().get(0), plan.networks(), List.of(), plan.runs().size(), true));
            progressClock.play();
        });
        try {
            s.run(row -> Platform.runLater(() -> {
                SweepResult r = view.sweepProperty().get();
                if (r != null) view.sweepProperty().set(r.with(row));
            }));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.runLater(() -> {
            SweepResult r = view.sweepProperty().get();
            if (r != null) view.sweepProperty().set(r.ended());
            boolean cancelled = s.isCancelled();
            ended();
            showDone(r, cancelled);
        });
    }

    private void ended() {
        sweep = null;
        progressClock.stop();
        runButton.setText(text.getString("sweep.run"));
        if (resumeTraining && model.session() != null) model.play();
        resumeTraining = false;
    }

    private void problem(String message) {
        if (!statusLabel.getStyleClass().contains("sweep-problem")) statusLabel.getStyleClass().add("sweep-problem");
        statusLabel.setText(message);
    }

    private void showProgress() {
        Sweep s = sweep;
        if (s == null) return;
        Sweep.Progress p = s.progress();
        progressBar.setProgress(p.fraction());
        statusLabel.setText(MessageFormat.format(text.getString("sweep.progress"), p.done(), p.total(),
                resumeTraining ? text.getString("sweep.paused") : ""));
    }

    private void showDone(SweepResult r, boolean cancelled) {
        if (r == null) return;
        progressBar.setProgress(cancelled ? progressBar.getProgress() : 1);
        statusLabel.setText(MessageFormat.format(text.getString(cancelled ? "sweep.cancelled" : "sweep.done"),
                r.rows().size(), r.total(), SweepCurves.diverged(r.rows())));
    }

    private void show(SweepResult r) {
        boolean has = r != null && !r.rows().isEmpty();
        pngButton.setDisable(!has);
        csvButton.setDisable(!has);
        if (r == null) {
            chart.setCurves(List.of());
            return;
        }
        chart.setXAxisLabel(r.axis().path());
        chart.setLogX(r.axis().spansDecade());
        chart.setCurves(SweepCurves.of(r, text));
    }

    @FXML
    void exportPng() {
        File f = chooser("sweep.png", "filter.png", "*.png", "sweep.png").showSaveDialog(context.actions().window());
        if (f == null) return;
        writePng(f.toPath());
    }

    /** The chart as drawn now, written off the JavaFX thread. */
    javafx.concurrent.Task<Void> writePng(Path file) {
        var image = PngExport.image(chart);
        return BackgroundExport.start(context.actions().window(), text, file, (to, progress) -> PngExport.write(image, to));
    }

    @FXML
    void exportCsv() {
        File f = chooser("sweep.csv", "filter.csv", "*.csv", "sweep.csv").showSaveDialog(context.actions().window());
        if (f == null) return;
        writeCsv(f.toPath());
    }

    /** sweep.csv as bnlab sweep writes it, for the rows so far, written off the JavaFX thread. */
    javafx.concurrent.Task<Void> writeCsv(Path file) {
        SweepResult r = view.sweepProperty().get();
        if (r == null) return null;
        String csv = SweepCsv.text(List.of(r.axis()), r.ordered());
        return BackgroundExport.start(context.actions().window(), text, file, (to, progress) -> AtomicFiles.writeString(to, csv));
    }

    private FileChooser chooser(String titleKey, String filterKey, String pattern, String name) {
        FileChooser fc = new FileChooser();
        fc.setTitle(text.getString(titleKey));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.getString(filterKey), pattern));
        fc.setInitialFileName(name);
        Path dir = model.baseDirProperty().get();
        if (dir != null && java.nio.file.Files.isDirectory(dir)) fc.setInitialDirectory(dir.toAbsolutePath().toFile());
        return fc;
    }

    /** Cancels a sweep under way (the window is being replaced or closed). */
    void dispose() {
        Sweep s = sweep;
        if (s != null) s.cancel();
        progressClock.stop();
    }

    SweepChartView chart() {
        return chart;
    }

    boolean running() {
        return sweep != null;
    }
}

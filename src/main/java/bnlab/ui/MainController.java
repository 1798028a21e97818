package bnlab.ui;

import bnlab.experiment.Experiment;
import bnlab.experiment.InvalidExperimentException;
import bnlab.stats.Quantity;
import bnlab.ui.chart.ChartStrings;
import bnlab.ui.chart.ChartStyle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.*;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The main window's controller: wires controls to the model and the panels; holds no state of its own. */
public final class MainController {
    private final LabModel model;
    private final ResourceBundle text;
    private final Consumer<Locale> switchLanguage;
    private final ChartStrings strings;

    @FXML BorderPane root;
    @FXML Button playButton;
    @FXML ComboBox<Double> speedBox;
    @FXML ToggleButton normSwitch;
    @FXML ToggleButton compareToggle;
    @FXML Slider lrSlider;
    @FXML Label lrLabel;
    @FXML Label experimentLabel;
    @FXML CheckMenuItem presenterItem;
    @FXML CheckMenuItem ridgelineItem;
    @FXML ToggleButton ridgelineToggle;
    @FXML CheckMenuItem trainingModeItem;
    @FXML RadioMenuItem englishItem;
    @FXML RadioMenuItem chineseItem;
    @FXML ComboBox<String> sourceBox;
    @FXML Spinner<Integer> pointsSpinner;
    @FXML Spinner<Double> noiseSpinner;
    @FXML Spinner<Integer> classesSpinner;
    @FXML Label pointsLabel;
    @FXML Label noiseLabel;
    @FXML Label classesLabel;
    @FXML Label datasetSummary;
    @FXML Spinner<Integer> layersSpinner;
    @FXML Spinner<Integer> widthSpinner;
    @FXML TextField widthsField;
    @FXML ComboBox<String> activationBox;
    @FXML ComboBox<String> initBox;
    @FXML Spinner<Double> initScaleSpinner;
    @FXML ComboBox<String> normKindBox;
    @FXML ComboBox<String> placementBox;
    @FXML Spinner<Double> bnMomentumSpinner;
    @FXML TextField epsilonField;
    @FXML ComboBox<String> optimizerBox;
    @FXML Spinner<Double> optMomentumSpinner;
    @FXML TextField weightDecayField;
    @FXML Spinner<Integer> batchSpinner;
    @FXML Spinner<Integer> stepsSpinner;
    @FXML Spinner<Integer> seedSpinner;
    @FXML Button applyButton;
    @FXML VBox comparisonHolder;
    @FXML HBox networksBox;
    @FXML Label gridTitle;
    @FXML Label gridModeNote;
    @FXML HBox curvesHolder;
    @FXML VBox bandsHolder;
    @FXML VBox predictionsHolder;
    @FXML VBox diagnosticsHolder;
    @FXML VBox insideHolder;
    @FXML VBox landscapeHolder;
    @FXML ComboBox<Quantity> bandQuantityBox;
    @FXML CheckBox unitOnlyBox;
    @FXML VBox lessonsBox;
    @FXML TabPane sideTabs;
    @FXML TabPane detailTabs;
    @FXML Tab settingsTab;
    @FXML Tab lessonsTab;
    @FXML Tab bandsTab;
    @FXML Tab predictionsTab;
    @FXML Tab diagnosticsTab;
    @FXML Tab insideTab;
    @FXML Tab landscapeTab;
    @FXML SplitPane mainSplit;
    @FXML javafx.scene.layout.StackPane centerStack;
    @FXML ComboBox<Quantity> gridQuantityBox;
    @FXML Label stepStatus;
    @FXML Label rateStatus;
    @FXML Label fpsStatus;
    @FXML Label stateStatus;
    @FXML Button recordButton;
    @FXML Label recordIndicator;

    private SettingsForm form;
    private NetworkGrids networks;
    private FocusView focus;
    private RestartGuard guard;
    private PresenterLayout presenterLayout;
    private ToolbarState toolbarState;
    private KeyShortcuts keys;
    private ComparisonBuilder comparison;
    private CurvesPanel curves;
    private BandsPanel bands;
    private PredictionsPanel predictions;
    private DiagnosticsPanel diagnostics;
    private InsideNormPanel inside;
    private LandscapePanel landscape;
    private LiveView live;
    private boolean showingExperiment;
    @FXML private RemedySettings remediesController;
    private LessonsPanel lessons;
    private LessonHighlights highlights;
    private FileActions files;
    private RecordControls recorder;
    private GuidedLessonController guided;

    public MainController(LabModel model, ResourceBundle text, Consumer<Locale> switchLanguage) {
        this.model = model;
        this.text = text;
        this.switchLanguage = switchLanguage;
        this.strings = ChartStrings.forLocale(text.getLocale());
    }

    @FXML
    void initialize() {
        form = new SettingsForm(sourceBox, pointsSpinner, noiseSpinner, classesSpinner, layersSpinner, widthSpinner,
                widthsField, activationBox, initBox, initScaleSpinner, normKindBox, placementBox, bnMomentumSpinner,
                epsilonField, optimizerBox, optMomentumSpinner, weightDecayField, batchSpinner, stepsSpinner,
                seedSpinner, pointsLabel, noiseLabel, classesLabel, text);
        networks = new NetworkGrids(networksBox, gridQuantityBox, text, strings);
        TranslatedChoices.gridQuantities(gridQuantityBox, text);
        gridQuantityBox.setTooltip(new Tooltip(text.getString("grid.quantityHelp")));
        gridQuantityBox.setValue(networks.quantity());
        gridQuantityBox.valueProperty().addListener((o, a, b) -> { if (b != null) networks.setQuantity(b); });
        guard = new RestartGuard(model::session, this::window, text);
        focus = new FocusView(text, strings, () -> closeFocus());
        centerStack.getChildren().add(focus);
        comparison = new ComparisonBuilder(text);
        comparisonHolder.getChildren().add(comparison.root());
        curves = new CurvesPanel(text);
        bands = new BandsPanel(text, strings);
        predictions = new PredictionsPanel(text, strings);
        diagnostics = new DiagnosticsPanel(text);
        curves.setStrings(strings);
        diagnostics.setStrings(strings);
        curvesHolder.getChildren().add(curves);
        HBox.setHgrow(curves, javafx.scene.layout.Priority.ALWAYS);
        LegibleLayout.prepare((javafx.scene.layout.Pane) playButton.getParent(), unitOnlyBox, detailTabs, gridTitle, bandQuantityBox);
        bandsHolder.getChildren().add(bands);
        predictionsHolder.getChildren().add(predictions);
        diagnosticsHolder.getChildren().add(diagnostics);
        inside = new InsideNormPanel(text, this::inspectLayer);
        landscape = new LandscapePanel(text);
        inside.setStrings(strings);
        landscape.setStrings(strings);
        insideHolder.getChildren().add(inside);
        landscapeHolder.getChildren().add(landscape);
        VBox.setVgrow(landscape, javafx.scene.layout.Priority.ALWAYS);
        VBox.setVgrow(bands, javafx.scene.layout.Priority.ALWAYS);
        VBox.setVgrow(predictions, javafx.scene.layout.Priority.ALWAYS);
        VBox.setVgrow(diagnostics, javafx.scene.layout.Priority.ALWAYS);
        GridTitle.show(gridTitle, text, bnlab.experiment.ExperimentDefaults.DEFAULT_PROBE_SIZE);

        TranslatedChoices.speeds(speedBox, text);
        TranslatedChoices.selectSpeed(speedBox, model.speedProperty().get());
        model.speedProperty().addListener((o, a, b) -> TranslatedChoices.selectSpeed(speedBox, b.doubleValue()));
        speedBox.valueProperty().addListener((o, a, b) -> { if (b != null) model.setSpeed(b); });

        // The rate shows while dragging and takes effect on release: one event per change, not dozens.
        lrSlider.valueProperty().addListener((o, a, b) -> {
            lrLabel.setText(LearningRates.format(learningRate()));
            if (!lrSlider.isValueChanging() && !showingExperiment) model.setLearningRate(learningRate());
        });
        lrSlider.valueChangingProperty().addListener((o, a, changing) -> {
            if (!changing && !showingExperiment) model.setLearningRate(learningRate());
        });
        TranslatedChoices.quantities(bandQuantityBox, text);
        bandQuantityBox.setValue(Quantity.PRE_ACTIVATION);
        bandQuantityBox.valueProperty().addListener((o, a, b) -> { bands.setQuantity(b); live.invalidate(); });
        unitOnlyBox.selectedProperty().addListener((o, a, b) -> { bands.setUnitOnly(b); live.invalidate(); });

        presenterItem.selectedProperty().bindBidirectional(model.presenterProperty());
        ridgelineItem.selectedProperty().bindBidirectional(model.ridgelineProperty());
        ridgelineToggle.selectedProperty().bindBidirectional(model.ridgelineProperty());
        ridgelineToggle.setTooltip(new Tooltip(text.getString("help.ridgeline")));
        model.presenterProperty().addListener((o, a, b) -> applyPresenter(b));
        detailTabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> live.invalidate());
        model.ridgelineProperty().addListener((o, a, b) -> applyRidgeline(b));
        trainingModeItem.selectedProperty().addListener((o, a, b) -> {
            gridModeNote.setText(b ? "" : text.getString("grid.runningStatsNote"));
            live.invalidate();
        });
        ToggleGroup languages = new ToggleGroup();
        englishItem.setToggleGroup(languages);
        chineseItem.setToggleGroup(languages);
        boolean chinese = "zh".equals(text.getLocale().getLanguage());
        (chinese ? chineseItem : englishItem).setSelected(true);
        englishItem.setOnAction(e -> switchLanguage.accept(Locale.ENGLISH));
        chineseItem.setOnAction(e -> switchLanguage.accept(Messages.CHINESE));

        toolbarState = new ToolbarState(model, playButton, normSwitch, text);
        keys = new KeyShortcuts(new KeyShortcuts.Actions(this::togglePlay, this::step, this::reset,
                this::toggleNormalizationByKey, this::toggleCompareByKey, this::openFocus,
                () -> focus.isActive() && closeFocus()));
        model.experimentProperty().addListener((o, a, b) -> showExperiment(b));
        model.sessionProperty().addListener((o, a, b) -> {
            predictions.setData(model.dataProperty().get());
            live.invalidate();
        });
        model.loadingProperty().addListener((o, a, b) -> applyButton.setDisable(b));

        lessons = new LessonsPanel(model.lessons(), text.getLocale(), text, new LessonsPanel.Actions(
                lesson -> loadLesson(lesson, false), lesson -> loadLesson(lesson, true),
                () -> sideTabs.getSelectionModel().select(settingsTab), this::saveExperiment, this::guideLesson));
        VBox.setVgrow(lessons, javafx.scene.layout.Priority.ALWAYS);
        lessonsBox.getChildren().add(lessons);
        highlights = new LessonHighlights(networks.all(), curves, bands, predictions, diagnostics, detailTabs, bandsTab,
                predictionsTab, diagnosticsTab, bandQuantityBox, unitOnlyBox);
        highlights.setLessonTenViews(landscape, landscapeTab, inside, insideTab);
        model.lessonProperty().addListener((o, a, l) -> highlights.show(l));
        guided = GuidedLessonController.create(model, text.getLocale(), guidedWindow(), this::leaveGuidedLesson);
        model.lessonProperty().addListener((o, a, l) -> {
            // Another experiment was loaded: the guided lesson ends, its panel gives way to the list.
            if (guided.active() && l != guided.guided().lesson() && (l == null || a == guided.guided().lesson())) {
                leaveGuidedLesson();
            }
        });
        files = new FileActions(model, text, this::window, root, this::editedExperiment,
                (e, dir) -> restartWith("restart.what.open", e, dir), spec -> {
            form.useFileDataset(spec);
            applySettings();
        });

        focus.curves().smoothingProperty().bindBidirectional(curves.smoothingProperty());
        live = new LiveView(model::session, networks, curves, bands, predictions, diagnostics, stepStatus,
                rateStatus, fpsStatus, stateStatus, trainingModeItem::isSelected, text);
        live.setFocus(focus);
        live.setInsideViews(inside, landscape);
        presenterLayout = new PresenterLayout(root, sideTabs, lessonsTab, mainSplit, curvesHolder, networks, curves,
                bands, predictions, diagnostics, focus);
        presenterLayout.alsoStyle(inside::setChartStyle);
        presenterLayout.alsoStyle(landscape::setChartStyle);
        for (int i = 0; i < networks.all().size(); i++) {
            int network = i;
            networks.all().get(i).setOnLayerClicked(layer -> {
                inside.choose(network, layer); // "Inside BN" follows the clicked layer of that network
                detailTabs.getSelectionModel().select(insideTab);
                openFocus(layer); // and the layer is shown large for every network
            });
        }
        PresenterExtras.install(presenterLayout, live.status(), detailTabs); // headlines, whole tab names
        recorder = new RecordControls(text, this::window, root::getCenter, model.baseDirProperty()::get, recordButton,
                recordIndicator);
        ChartCopy.install(root, text);
        if (model.experiment() != null) {
            showExperiment(model.experiment());
            predictions.setData(model.dataProperty().get());
        }
        applyPresenter(model.presenterProperty().get());
        applyRidgeline(model.ridgelineProperty().get());
        if (model.lessonProperty().get() != null) {
            lessons.list().getSelectionModel().select(model.lessonProperty().get());
            sideTabs.getSelectionModel().select(lessonsTab);
            highlights.show(model.lessonProperty().get());
        }
        live.start();
    }

    /** Stops the frame loop (the window is being replaced or closed). */
    public void dispose() {
        live.stop();
        recorder.stop();
    }

    RecordControls recorder() {
        return recorder;
    }

    LiveView liveView() {
        return live;
    }

    InsideNormPanel insidePanel() {
        return inside;
    }

    List<HistogramGrid> grids() {
        return networks.all();
    }

    FocusView focusView() {
        return focus;
    }

    /** Shows layer {@code layer} (from 0) large for every run; ignored if the network has no such layer. */
    void openFocus(int layer) {
        if (layer < 0 || layer >= networks.all().get(0).layerCount()) return;
        focus.open(layer);
        live.invalidate();
    }

    private boolean closeFocus() {
        focus.close();
        live.invalidate();
        return true;
    }

    VBox lessonsBox() {
        return lessonsBox;
    }

    /** The experiment as the settings show it now, or the loaded one where a typed value is not valid. */
    private Experiment editedExperiment() {
        Experiment e = model.experiment();
        if (e == null) return null;
        List<String> problems = new ArrayList<>();
        Experiment edited = comparison.applyTo(remediesController.read(form.read(e, learningRate(), problems), problems), problems);
        return problems.isEmpty() ? edited : e;
    }

    private double learningRate() {
        return LearningRates.fromSlider(lrSlider.getValue());
    }

    private void showExperiment(Experiment e) {
        if (e == null) return;
        form.fill(e);
        remediesController.fill(e);
        comparison.fill(e);
        showingExperiment = true;
        lrSlider.setValue(LearningRates.toSlider(e.optimizer().learningRate()));
        showingExperiment = false;
        lrLabel.setText(LearningRates.format(e.optimizer().learningRate()));
        compareToggle.setSelected(e.compare() || !e.variants().isEmpty());
        compareToggle.setDisable("none".equals(e.normalization().kind()) && e.variants().isEmpty());
        experimentLabel.setText(e.name());
        GridTitle.show(gridTitle, text, e.probeSize());
        var d = model.dataProperty().get();
        if (d != null) {
            datasetSummary.setText(Messages.format(text, "settings.summary", d.train().size(), d.test().size(),
                    d.train().featureCount(), d.train().classCount()));
        }
        toolbarState.showNormalization();
        curves.setClipping(e.optimizer().gradientClip() > 0
                || bnlab.experiment.Variants.resolve(e).stream().anyMatch(v -> v.experiment().optimizer().gradientClip() > 0));
    }

    private void applyPresenter(boolean on) {
        presenterLayout.apply(on);
        Window w = root.getScene() == null ? null : root.getScene().getWindow();
        if (w instanceof javafx.stage.Stage stage && stage.isFullScreen() != on) stage.setFullScreen(on);
    }

    PresenterLayout presenterLayout() {
        return presenterLayout;
    }

    private void applyRidgeline(boolean on) {
        networks.all().forEach(g -> g.setRidgelineMode(on));
        live.invalidate();
    }

    /** Keyboard shortcuts for the classroom (see {@link KeyShortcuts}). */
    public void handleKey(KeyEvent e) {
        if (KeyShortcuts.typing(e)) return;
        if (guided.handleKey(e)) return; // → ← Page Down Page Up: a guided lesson's Next and Back
        keys.handle(e);
    }

    @FXML
    void togglePlay() {
        model.togglePlay();
    }

    @FXML
    void step() {
        model.step();
    }

    @FXML
    void reset() {
        model.reset(learningRate(), msg -> ErrorDialog.show(window(), text, "error.reset.title", msg,
                "error.reset.advice"));
        live.invalidate();
    }

    @FXML
    void toggleNormalization() {
        model.setNormalizationOn(normSwitch.isSelected());
    }

    private void toggleNormalizationByKey() {
        if (!model.hasNormalization()) return;
        model.setNormalizationOn(!model.normalizationOnProperty().get());
    }

    @FXML
    void toggleCompare() {
        Experiment e = model.experiment();
        if (e == null) return;
        boolean on = compareToggle.isSelected();
        // Off also ends a comparison of variants; on is the shorthand: this normalization against none.
        guard.confirm(on ? "restart.what.compareOn" : "restart.what.compareOff",
                () -> load(e.withVariants(List.of()).withCompare(on), model.baseDirProperty().get()),
                () -> compareToggle.setSelected(!on));
    }

    private void toggleCompareByKey() {
        if (compareToggle.isDisabled()) return;
        compareToggle.setSelected(!compareToggle.isSelected());
        toggleCompare();
    }

    @FXML
    void applySettings() {
        Experiment e = model.experiment();
        if (e == null) return;
        List<String> problems = new ArrayList<>();
        Experiment edited = comparison.applyTo(remediesController.read(form.read(e, learningRate(), problems), problems), problems);
        if (!problems.isEmpty()) {
            ErrorDialog.show(window(), text, "error.settings.title",
                    new InvalidExperimentException(text.getString("tab.settings"), problems).getMessage(),
                    "error.settings.advice");
            return;
        }
        guard.confirm("restart.what.apply", () -> load(edited, model.baseDirProperty().get()),
                () -> {}); // the edits stay in the form, to apply later
    }

    /** Starts the guided form of a lesson: its panel takes the Lessons tab, step 1 loads the experiment. */
    void guideLesson(bnlab.lessons.Lesson lesson) {
        lessonsBox.getChildren().setAll(guided.node());
        VBox.setVgrow(guided.node(), javafx.scene.layout.Priority.ALWAYS);
        sideTabs.getStyleClass().add("guided");
        sideTabs.getSelectionModel().select(lessonsTab);
        sideTabs.setVisible(true); // in presenter mode too: the step is what the class reads
        sideTabs.setManaged(true);
        guided.begin(lesson, trainingModeItem.isSelected(), model.ridgelineProperty().get());
    }

    private void leaveGuidedLesson() {
        guided.end();
        sideTabs.getStyleClass().remove("guided");
        lessonsBox.getChildren().setAll(lessons);
    }

    GuidedLessonController guidedLesson() {
        return guided;
    }

    /** What a guided step may change in the window. */
    private GuidedLesson.Window guidedWindow() {
        return new GuidedLesson.Window() {
            @Override
            public void load(bnlab.lessons.Lesson lesson) {
                loadLesson(lesson, false);
            }

            @Override
            public void highlight(List<bnlab.lessons.ChartHighlight> h) {
                highlights.show(h);
            }

            @Override
            public void showTrainingStatistics(boolean on) {
                trainingModeItem.setSelected(on);
            }

            @Override
            public void showOffsetView(boolean on) {
                model.ridgelineProperty().set(on);
            }

            @Override
            public void showLearningRate(double lr) {
                showingExperiment = true; // shown only: the step schedules it in the session
                lrSlider.setValue(LearningRates.toSlider(lr));
                showingExperiment = false;
                lrLabel.setText(LearningRates.format(lr));
            }

            @Override
            public void refresh() {
                live.invalidate();
            }
        };
    }

    /** Loads a lesson's experiment (and plays it if {@code run}); its charts are highlighted once it is loaded. */
    void loadLesson(bnlab.lessons.Lesson lesson, boolean run) {
        if (lesson.equals(model.lessonProperty().get()) && lesson.experiment().equals(model.experiment())) {
            if (run) model.play();
            return;
        }
        guard.confirm("restart.what.lesson", () -> loadLessonNow(lesson, run), () -> {});
    }

    private void loadLessonNow(bnlab.lessons.Lesson lesson, boolean run) {
        model.load(lesson.experiment(), Path.of(".").toAbsolutePath(), msg ->
                ErrorDialog.show(window(), text, "error.load.title", msg, "error.load.advice"), () -> {
                    model.lessonProperty().set(lesson);
                    live.invalidate();
                    if (run) model.play();
                });
    }

    /**
     * Loads {@code e} in place of the current experiment, asking first if that would discard trained
     * steps; {@code whatKey} names the action in the question (e.g. restart.what.variants).
     */
    void restartWith(String whatKey, Experiment e, Path dir) {
        guard.confirm(whatKey, () -> load(e, dir), () -> {});
    }

    /** Loads an experiment; on failure says why in a dialog and keeps the current one running. */
    void load(Experiment e, Path dir) {
        model.lessonProperty().set(null);
        model.load(e, dir, msg -> {
            showExperiment(model.experiment()); // undo the form's edits
            ErrorDialog.show(window(), text, "error.load.title", msg, "error.load.advice");
        }, () -> live.invalidate());
    }

    @FXML
    void openExperiment() {
        files.openExperiment();
    }

    /** Reads and loads an experiment file; an invalid one is reported and the current one kept. */
    public void openExperimentFile(Path file) {
        files.openExperimentFile(file);
    }

    @FXML
    void saveExperiment() {
        files.saveExperiment();
    }

    @FXML
    void openDataset() {
        files.openDataset();
    }

    @FXML
    void exportPng() {
        files.exportPng();
    }

    @FXML
    void toggleRecording() {
        recorder.toggle();
    }

    @FXML
    void exportCsv() {
        files.exportCsv();
    }

    @FXML
    void quit() {
        Platform.exit();
    }

    @FXML
    void showShortcuts() {
        info("menu.shortcuts", text.getString("shortcuts.text"));
    }

    @FXML
    void showChartHelp() {
        ChartHelpPage.show(window(), text);
    }

    /** The Inside BN view follows {@code layer} of network {@code name} from its next training step. */
    private void inspectLayer(String name, int layer) {
        var session = model.session();
        if (session == null) return;
        for (var run : session.runs()) if (run.name().equals(name)) run.inspectLayer(layer);
    }

    @FXML
    void showAbout() {
        info("menu.about", text.getString("about.text"));
    }

    private void info(String titleKey, String body) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, body, ButtonType.OK);
        a.initOwner(window());
        a.setTitle(text.getString(titleKey));
        a.setHeaderText(text.getString(titleKey));
        a.show();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}

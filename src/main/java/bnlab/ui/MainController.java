package bnlab.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * The main window (main.fxml): joins the panels, each an FXML file with its own controller, and
 * wires what spans them (the frame loop, presenter mode, the focus view, keys, files, recording).
 * It holds no state: the running state is in {@link LabModel}, the window's in {@link ViewModel}.
 */
public final class MainController {
    private final WindowContext context;
    private final LabModel model;
    private final ViewModel view;

    @FXML BorderPane root;
    @FXML TabPane sideTabs;
    @FXML Tab settingsTab;
    @FXML Tab lessonsTab;
    @FXML SplitPane mainSplit;
    @FXML StackPane centerStack;
    @FXML ToolbarController toolbarController;
    @FXML SettingsController settingsController;
    @FXML LessonsController lessonsController;
    @FXML GridsController gridsController;
    @FXML ChartsController chartsController;
    @FXML StatusController statusController;

    private FocusView focus;
    private PresenterLayout presenterLayout;
    private KeyShortcuts keys;
    private LiveView live;
    private FileActions files;
    private RecordControls recorder;

    MainController(WindowContext context) {
        this.context = context;
        this.model = context.model();
        this.view = context.view();
    }

    @FXML
    void initialize() {
        var text = context.text();
        ChartsController charts = chartsController;
        NetworkGrids networks = gridsController.networks();
        focus = new FocusView(text, context.strings(), () -> view.focusedLayerProperty().set(ViewModel.NO_FOCUS));
        centerStack.getChildren().add(focus);
        focus.curves().smoothingProperty().bindBidirectional(charts.curves.smoothingProperty());
        LegibleLayout.prepare((Pane) toolbarController.playButton.getParent(), charts.unitOnlyBox, charts.detailTabs,
                gridsController.gridTitle, charts.bandQuantityBox);

        live = new LiveView(model::session, view, networks, charts, statusController.line());
        live.setFocus(focus);
        redrawOnChange();
        new LessonHighlights(networks.all(), charts, view);

        files = new FileActions(model, text, context.actions()::window, root, this::editedExperiment,
                (e, dir) -> context.actions().restartWith("restart.what.open", e, dir),
                settingsController::useFileDatasetAndApply);
        recorder = new RecordControls(text, context.actions()::window, root::getCenter, model.baseDirProperty()::get,
                toolbarController.recordButton, statusController.recordIndicator);
        toolbarController.use(files, recorder);
        settingsController.use(files);
        lessonsController.use(files, () -> sideTabs.getSelectionModel().select(settingsTab), live::invalidate);

        keys = new KeyShortcuts(new KeyShortcuts.Actions(model::togglePlay, model::step, context.actions()::reset,
                toolbarController::toggleNormalizationByKey, toolbarController::toggleCompareByKey, this::openFocus,
                () -> focus.isActive() && closeFocus()));
        view.focusedLayerProperty().addListener((o, a, layer) -> showFocus(layer.intValue()));

        presenterLayout = new PresenterLayout(root, sideTabs, lessonsTab, mainSplit, charts.curvesHolder, networks,
                charts.curves, charts.bands, charts.predictions, charts.diagnostics, focus);
        presenterLayout.alsoStyle(charts.inside::setChartStyle);
        presenterLayout.alsoStyle(charts.landscape::setChartStyle);
        PresenterExtras.install(presenterLayout, statusController.line(), charts.detailTabs); // headlines, whole tab names
        view.presenterProperty().addListener((o, a, on) -> applyPresenter(on));
        applyPresenter(view.presenterProperty().get());

        for (int i = 0; i < networks.all().size(); i++) {
            int network = i;
            networks.all().get(i).setOnLayerClicked(layer -> {
                charts.inspect(network, layer); // "Inside BN" follows the clicked layer of that network
                openFocus(layer); // and the layer is shown large for every network
            });
        }
        view.guidedLessonProperty().addListener((o, a, l) -> showGuidedSide(l != null));
        if (model.lessonProperty().get() != null) sideTabs.getSelectionModel().select(lessonsTab);
        ChartCopy.install(root, text);
        live.start();
    }

    /** Whatever changes what the charts show is drawn in the next frame. */
    private void redrawOnChange() {
        for (var p : List.<javafx.beans.value.ObservableValue<?>>of(model.sessionProperty(), model.resettingProperty(), model.lessonProperty(), view.bandQuantityProperty(),
                view.bandUnitOnlyProperty(), view.trainingStatisticsProperty(), view.offsetViewProperty(),
                chartsController.detailTabs.getSelectionModel().selectedItemProperty())) {
            p.addListener((o, a, b) -> live.invalidate());
        }
    }

    /** The guided lesson takes the Lessons tab, in presenter mode too: the step is what the class reads. */
    private void showGuidedSide(boolean guided) {
        if (!guided) {
            sideTabs.getStyleClass().remove("guided");
            return;
        }
        if (!sideTabs.getStyleClass().contains("guided")) sideTabs.getStyleClass().add("guided");
        sideTabs.getSelectionModel().select(lessonsTab);
        sideTabs.setVisible(true);
        sideTabs.setManaged(true);
    }

    /** The experiment the settings describe, or the running one where a typed value is not valid. */
    private bnlab.experiment.Experiment editedExperiment() {
        var edited = settingsController.publishEdits();
        return edited != null ? edited : model.experiment();
    }

    /** Stops the frame loop and this window's guided lesson (the window is being replaced or closed). */
    public void dispose() {
        live.stop();
        recorder.stop();
        lessonsController.dispose();
        chartsController.sweepController.dispose();
    }

    /** Shows layer {@code layer} (from 0) large for every run; ignored if the network has no such layer. */
    void openFocus(int layer) {
        if (layer < 0 || layer >= grids().get(0).layerCount()) return;
        if (view.focusedLayerProperty().get() == layer) showFocus(layer); // the same layer again: shown afresh
        else view.focusedLayerProperty().set(layer);
    }

    private boolean closeFocus() {
        view.focusedLayerProperty().set(ViewModel.NO_FOCUS);
        return true;
    }

    private void showFocus(int layer) {
        if (layer == ViewModel.NO_FOCUS) focus.close();
        else focus.open(layer);
        live.invalidate();
    }

    private void applyPresenter(boolean on) {
        presenterLayout.apply(on);
        var w = context.actions().window();
        if (w instanceof Stage stage && stage.isFullScreen() != on) stage.setFullScreen(on);
    }

    /** Keyboard shortcuts for the classroom (see {@link KeyShortcuts}). */
    public void handleKey(KeyEvent e) {
        if (KeyShortcuts.typing(e)) return;
        if (lessonsController.guided().handleKey(e)) return; // → ← Page Down Page Up: a guided lesson's Next and Back
        keys.handle(e);
    }

    /**
     * Reads (on a thread of its own) and loads an experiment file named on the command line, a
     * shell's pipe included; an invalid one is reported and the current one kept.
     */
    public void openExperimentFile(Path file) {
        files.openExperimentFile(file, true);
    }

    /** Loads an experiment; on failure says why in a dialog and keeps the current one running. */
    void load(bnlab.experiment.Experiment e, Path dir) {
        context.actions().load(e, dir);
    }

    // The panels, for the window's tests.

    WindowActions actions() {
        return context.actions();
    }

    ToolbarController toolbar() {
        return toolbarController;
    }

    SettingsController settings() {
        return settingsController;
    }

    LessonsController lessons() {
        return lessonsController;
    }

    ChartsController charts() {
        return chartsController;
    }

    List<HistogramGrid> grids() {
        return gridsController.grids();
    }

    RecordControls recorder() {
        return recorder;
    }

    LiveView liveView() {
        return live;
    }

    FocusView focusView() {
        return focus;
    }

    PresenterLayout presenterLayout() {
        return presenterLayout;
    }
}

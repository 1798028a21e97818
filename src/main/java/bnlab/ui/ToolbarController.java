package bnlab.ui;

import bnlab.experiment.Experiment;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;

/**
 * The menus and the toolbar (toolbar.fxml): play, step, reset, speed, the normalization switch,
 * compare, the live learning rate and the view switches. Every control is bound to the two
 * models; the file and recording actions are given by the window ({@link #use}).
 */
public final class ToolbarController {
    private final LabModel model;
    private final ViewModel view;
    private final ResourceBundle text;
    private final WindowActions actions;
    private FileActions files;
    private RecordControls recorder;
    private ToolbarState state;

    @FXML FlowPane toolbar;
    @FXML Button playButton;
    @FXML ComboBox<Double> speedBox;
    @FXML ToggleButton normSwitch;
    @FXML ToggleButton compareToggle;
    @FXML Slider lrSlider;
    @FXML Label lrLabel;
    @FXML Label experimentLabel;
    @FXML Button recordButton;
    @FXML CheckMenuItem presenterItem;
    @FXML CheckMenuItem ridgelineItem;
    @FXML CheckMenuItem trainingModeItem;
    @FXML RadioMenuItem englishItem;
    @FXML RadioMenuItem chineseItem;

    ToolbarController(WindowContext context) {
        this.model = context.model();
        this.view = context.view();
        this.text = context.text();
        this.actions = context.actions();
    }

    @FXML
    void initialize() {
        TranslatedChoices.speeds(speedBox, text);
        TranslatedChoices.selectSpeed(speedBox, model.speedProperty().get());
        model.speedProperty().addListener((o, a, b) -> TranslatedChoices.selectSpeed(speedBox, b.doubleValue()));
        speedBox.valueProperty().addListener((o, a, b) -> { if (b != null) model.setSpeed(b); });
        bindLearningRate();
        presenterItem.selectedProperty().bindBidirectional(view.presenterProperty());
        ridgelineItem.selectedProperty().bindBidirectional(view.offsetViewProperty());
        trainingModeItem.selectedProperty().bindBidirectional(view.trainingStatisticsProperty());
        (Messages.CHINESE.equals(view.languageProperty().get()) ? chineseItem : englishItem).setSelected(true);
        englishItem.setOnAction(e -> view.languageProperty().set(Locale.ENGLISH));
        chineseItem.setOnAction(e -> view.languageProperty().set(Messages.CHINESE));
        state = new ToolbarState(model, playButton, normSwitch, text);
        model.experimentProperty().addListener((o, a, e) -> show(e));
        show(model.experiment());
    }

    /** The rate shows while the slider is dragged and takes effect on release: one change, not dozens. */
    private void bindLearningRate() {
        lrSlider.valueProperty().addListener((o, a, v) -> {
            if (isShownRate(v.doubleValue())) return;
            lrLabel.setText(LearningRates.format(LearningRates.fromSlider(v.doubleValue())));
            if (!lrSlider.isValueChanging()) model.setLearningRate(LearningRates.fromSlider(v.doubleValue()));
        });
        lrSlider.valueChangingProperty().addListener((o, a, changing) -> {
            if (!changing && !isShownRate(lrSlider.getValue())) model.setLearningRate(LearningRates.fromSlider(lrSlider.getValue()));
        });
        model.learningRateProperty().addListener((o, a, lr) -> showRate(lr.doubleValue()));
        showRate(model.learningRateProperty().get());
    }

    /** Whether the slider stands where the model's rate put it (an echo, not the user's move). */
    private boolean isShownRate(double sliderValue) {
        return sliderValue == LearningRates.toSlider(model.learningRateProperty().get());
    }

    private void showRate(double lr) {
        if (Double.isNaN(lr)) return;
        lrSlider.setValue(LearningRates.toSlider(lr));
        lrLabel.setText(LearningRates.format(lr));
    }

    private void show(Experiment e) {
        if (e == null) return;
        compareToggle.setSelected(e.compare() || !e.variants().isEmpty());
        compareToggle.setDisable("none".equals(e.normalization().kind()) && e.variants().isEmpty());
        experimentLabel.setText(e.name()); // clipped to the label's width (toolbar.fxml): the whole name on hover
        experimentLabel.setTooltip(new javafx.scene.control.Tooltip(e.name()));
        state.showNormalization();
    }

    /** The file actions and the recorder, which need the whole window; given once it is built. */
    void use(FileActions fileActions, RecordControls recordControls) {
        files = fileActions;
        recorder = recordControls;
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
        actions.reset();
    }

    @FXML
    void toggleNormalization() {
        model.setNormalizationOn(normSwitch.isSelected());
    }

    /** B: the normalization switch, where there is normalization to switch. */
    void toggleNormalizationByKey() {
        if (!model.hasNormalization()) return;
        model.setNormalizationOn(!model.normalizationOnProperty().get());
    }

    @FXML
    void toggleCompare() {
        Experiment e = model.experiment();
        if (e == null) return;
        boolean on = compareToggle.isSelected();
        // Off also ends a comparison of variants; on is the shorthand: this normalization against none.
        actions.confirm(on ? "restart.what.compareOn" : "restart.what.compareOff",
                () -> actions.load(e.withVariants(List.of()).withCompare(on), model.baseDirProperty().get()),
                () -> compareToggle.setSelected(!on));
    }

    /** C: compare on or off, where the experiment can be compared. */
    void toggleCompareByKey() {
        if (compareToggle.isDisabled()) return;
        compareToggle.setSelected(!compareToggle.isSelected());
        toggleCompare();
    }

    @FXML
    void openExperiment() {
        files.openExperiment();
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
    void exportCsv() {
        files.exportCsv();
    }

    @FXML
    void toggleRecording() {
        recorder.toggle();
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
        ChartHelpPage.show(actions.window(), text);
    }

    @FXML
    void showAbout() {
        info("menu.about", text.getString("about.text"));
    }

    private void info(String titleKey, String body) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, body, ButtonType.OK);
        a.initOwner(actions.window());
        a.setTitle(text.getString(titleKey));
        a.setHeaderText(text.getString(titleKey));
        a.show();
    }
}

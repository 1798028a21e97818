package bnlab.ui;

import bnlab.data.DatasetSpec;
import bnlab.data.PointGenerator;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import bnlab.experiment.InvalidExperimentException;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;

/**
 * The Settings tab (settings.fxml): shows the running experiment and publishes what the form
 * describes as the view model's edited experiment; "Apply and restart" loads it. Values are kept
 * as the experiment file spells them ("tanh", "before-activation"); the controls show them
 * translated. The remedies and the comparison builder are panels of their own, included here.
 */
public final class SettingsController {
    static final List<String> SOURCES = List.of("spiral", "circles", "moons", "xor", "blobs", "digits", "fashion-mnist");

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
    @FXML private RemedySettings remediesController;
    @FXML private ComparisonBuilder comparisonController;

    private final LabModel model;
    private final ViewModel view;
    private final ResourceBundle text;
    private final WindowActions actions;
    private DatasetSpec fileDataset; // the user's own IDX/CSV data, kept while "source" shows it
    private boolean filling;
    private FileActions files;

    SettingsController(WindowContext context) {
        this.model = context.model();
        this.view = context.view();
        this.text = context.text();
        this.actions = context.actions();
    }

    @FXML
    void initialize() {
        choices(sourceBox, SOURCES, "source.", text);
        choices(activationBox, ExperimentValidator.ACTIVATIONS, "activation.", text);
        choices(initBox, ExperimentValidator.INITS, "init.", text);
        choices(normKindBox, ExperimentValidator.NORMALIZATIONS, "norm.", text);
        choices(placementBox, ExperimentValidator.PLACEMENTS, "placement.", text);
        choices(optimizerBox, ExperimentValidator.OPTIMIZERS, "optimizer.", text);
        pointsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(DatasetSpec.MIN_POINTS, 20_000, 500, 100));
        noiseSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, 0.1, 0.05));
        classesSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 8, 2));
        layersSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, ExperimentValidator.MAX_HIDDEN_LAYERS, 3));
        widthSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(ExperimentValidator.MIN_WIDTH,
                ExperimentValidator.MAX_WIDTH, 16, 8));
        initScaleSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.001, 100, 1.0, 0.1));
        bnMomentumSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.001, 1, 0.1, 0.05));
        optMomentumSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 0.999, 0.9, 0.05));
        batchSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 10_000, 32, 1));
        stepsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100_000_000, 3000, 500));
        seedSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Integer.MAX_VALUE, 1));
        // One width for every layer, unless the list is edited by hand.
        layersSpinner.valueProperty().addListener((o, a, b) -> syncWidths());
        widthSpinner.valueProperty().addListener((o, a, b) -> syncWidths());
        sourceBox.valueProperty().addListener((o, a, b) -> showSourceFields());
        model.experimentProperty().addListener((o, a, e) -> show(e));
        model.dataProperty().addListener((o, a, d) -> showDatasetSummary());
        model.loadingProperty().addListener((o, a, b) -> applyButton.setDisable(b));
        // A failed load puts the running experiment back here: the form's edits are undone.
        view.editedExperimentProperty().addListener((o, a, e) -> {
            if (e != null && e == model.experiment()) show(e);
        });
        watchEdits();
        show(model.experiment());
    }

    /** Shows {@code e} (the running experiment) in every part of the form. */
    private void show(Experiment e) {
        if (e == null) return;
        filling = true;
        try {
            fill(e);
            remediesController.fill(e);
            comparisonController.fill(e);
        } finally {
            filling = false;
        }
        showSourceFields();
        showDatasetSummary();
        view.settingsProblems().clear();
        view.editedExperimentProperty().set(e);
    }

    private void showDatasetSummary() {
        var d = model.dataProperty().get();
        if (d == null) return;
        datasetSummary.setText(Messages.format(text, "settings.summary", d.train().size(), d.test().size(),
                d.train().featureCount(), d.train().classCount()));
    }

    /** Publishes the form's edits as they are made (the values committed so far). */
    private void watchEdits() {
        for (ComboBox<?> b : List.of(sourceBox, activationBox, initBox, normKindBox, placementBox, optimizerBox)) {
            b.valueProperty().addListener((o, a, v) -> publish());
        }
        for (Spinner<?> sp : spinners()) sp.valueProperty().addListener((o, a, v) -> publish());
        for (TextField f : List.of(widthsField, epsilonField, weightDecayField)) f.textProperty().addListener((o, a, v) -> publish());
        model.learningRateProperty().addListener((o, a, v) -> publish());
    }

    /** Reads the form into the view model: the edited experiment, or what is wrong with the typed-in text. */
    private Experiment publish() {
        Experiment e = model.experiment();
        if (e == null || filling) return null;
        List<String> problems = new ArrayList<>();
        Experiment edited = comparisonController.applyTo(remediesController.read(read(e, model.learningRateProperty().get(),
                problems), problems), problems);
        view.settingsProblems().setAll(problems);
        if (!problems.isEmpty()) return null;
        view.editedExperimentProperty().set(edited);
        return edited;
    }

    /**
     * Publishes the form, taking typed-in text as it stands; returns the experiment it describes,
     * or null where a typed value is not valid (the problems are then in the view model).
     */
    Experiment publishEdits() {
        commitSpinners();
        return publish();
    }

    @FXML
    void applySettings() {
        if (model.experiment() == null) return;
        Experiment edited = publishEdits();
        if (edited == null) {
            ErrorDialog.show(actions.window(), text, "error.settings.title",
                    new InvalidExperimentException(text.getString("tab.settings"), view.settingsProblems()).getMessage(),
                    "error.settings.advice");
            return;
        }
        actions.restartWith("restart.what.apply", edited, model.baseDirProperty().get());
        // on Cancel the edits stay in the form, to apply later
    }

    /** The file actions, which need the whole window; given once it is built. */
    void use(FileActions fileActions) {
        files = fileActions;
    }

    @FXML
    void openDataset() {
        files.openDataset();
    }

    /** Uses the user's own data file (IDX or CSV) as the dataset and applies the settings. */
    void useFileDatasetAndApply(DatasetSpec spec) {
        useFileDataset(spec);
        applySettings();
    }

    /** A combo box holding experiment-file values, shown with their translated names (a short one when closed). */
    private static void choices(ComboBox<String> box, List<String> values, String prefix, ResourceBundle text) {
        TranslatedChoices.fill(box, values, prefix, text);
    }

    private void syncWidths() {
        if (filling) return;
        List<String> w = new ArrayList<>();
        for (int i = 0; i < layersSpinner.getValue(); i++) w.add(String.valueOf(widthSpinner.getValue()));
        widthsField.setText(String.join(", ", w));
    }

    private void showSourceFields() {
        String s = sourceBox.getValue();
        boolean generated = s != null && PointGenerator.named(s) != null;
        for (var n : List.of(pointsSpinner, noiseSpinner, classesSpinner, pointsLabel, noiseLabel, classesLabel)) n.setDisable(!generated);
        if (generated && !filling) {
            PointGenerator g = PointGenerator.named(s);
            noiseSpinner.getValueFactory().setValue(g.defaultNoise());
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) classesSpinner.getValueFactory()).setMin(g.minClasses());
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) classesSpinner.getValueFactory()).setMax(g.maxClasses());
            classesSpinner.getValueFactory().setValue(g.defaultClasses());
        }
    }

    /** Shows {@code e} in the controls. */
    private void fill(Experiment e) {
        DatasetSpec d = e.dataset();
        if (SOURCES.contains(d.source())) {
            fileDataset = null;
            sourceBox.getItems().setAll(SOURCES);
        } else {
            fileDataset = d; // the user's own file: listed as its own entry
            List<String> items = new ArrayList<>(SOURCES);
            items.add(d.source());
            sourceBox.getItems().setAll(items);
        }
        sourceBox.setValue(d.source());
        if (d.points() != null) pointsSpinner.getValueFactory().setValue(d.points());
        if (d.noise() != null) noiseSpinner.getValueFactory().setValue(d.noise());
        if (d.classes() != null) classesSpinner.getValueFactory().setValue(d.classes());
        List<Integer> h = e.network().hidden();
        layersSpinner.getValueFactory().setValue(h.size());
        widthSpinner.getValueFactory().setValue(h.get(0));
        widthsField.setText(String.join(", ", h.stream().map(String::valueOf).toList()));
        activationBox.setValue(e.network().activation());
        initBox.setValue(e.network().init());
        initScaleSpinner.getValueFactory().setValue(e.network().initScale());
        normKindBox.setValue(e.normalization().kind());
        placementBox.setValue(e.normalization().placement());
        bnMomentumSpinner.getValueFactory().setValue(e.normalization().momentum());
        epsilonField.setText(String.valueOf(e.normalization().epsilon()));
        optimizerBox.setValue(e.optimizer().kind());
        optMomentumSpinner.getValueFactory().setValue(e.optimizer().momentum());
        weightDecayField.setText(String.valueOf(e.optimizer().weightDecay()));
        batchSpinner.getValueFactory().setValue(e.batchSize());
        stepsSpinner.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, e.steps()));
        seedSpinner.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, e.seed()));
    }

    /** Uses the user's own data file (IDX or CSV) as the dataset. */
    private void useFileDataset(DatasetSpec spec) {
        fileDataset = spec;
        List<String> items = new ArrayList<>(SOURCES);
        items.add(spec.source());
        sourceBox.getItems().setAll(items);
        sourceBox.setValue(spec.source());
    }

    /**
     * The experiment the form describes, starting from {@code base} (fields the form doesn't show
     * are kept); problems with typed-in text are added to {@code problems}.
     */
    private Experiment read(Experiment base, double learningRate, List<String> problems) {
        String src = sourceBox.getValue();
        DatasetSpec d;
        if (fileDataset != null && src.equals(fileDataset.source())) {
            d = fileDataset;
        } else if (PointGenerator.named(src) != null) {
            d = DatasetSpec.points(src, pointsSpinner.getValue(), noiseSpinner.getValue(), classesSpinner.getValue());
        } else {
            d = DatasetSpec.of(src);
        }
        List<Integer> hidden = new ArrayList<>();
        for (String part : widthsField.getText().split("[,\\s]+")) {
            if (part.isBlank()) continue;
            try {
                hidden.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException ex) {
                problems.add("network.hidden: \"" + part + "\" is not a whole number");
            }
        }
        return base.withDataset(d)
                .withNetwork(new Experiment.NetworkSection(hidden, activationBox.getValue(), initBox.getValue(),
                        initScaleSpinner.getValue()))
                .withNormalization(new Experiment.NormalizationSection(normKindBox.getValue(), placementBox.getValue(),
                        bnMomentumSpinner.getValue(), number(epsilonField, "normalization.epsilon", problems)))
                .withOptimizer(new Experiment.OptimizerSection(optimizerBox.getValue(), learningRate,
                        optMomentumSpinner.getValue(), number(weightDecayField, "optimizer.weightDecay", problems)))
                .withBatchSize(batchSpinner.getValue()).withSteps(stepsSpinner.getValue()).withSeed(seedSpinner.getValue());
    }

    private static double number(TextField f, String name, List<String> problems) {
        try {
            return Double.parseDouble(f.getText().trim());
        } catch (NumberFormatException ex) {
            problems.add(name + ": \"" + f.getText() + "\" is not a number");
            return Double.NaN;
        }
    }

    /** Spinners keep typed text uncommitted until Enter; take it as it stands. */
    private void commitSpinners() {
        for (Spinner<?> s : spinners()) commit(s);
    }

    private List<Spinner<?>> spinners() {
        return List.of(pointsSpinner, noiseSpinner, classesSpinner, layersSpinner, widthSpinner, initScaleSpinner,
                bnMomentumSpinner, optMomentumSpinner, batchSpinner, stepsSpinner, seedSpinner);
    }

    private static <T> void commit(Spinner<T> s) {
        if (!s.isEditable()) return;
        try {
            T v = s.getValueFactory().getConverter().fromString(s.getEditor().getText());
            if (v != null) s.getValueFactory().setValue(v);
        } catch (RuntimeException ex) {
            s.getEditor().setText(s.getValueFactory().getConverter().toString(s.getValue()));
        }
    }
}

package bnlab.ui;

import bnlab.data.DatasetSpec;
import bnlab.data.PointGenerator;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;

/**
 * The settings panel: shows an experiment in the form's controls and reads an edited experiment
 * back. Values are kept as the experiment file spells them ("tanh", "before-activation"); the
 * controls show them translated.
 */
final class SettingsForm {
    static final List<String> SOURCES = List.of("spiral", "circles", "moons", "xor", "blobs", "digits", "fashion-mnist");

    final ComboBox<String> source;
    final Spinner<Integer> points;
    final Spinner<Double> noise;
    final Spinner<Integer> classes;
    final Spinner<Integer> layers;
    final Spinner<Integer> width;
    final TextField widths;
    final ComboBox<String> activation;
    final ComboBox<String> init;
    final Spinner<Double> initScale;
    final ComboBox<String> normKind;
    final ComboBox<String> placement;
    final Spinner<Double> bnMomentum;
    final TextField epsilon;
    final ComboBox<String> optimizer;
    final Spinner<Double> optMomentum;
    final TextField weightDecay;
    final Spinner<Integer> batch;
    final Spinner<Integer> steps;
    final Spinner<Integer> seed;
    final Label pointsLabel;
    final Label noiseLabel;
    final Label classesLabel;
    private DatasetSpec fileDataset; // the user's own IDX/CSV data, kept while "source" shows it
    private boolean filling;

    SettingsForm(ComboBox<String> source, Spinner<Integer> points, Spinner<Double> noise, Spinner<Integer> classes,
            Spinner<Integer> layers, Spinner<Integer> width, TextField widths, ComboBox<String> activation,
            ComboBox<String> init, Spinner<Double> initScale, ComboBox<String> normKind, ComboBox<String> placement,
            Spinner<Double> bnMomentum, TextField epsilon, ComboBox<String> optimizer, Spinner<Double> optMomentum,
            TextField weightDecay, Spinner<Integer> batch, Spinner<Integer> steps, Spinner<Integer> seed,
            Label pointsLabel, Label noiseLabel, Label classesLabel, ResourceBundle text) {
        this.source = source;
        this.points = points;
        this.noise = noise;
        this.classes = classes;
        this.layers = layers;
        this.width = width;
        this.widths = widths;
        this.activation = activation;
        this.init = init;
        this.initScale = initScale;
        this.normKind = normKind;
        this.placement = placement;
        this.bnMomentum = bnMomentum;
        this.epsilon = epsilon;
        this.optimizer = optimizer;
        this.optMomentum = optMomentum;
        this.weightDecay = weightDecay;
        this.batch = batch;
        this.steps = steps;
        this.seed = seed;
        this.pointsLabel = pointsLabel;
        this.noiseLabel = noiseLabel;
        this.classesLabel = classesLabel;
        choices(source, SOURCES, "source.", text);
        choices(activation, ExperimentValidator.ACTIVATIONS, "activation.", text);
        choices(init, ExperimentValidator.INITS, "init.", text);
        choices(normKind, ExperimentValidator.NORMALIZATIONS, "norm.", text);
        choices(placement, ExperimentValidator.PLACEMENTS, "placement.", text);
        choices(optimizer, ExperimentValidator.OPTIMIZERS, "optimizer.", text);
        points.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(DatasetSpec.MIN_POINTS, 20_000, 500, 100));
        noise.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, 0.1, 0.05));
        classes.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 8, 2));
        layers.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, ExperimentValidator.MAX_HIDDEN_LAYERS, 3));
        width.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(ExperimentValidator.MIN_WIDTH,
                ExperimentValidator.MAX_WIDTH, 16, 8));
        initScale.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.001, 100, 1.0, 0.1));
        bnMomentum.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.001, 1, 0.1, 0.05));
        optMomentum.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 0.999, 0.9, 0.05));
        batch.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 10_000, 32, 1));
        steps.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100_000_000, 3000, 500));
        seed.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Integer.MAX_VALUE, 1));
        // One width for every layer, unless the list is edited by hand.
        layers.valueProperty().addListener((o, a, b) -> syncWidths());
        width.valueProperty().addListener((o, a, b) -> syncWidths());
        source.valueProperty().addListener((o, a, b) -> showSourceFields());
    }

    /** A combo box holding experiment-file values, shown with their translated names (a short one when closed). */
    private static void choices(ComboBox<String> box, List<String> values, String prefix, ResourceBundle text) {
        TranslatedChoices.fill(box, values, prefix, text);
    }

    private void syncWidths() {
        if (filling) return;
        List<String> w = new ArrayList<>();
        for (int i = 0; i < layers.getValue(); i++) w.add(String.valueOf(width.getValue()));
        widths.setText(String.join(", ", w));
    }

    private void showSourceFields() {
        String s = source.getValue();
        boolean generated = s != null && PointGenerator.named(s) != null;
        for (var n : List.of(points, noise, classes, pointsLabel, noiseLabel, classesLabel)) n.setDisable(!generated);
        if (generated && !filling) {
            PointGenerator g = PointGenerator.named(s);
            noise.getValueFactory().setValue(g.defaultNoise());
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) classes.getValueFactory()).setMin(g.minClasses());
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) classes.getValueFactory()).setMax(g.maxClasses());
            classes.getValueFactory().setValue(g.defaultClasses());
        }
    }

    /** Shows {@code e} in the controls. */
    void fill(Experiment e) {
        filling = true;
        try {
            DatasetSpec d = e.dataset();
            if (SOURCES.contains(d.source())) {
                fileDataset = null;
                source.getItems().setAll(SOURCES);
            } else {
                fileDataset = d; // the user's own file: listed as its own entry
                List<String> items = new ArrayList<>(SOURCES);
                items.add(d.source());
                source.getItems().setAll(items);
            }
            source.setValue(d.source());
            if (d.points() != null) points.getValueFactory().setValue(d.points());
            if (d.noise() != null) noise.getValueFactory().setValue(d.noise());
            if (d.classes() != null) classes.getValueFactory().setValue(d.classes());
            List<Integer> h = e.network().hidden();
            layers.getValueFactory().setValue(h.size());
            width.getValueFactory().setValue(h.get(0));
            widths.setText(String.join(", ", h.stream().map(String::valueOf).toList()));
            activation.setValue(e.network().activation());
            init.setValue(e.network().init());
            initScale.getValueFactory().setValue(e.network().initScale());
            normKind.setValue(e.normalization().kind());
            placement.setValue(e.normalization().placement());
            bnMomentum.getValueFactory().setValue(e.normalization().momentum());
            epsilon.setText(String.valueOf(e.normalization().epsilon()));
            optimizer.setValue(e.optimizer().kind());
            optMomentum.getValueFactory().setValue(e.optimizer().momentum());
            weightDecay.setText(String.valueOf(e.optimizer().weightDecay()));
            batch.getValueFactory().setValue(e.batchSize());
            steps.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, e.steps()));
            seed.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, e.seed()));
        } finally {
            filling = false;
        }
        showSourceFields();
    }

    /** Uses the user's own data file (IDX or CSV) as the dataset. */
    void useFileDataset(DatasetSpec spec) {
        fileDataset = spec;
        List<String> items = new ArrayList<>(SOURCES);
        items.add(spec.source());
        source.getItems().setAll(items);
        source.setValue(spec.source());
    }

    /**
     * The experiment the form describes, starting from {@code base} (fields the form doesn't show
     * are kept); problems with typed-in text are added to {@code problems}.
     */
    Experiment read(Experiment base, double learningRate, List<String> problems) {
        commitSpinners();
        String src = source.getValue();
        DatasetSpec d;
        if (fileDataset != null && src.equals(fileDataset.source())) {
            d = fileDataset;
        } else if (PointGenerator.named(src) != null) {
            d = DatasetSpec.points(src, points.getValue(), noise.getValue(), classes.getValue());
        } else {
            d = DatasetSpec.of(src);
        }
        List<Integer> hidden = new ArrayList<>();
        for (String part : widths.getText().split("[,\\s]+")) {
            if (part.isBlank()) continue;
            try {
                hidden.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException ex) {
                problems.add("network.hidden: \"" + part + "\" is not a whole number");
            }
        }
        return base.withDataset(d)
                .withNetwork(new Experiment.NetworkSection(hidden, activation.getValue(), init.getValue(),
                        initScale.getValue()))
                .withNormalization(new Experiment.NormalizationSection(normKind.getValue(), placement.getValue(),
                        bnMomentum.getValue(), number(epsilon, "normalization.epsilon", problems)))
                .withOptimizer(new Experiment.OptimizerSection(optimizer.getValue(), learningRate,
                        optMomentum.getValue(), number(weightDecay, "optimizer.weightDecay", problems)))
                .withBatchSize(batch.getValue()).withSteps(steps.getValue()).withSeed(seed.getValue());
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
        for (Spinner<?> s : List.of(points, noise, classes, layers, width, initScale, bnMomentum, optMomentum, batch,
                steps, seed)) {
            commit(s);
        }
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

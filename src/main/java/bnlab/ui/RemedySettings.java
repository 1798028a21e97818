package bnlab.ui;

import bnlab.experiment.Experiment;
import bnlab.experiment.RemedyRules;
import java.util.List;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * The settings of the remedies beside batch normalization (remedies.fxml): GroupNorm's groups,
 * Batch Renorm's rmax, dmax and warm-up, dropout, L1, gradient clipping, and the learning-rate
 * schedule with its warm-up. Shows an experiment's values and reads edited ones back; fields the
 * form does not show (a step schedule's stepSize and gamma, the cosine's length) are kept.
 */
public final class RemedySettings {
    private final ResourceBundle text;
    @FXML private Spinner<Integer> groupsSpinner;
    @FXML private Spinner<Double> rmaxSpinner;
    @FXML private Spinner<Double> dmaxSpinner;
    @FXML private Spinner<Integer> renormWarmupSpinner;
    @FXML private Spinner<Double> dropoutSpinner;
    @FXML private TextField l1Field;
    @FXML private TextField gradientClipField;
    @FXML private ComboBox<String> scheduleBox;
    @FXML private Spinner<Integer> warmupSpinner;

    RemedySettings(WindowContext context) {
        this.text = context.text();
    }

    @FXML
    void initialize() {
        groupsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 256, 4));
        rmaxSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(1, 100, 3, 0.5));
        dmaxSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 100, 5, 0.5));
        renormWarmupSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100_000_000, 0, 100));
        dropoutSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, RemedyRules.MAX_DROPOUT, 0, 0.05));
        warmupSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100_000_000, 0, 100));
        scheduleBox.getItems().setAll(RemedyRules.SCHEDULES);
        scheduleBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : text.getString("schedule." + v);
            }

            @Override
            public String fromString(String s) {
                return scheduleBox.getValue();
            }
        });
    }

    /** Shows {@code e}'s remedies. */
    void fill(Experiment e) {
        Experiment.NormalizationSection n = e.normalization();
        groupsSpinner.getValueFactory().setValue(n.groups());
        rmaxSpinner.getValueFactory().setValue(n.rmax());
        dmaxSpinner.getValueFactory().setValue(n.dmax());
        renormWarmupSpinner.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, n.renormWarmup()));
        dropoutSpinner.getValueFactory().setValue(e.network().dropout());
        l1Field.setText(String.valueOf(e.optimizer().l1()));
        gradientClipField.setText(String.valueOf(e.optimizer().gradientClip()));
        scheduleBox.setValue(e.optimizer().schedule().kind());
        warmupSpinner.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, e.optimizer().schedule().warmupSteps()));
    }

    /** {@code e} with the remedies the form shows; problems with typed-in text are added to {@code problems}. */
    Experiment read(Experiment e, List<String> problems) {
        for (Spinner<?> s : List.of(groupsSpinner, rmaxSpinner, dmaxSpinner, renormWarmupSpinner, dropoutSpinner,
                warmupSpinner)) {
            commit(s);
        }
        Experiment.NormalizationSection n = e.normalization();
        Experiment.OptimizerSection o = e.optimizer();
        Experiment.ScheduleSection s = o.schedule().withKind(scheduleBox.getValue())
                .withWarmup(warmupSpinner.getValue(), o.schedule().warmupStartFactor());
        return e.withNetwork(e.network().withDropout(dropoutSpinner.getValue()))
                .withNormalization(new Experiment.NormalizationSection(n.kind(), n.placement(), n.momentum(), n.epsilon(),
                        groupsSpinner.getValue(), rmaxSpinner.getValue(), dmaxSpinner.getValue(),
                        renormWarmupSpinner.getValue()))
                .withOptimizer(o.withRemedies(number(l1Field, "optimizer.l1", problems),
                        number(gradientClipField, "optimizer.gradientClip", problems), s));
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
    private static <T> void commit(Spinner<T> s) {
        try {
            T v = s.getValueFactory().getConverter().fromString(s.getEditor().getText());
            if (v != null) s.getValueFactory().setValue(v);
        } catch (RuntimeException ex) {
            s.getEditor().setText(s.getValueFactory().getConverter().toString(s.getValue()));
        }
    }
}

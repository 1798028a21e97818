package bnlab.ui;

import bnlab.experiment.Experiment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * The settings panel's comparison builder (comparison.fxml): pick the one setting that differs,
 * 2 or 3 networks, and each one's value and name; "Apply and restart" trains them side by side.
 * It shows a loaded experiment's comparison, and keeps one written in a file that differs in more
 * than one setting as it is, unless the user builds another.
 */
public final class ComparisonBuilder {
    @FXML ComboBox<Comparison.Dimension> dimensionBox;
    @FXML Label countLabel;
    @FXML Spinner<Integer> countSpinner;
    @FXML GridPane variantGrid;
    @FXML ComboBox<String> choice1;
    @FXML ComboBox<String> choice2;
    @FXML ComboBox<String> choice3;
    @FXML TextField number1;
    @FXML TextField number2;
    @FXML TextField number3;
    @FXML TextField name1;
    @FXML TextField name2;
    @FXML TextField name3;
    @FXML Label index3;
    @FXML Node value3;
    @FXML Label note;

    private final ResourceBundle text;
    private List<ComboBox<String>> choices;
    private List<TextField> numbers;
    private List<TextField> names;
    private Experiment shown;
    private Comparison filled = Comparison.NOTHING;
    private boolean filling;

    ComparisonBuilder(WindowContext context) {
        this.text = context.text();
    }

    @FXML
    void initialize() {
        choices = List.of(choice1, choice2, choice3);
        numbers = List.of(number1, number2, number3);
        names = List.of(name1, name2, name3);
        countSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 3, 2));
        StringConverter<Comparison.Dimension> dimensionNames = new StringConverter<>() {
            @Override
            public String toString(Comparison.Dimension d) {
                // The closed box is narrow: a short name where there is one; the list shows the whole.
                String key = d == null ? "" : "compare.dim." + d.name().toLowerCase();
                return d == null ? "" : text.getString(text.containsKey(key + ".short") ? key + ".short" : key);
            }

            @Override
            public Comparison.Dimension fromString(String s) {
                return null;
            }
        };
        dimensionBox.setConverter(dimensionNames);
        dimensionBox.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Comparison.Dimension item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.getString("compare.dim." + item.name().toLowerCase()));
            }
        });
        dimensionBox.getItems().setAll(Comparison.Dimension.pickable());
        dimensionBox.valueProperty().addListener((o, a, b) -> dimensionPicked(b));
        countSpinner.valueProperty().addListener((o, a, b) -> layout());
        for (int i = 0; i < 3; i++) {
            int row = i;
            choices.get(i).valueProperty().addListener((o, a, b) -> showDefaultName(row));
            numbers.get(i).textProperty().addListener((o, a, b) -> showDefaultName(row));
        }
        layout();
    }

    /** Shows {@code e}'s comparison. */
    void fill(Experiment e) {
        shown = e;
        filled = Comparison.of(e);
        filling = true;
        try {
            List<Comparison.Dimension> items = new ArrayList<>(Comparison.Dimension.pickable());
            if (filled.dimension() == Comparison.Dimension.FILE) items.add(Comparison.Dimension.FILE);
            dimensionBox.getItems().setAll(items);
            dimensionBox.setValue(filled.dimension());
            showValues(filled.dimension(), filled.values(), filled.names());
        } finally {
            filling = false;
        }
        layout();
    }

    /**
     * {@code edited} (the rest of the settings) with the comparison the builder shows; unchanged
     * if the user did not touch it, so a file's variants and the compare shorthand survive.
     */
    Experiment applyTo(Experiment edited, List<String> problems) {
        Comparison now = current();
        if (now.equals(filled)) return edited;
        return now.applyTo(edited, text, problems);
    }

    private Comparison current() {
        Comparison.Dimension d = dimensionBox.getValue();
        if (d == null || d == Comparison.Dimension.NONE) return Comparison.NOTHING;
        if (d == Comparison.Dimension.FILE) return filled;
        List<String> values = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (int i = 0; i < countSpinner.getValue(); i++) {
            values.add(value(d, i));
            given.add(names.get(i).getText() == null ? "" : names.get(i).getText());
        }
        return new Comparison(d, values, given);
    }

    private String value(Comparison.Dimension d, int row) {
        if (d.choices != null) return choices.get(row).getValue() == null ? "" : choices.get(row).getValue();
        return numbers.get(row).getText() == null ? "" : numbers.get(row).getText().trim();
    }

    private void dimensionPicked(Comparison.Dimension d) {
        if (filling || d == null || shown == null) return;
        if (d == filled.dimension()) {
            showValues(d, filled.values(), filled.names());
        } else if (d != Comparison.Dimension.NONE && d != Comparison.Dimension.FILE) {
            List<String> start = d.startingValues(shown);
            showValues(d, start.subList(0, countSpinner.getValue()), List.of("", "", ""));
        }
        layout();
    }

    private void showValues(Comparison.Dimension d, List<String> values, List<String> given) {
        if (d.choices == null && d.field == null) {
            countSpinner.getValueFactory().setValue(2);
            return;
        }
        List<String> start = d.startingValues(shown);
        countSpinner.getValueFactory().setValue(Math.max(2, Math.min(3, values.size())));
        for (int i = 0; i < 3; i++) {
            String v = i < values.size() ? values.get(i) : start.get(i);
            if (d.choices != null) {
                // The short names (BN, LN, none) fit the narrow column and are what the networks get called.
                TranslatedChoices.fill(choices.get(i), d.choices, "compare.name." + d.name().toLowerCase() + ".", text);
                choices.get(i).setValue(v);
            } else {
                numbers.get(i).setText(v);
            }
            names.get(i).setText(i < given.size() ? given.get(i) : "");
            showDefaultName(i);
        }
    }

    /** An empty name field shows, greyed, the name the network will get. */
    private void showDefaultName(int row) {
        Comparison.Dimension d = dimensionBox.getValue();
        if (d == null || d.field == null) return;
        names.get(row).setPromptText(Comparison.defaultName(d, value(d, row), text));
    }

    private void layout() {
        Comparison.Dimension d = dimensionBox.getValue();
        boolean building = d != null && d.field != null;
        for (Node n : List.of(countLabel, countSpinner, variantGrid)) {
            n.setVisible(building);
            n.setManaged(building);
        }
        boolean three = countSpinner.getValue() != null && countSpinner.getValue() == 3;
        for (Node n : List.of(index3, value3, name3)) {
            n.setVisible(three);
            n.setManaged(three);
        }
        for (int i = 0; i < 3; i++) {
            boolean choice = building && d.choices != null;
            choices.get(i).setVisible(choice);
            numbers.get(i).setVisible(building && !choice);
        }
        if (d == Comparison.Dimension.FILE) {
            note.setText(Messages.format(text, "compare.note.file", String.join(" · ", filled.names())));
        } else {
            note.setText(text.getString(building ? "compare.note" : "compare.note.none"));
        }
    }
}

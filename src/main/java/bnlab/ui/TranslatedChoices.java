package bnlab.ui;

import bnlab.stats.Quantity;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Combo boxes whose values are shown in the user's language (speeds, measured quantities). */
final class TranslatedChoices {
    private TranslatedChoices() {}

    /** Training speeds in steps per second; 0 means as fast as possible. */
    static void speeds(ComboBox<Double> box, ResourceBundle text) {
        show(box, List.of(0.0, 2.0, 10.0, 30.0, 100.0, 300.0, 1000.0),
                v -> v == 0 ? text.getString("speed.max") : Messages.format(text, "speed.rate", v.intValue()));
    }

    /**
     * Selects {@code stepsPerSecond} in a box made by {@link #speeds}, first adding it in order among
     * the choices where it is not one of them (e.g. {@code --speed 200}), so the box never shows blank.
     */
    static void selectSpeed(ComboBox<Double> box, double stepsPerSecond) {
        var items = box.getItems();
        if (!items.contains(stepsPerSecond)) {
            int i = 1; // after "as fast as possible"
            while (i < items.size() && items.get(i) < stepsPerSecond) i++;
            items.add(stepsPerSecond <= 0 ? 0 : i, stepsPerSecond);
        }
        box.setValue(stepsPerSecond);
    }

    /**
     * The quantities the percentile bands can follow. Where the box is too narrow for a long name (the
     * right column on a projector beside the Lessons tab) it shows the short one; the list and the
     * box's tooltip the whole.
     */
    static void quantities(ComboBox<Quantity> box, ResourceBundle text) {
        Function<Quantity, String> full = q -> text.getString("quantity." + q.id());
        show(box, List.of(Quantity.PRE_NORM, Quantity.PRE_ACTIVATION, Quantity.ACTIVATION, Quantity.GRADIENT), full);
        box.setButtonCell(new FittingChoiceCell<>(full, q -> text.containsKey("quantity." + q.id() + ".short")
                ? text.getString("quantity." + q.id() + ".short") : full.apply(q)));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> box.getValue() == null ? "" : full.apply(box.getValue()), box.valueProperty()));
        box.setTooltip(tip);
    }

    /** The quantities a histogram grid shows (its columns). */
    static void gridQuantities(ComboBox<Quantity> box, ResourceBundle text) {
        show(box, List.of(HistogramGrid.COLUMNS), q -> text.getString("quantity." + q.id()));
    }

    /**
     * Experiment-file values ("layer", "after-activation") shown by their translations under {@code prefix}.
     * Where a translation has a short form ({@code prefix + value + ".short"}) the closed box shows that,
     * so a narrow settings column shows the choice whole; the list and the box's tooltip show the long one.
     */
    static void fill(ComboBox<String> box, List<String> values, String prefix, ResourceBundle text) {
        Function<String, String> full = v -> text.containsKey(prefix + v) ? text.getString(prefix + v) : v;
        show(box, values, full);
        box.setButtonCell(new ShortNameCell(v -> text.containsKey(prefix + v + ".short")
                ? text.getString(prefix + v + ".short") : full.apply(v)));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> box.getValue() == null ? "" : full.apply(box.getValue()), box.valueProperty()));
        box.setTooltip(tip);
    }

    /** The closed box's cell: the value's short name. */
    static final class ShortNameCell extends javafx.scene.control.ListCell<String> {
        private final Function<String, String> name;

        ShortNameCell(Function<String, String> name) {
            this.name = name;
        }

        /** What this cell shows for {@code value} (the layout test measures every choice with it). */
        String textFor(String value) {
            return value == null ? "" : name.apply(value);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? "" : textFor(item));
        }
    }

    private static <T> void show(ComboBox<T> box, List<T> values, Function<T, String> name) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : name.apply(v);
            }

            @Override
            public T fromString(String s) {
                return box.getValue(); // not editable: never typed in
            }
        });
    }
}

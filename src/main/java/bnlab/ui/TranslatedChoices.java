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

    /** The quantities the percentile bands can follow. */
    static void quantities(ComboBox<Quantity> box, ResourceBundle text) {
        show(box, List.of(Quantity.PRE_NORM, Quantity.PRE_ACTIVATION, Quantity.ACTIVATION, Quantity.GRADIENT),
                q -> text.getString("quantity." + q.id()));
    }

    /** The quantities a histogram grid shows (its columns). */
    static void gridQuantities(ComboBox<Quantity> box, ResourceBundle text) {
        show(box, List.of(HistogramGrid.COLUMNS), q -> text.getString("quantity." + q.id()));
    }

    /** Experiment-file values ("layer", "after-activation") shown by their translations under {@code prefix}. */
    static void fill(ComboBox<String> box, List<String> values, String prefix, ResourceBundle text) {
        show(box, values, v -> text.containsKey(prefix + v) ? text.getString(prefix + v) : v);
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

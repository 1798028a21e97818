package bnlab.ui;

import bnlab.train.RunSnapshot;
import bnlab.ui.chart.Palette;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.paint.Color;

/**
 * How the window names and colours the runs of a session: by their place in it (the experiment
 * file's order), one Okabe–Ito colour each, the same on every chart, under the run's own name.
 * The built-in names (bn, ln, plain) are translated; a variant's name from the file is shown as written.
 */
final class VariantLook {
    /** Blue first and orange second, as the batch-norm and plain twins have always been shown. */
    private static final List<Color> COLORS =
            List.of(Palette.BLUE, Palette.ORANGE, Palette.BLUISH_GREEN, Palette.REDDISH_PURPLE, Palette.VERMILLION);

    private VariantLook() {}

    static Color color(int index) {
        return COLORS.get(Math.floorMod(index, COLORS.size()));
    }

    /** The heading name, e.g. "With batch norm" for bn, or a variant's own name such as "LN, rate 0.01". */
    static String name(ResourceBundle text, String run) {
        String key = "network." + run;
        return text.containsKey(key) ? text.getString(key) : run;
    }

    /** The short name for legends and readouts, e.g. "BN" for bn. */
    static String shortName(ResourceBundle text, String run) {
        String key = "network.short." + run;
        return text.containsKey(key) ? text.getString(key) : run;
    }

    /** A coloured bar down the chart's left edge (style class variant-bar-INDEX): whose chart it is. */
    static void markChart(javafx.scene.Node chart, int index) {
        chart.getStyleClass().removeIf(c -> c.startsWith("variant-bar-"));
        if (index >= 0) chart.getStyleClass().add("variant-bar-" + Math.floorMod(index, COLORS.size()));
    }

    static List<String> names(List<RunSnapshot> runs) {
        return runs.stream().map(RunSnapshot::name).toList();
    }
}

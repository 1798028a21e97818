package bnlab.ui;

import bnlab.train.Divergence;
import java.util.Locale;
import java.util.ResourceBundle;

/** Words a divergence in the app's language, from the facts training recorded. */
final class DivergenceText {
    private DivergenceText() {}

    static String of(Divergence d, ResourceBundle t) {
        StringBuilder b = new StringBuilder();
        b.append(Messages.format(t, "status.diverged", d.step(), d.lossIsNaN() ? "NaN" : "∞"));
        if (d.explodedLayer() >= 0) {
            String size = Double.isNaN(d.largestValue()) ? "NaN"
                    : String.format(Locale.ROOT, "|x| ≤ %.3g", d.largestValue());
            b.append(' ').append(Messages.format(t, "status.diverged.layer", d.explodedLayer() + 1, size));
        }
        b.append(' ').append(Messages.format(t, "status.diverged.cause", String.format(Locale.ROOT, "%.3g", d.learningRate())));
        if (d.largeInit()) b.append(' ').append(Messages.format(t, "status.diverged.largeInit", d.initScale()));
        b.append(' ').append(advice(t, "status.diverged.fix", d.normalization()));
        return b.toString();
    }

    /** The first sentence alone (step and loss): what a projector's status bar has room for. */
    static String headline(Divergence d, ResourceBundle t) {
        return Messages.format(t, "status.diverged", d.step(), d.lossIsNaN() ? "NaN" : "∞");
    }

    /** The advice {@code key} for normalization that is on; {@code keyOff} or {@code keyNone} when it is off or absent. */
    static String advice(ResourceBundle t, String key, String normalization) {
        return t.getString(switch (normalization) {
            case "off" -> key + "Off";
            case "none" -> key + "None";
            default -> key;
        });
    }
}

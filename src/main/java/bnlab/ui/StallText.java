package bnlab.ui;

import bnlab.train.Stall;
import java.util.Locale;
import java.util.ResourceBundle;

/** Words a stalled run (finite, but at chance) in the app's language, from the facts training recorded. */
final class StallText {
    private StallText() {}

    static String of(Stall s, ResourceBundle t) {
        StringBuilder b = new StringBuilder(Messages.format(t, s.atChance() ? "status.stalled" : "status.stalled.near",
                s.since(), percent(s.accuracy()),
                percent(s.chance())));
        if (s.overshot()) {
            b.append(' ').append(Messages.format(t, "status.stalled.overshot", number(s.testLoss()),
                    number(s.guessLoss()), number(s.learningRate())));
            b.append(' ').append(DivergenceText.advice(t, "status.diverged.fix", s.normalization()));
        } else {
            b.append(' ').append(t.getString("status.stalled.vanishing"));
            b.append(' ').append(DivergenceText.advice(t, "status.stalled.fixVanishing", s.normalization()));
        }
        return b.toString();
    }

    /** Since when, and how far from chance, without cause or advice: what a projector's status bar has room for. */
    static String headline(Stall s, ResourceBundle t) {
        return Messages.format(t, s.atChance() ? "status.stalled.short" : "status.stalled.near.short", s.since(),
                percent(s.accuracy()), percent(s.chance()));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}

package bnlab.train;

import java.util.Locale;

/**
 * A run that is still finite but has stopped learning: its test accuracy has stayed at the level
 * of always guessing the commonest class. Facts, so the app can say it in the user's language,
 * and an English sentence for the command line and events.csv.
 *
 * @param since          the first step of the evaluations at chance
 * @param step           the latest of them
 * @param accuracy       the latest test accuracy
 * @param chance         the share of the commonest class in the test set
 * @param testLoss       the mean test loss over those evaluations
 * @param guessLoss      the loss of a uniform guess, ln(classes)
 * @param normalization  "on", "off" (switched off) or "none" (the network has none)
 */
public record Stall(long since, long step, double accuracy, double chance, double testLoss, double guessLoss,
        double learningRate, String normalization) {

    /** A loss far worse than guessing: confidently wrong, the mark of weights that overshot into saturation. */
    public boolean overshot() {
        return testLoss > 2 * guessLoss;
    }

    /** At the level of always guessing the commonest class (else a little above it, with a loss far worse than guessing). */
    public boolean atChance() {
        return accuracy <= chance + StallWatch.MARGIN;
    }

    public String english() {
        StringBuilder why = new StringBuilder(String.format(Locale.ROOT,
                "Not learning since step %d: test accuracy %.1f%% is %s chance (%.1f%%, always the commonest class)",
                since, 100 * accuracy, atChance() ? "at" : "near", 100 * chance));
        if (overshot()) {
            why.append(String.format(Locale.ROOT, " and the test loss %.3g is far worse than guessing (%.3g). ", testLoss,
                    guessLoss));
            why.append(String.format(Locale.ROOT, "Likely cause: the learning rate (%.3g) is so high that the weights "
                    + "overshot and the units saturated. Lower the learning rate", learningRate));
        } else {
            why.append(". Likely cause: the gradients vanish (see the saturation and dead units in Diagnostics) or the "
                    + "learning rate is too low. Try another initialisation or learning rate");
        }
        // Worded for the command line and events.csv (the window says it in its own words, with its buttons).
        if ("off".equals(normalization)) why.append(", or keep normalization on (drop the switch that turned it off)");
        if ("none".equals(normalization)) why.append(", or add batch normalization (\"normalization\": {\"kind\": \"batch\"})");
        why.append(", then run the experiment again.");
        return why.toString();
    }
}

package bnlab.train;

import java.util.Locale;

/**
 * Why a run stopped being finite, as facts (so the app can say it in the user's language) and as
 * an English sentence (for the command line and events.csv).
 *
 * @param lossIsNaN      NaN rather than infinite
 * @param explodedLayer  0-based hidden layer whose pre-activations blew up first, or −1
 * @param largestValue   the largest |pre-activation| seen there (NaN if NaN)
 * @param largeInit      the initial weights were large (Gaussian std above 1.5)
 * @param normalization  "on", "off" (switched off) or "none" (the network has none)
 */
public record Divergence(long step, boolean lossIsNaN, int explodedLayer, double largestValue, double learningRate,
        boolean largeInit, double initScale, String normalization) {

    public String english() {
        StringBuilder why = new StringBuilder();
        why.append("Diverged at step ").append(step).append(": the loss became ")
                .append(lossIsNaN ? "NaN" : "infinite").append(". ");
        if (explodedLayer >= 0) {
            why.append("The pre-activations of hidden layer ").append(explodedLayer + 1).append(" exploded (")
                    .append(Double.isNaN(largestValue) ? "NaN" : String.format(Locale.ROOT, "|x| up to %.3g", largestValue))
                    .append("). ");
        }
        why.append("Likely cause: the learning rate (").append(String.format(Locale.ROOT, "%.3g", learningRate))
                .append(") is too high for this network, so the weights overshoot and grow without bound");
        if (largeInit) why.append(", made worse by large initial weights (std ").append(initScale).append(")");
        why.append(". Lower the learning rate");
        // Worded for the command line and events.csv (the window says it in its own words, with its buttons).
        if ("off".equals(normalization)) why.append(", or keep normalization on (drop the switch that turned it off)");
        if ("none".equals(normalization)) why.append(", or add batch normalization (\"normalization\": {\"kind\": \"batch\"})");
        why.append(", then run the experiment again.");
        return why.toString();
    }
}

package bnlab.ui;

import java.util.Locale;

/** The learning-rate slider is logarithmic: its value is log10 of the rate, from 10⁻⁴ to 10². */
final class LearningRates {
    private LearningRates() {}

    static double fromSlider(double v) {
        // Snap to two significant digits so the rate reads cleanly (0.5, not 0.50119).
        double lr = Math.pow(10, v);
        double mag = Math.pow(10, Math.floor(Math.log10(lr)) - 1);
        return Math.round(lr / mag) * mag;
    }

    static double toSlider(double lr) {
        return Math.log10(lr);
    }

    static String format(double lr) {
        return String.format(Locale.ROOT, lr >= 0.01 ? "%.3g" : "%.1e", lr).replaceAll("(\\.\\d*?)0+$", "$1")
                .replaceAll("\\.$", "");
    }
}

package bnlab.ui;

import bnlab.ui.chart.Palette;
import javafx.scene.paint.Color;

/** One colour per network, the same on every chart (Okabe–Ito, colour-blind safe). */
final class NetworkColors {
    private NetworkColors() {}

    static Color of(String network) {
        return switch (network) {
            case "bn" -> Palette.BLUE;
            case "ln" -> Palette.BLUISH_GREEN;
            case "noisy" -> Palette.REDDISH_PURPLE;
            case "brn" -> Palette.VERMILLION;
            case "gn" -> Palette.SKY_BLUE;
            default -> Palette.ORANGE;
        };
    }
}

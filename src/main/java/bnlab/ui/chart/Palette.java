package bnlab.ui.chart;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The Okabe–Ito palette: eight colours that stay distinguishable under the common forms of colour
 * blindness and on washed-out classroom projectors. Classes and series take their colours from here.
 */
public final class Palette {
    private Palette() {}

    public static final Color ORANGE = Color.web("#E69F00");
    public static final Color SKY_BLUE = Color.web("#56B4E9");
    public static final Color BLUISH_GREEN = Color.web("#009E73");
    public static final Color YELLOW = Color.web("#F0E442");
    public static final Color BLUE = Color.web("#0072B2");
    public static final Color VERMILLION = Color.web("#D55E00");
    public static final Color REDDISH_PURPLE = Color.web("#CC79A7");
    public static final Color BLACK = Color.web("#000000");

    /**
     * Order used for classes and series. Yellow comes last among the colours because it is nearly
     * invisible on white; vermillion is kept out of the front because it means "alarm" in these views.
     */
    public static final List<Color> CATEGORICAL =
            List.of(ORANGE, BLUE, BLUISH_GREEN, REDDISH_PURPLE, SKY_BLUE, VERMILLION, YELLOW, BLACK);

    /** Colour of class or series {@code index}; wraps around after eight. */
    public static Color categorical(int index) {
        return CATEGORICAL.get(Math.floorMod(index, CATEGORICAL.size()));
    }

    /** Linear mix: {@code t = 0} gives {@code a}, {@code t = 1} gives {@code b}. */
    public static Color mix(Color a, Color b, double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Color(
                a.getRed() + (b.getRed() - a.getRed()) * u,
                a.getGreen() + (b.getGreen() - a.getGreen()) * u,
                a.getBlue() + (b.getBlue() - a.getBlue()) * u,
                a.getOpacity() + (b.getOpacity() - a.getOpacity()) * u);
    }
}

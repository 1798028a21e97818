package bnlab.ui.chart;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Look shared by every chart view: font scale, line-width scale and a high-contrast flag.
 * Immutable; setting a different style on a view redraws it. {@link #DEFAULT} is for a student at
 * a desk, {@link #PRESENTER} for a projector at the back of a classroom.
 */
public final class ChartStyle {
    /** Base text size in pixels at font scale 1. */
    private static final double BASE_FONT = 11;

    public static final ChartStyle DEFAULT = new ChartStyle(1.0, 1.0, false);
    /** Fonts ×1.5, lines ×2, black on white with darker grid and stronger fills. */
    public static final ChartStyle PRESENTER = new ChartStyle(1.5, 2.0, true);

    private final double fontScale;
    private final double lineScale;
    private final boolean highContrast;
    private final Font font;
    private final Font smallFont;
    private final Font titleFont;

    public ChartStyle(double fontScale, double lineScale, boolean highContrast) {
        if (!(fontScale > 0) || !(lineScale > 0)) {
            throw new IllegalArgumentException("scales must be positive: " + fontScale + ", " + lineScale);
        }
        this.fontScale = fontScale;
        this.lineScale = lineScale;
        this.highContrast = highContrast;
        // Fonts are made once here, not on every draw.
        this.font = Font.font("System", BASE_FONT * fontScale);
        this.smallFont = Font.font("System", (BASE_FONT - 1) * fontScale);
        this.titleFont = Font.font("System", FontWeight.BOLD, (BASE_FONT + 1) * fontScale);
    }

    public double fontScale() { return fontScale; }
    public double lineScale() { return lineScale; }
    public boolean highContrast() { return highContrast; }

    public ChartStyle withFontScale(double s) { return new ChartStyle(s, lineScale, highContrast); }
    public ChartStyle withLineScale(double s) { return new ChartStyle(fontScale, s, highContrast); }
    public ChartStyle withHighContrast(boolean hc) { return new ChartStyle(fontScale, lineScale, hc); }

    /** Tick labels, legends, readouts. */
    public Font font() { return font; }
    /** Axis captions and step labels. */
    public Font smallFont() { return smallFont; }
    /** The view's title. */
    public Font titleFont() { return titleFont; }

    /** Height of one line of {@link #font()} text, with a little leading. */
    public double lineHeight() { return Math.ceil(font.getSize() * 1.3); }
    public double smallLineHeight() { return Math.ceil(smallFont.getSize() * 1.3); }
    public double titleLineHeight() { return Math.ceil(titleFont.getSize() * 1.35); }

    /** A line width of {@code base} pixels at this style's scale. */
    public double line(double base) { return base * lineScale; }
    /** A distance that grows with the text (paddings, marker sizes). */
    public double gap(double base) { return Math.round(base * fontScale); }

    public Color background() { return Color.WHITE; }
    public Color foreground() { return highContrast ? Color.BLACK : Color.web("#222222"); }
    public Color mutedText() { return highContrast ? Color.web("#111111") : Color.web("#5F5F5F"); }
    public Color axis() { return highContrast ? Color.BLACK : Color.web("#8A8A8A"); }
    public Color grid() { return highContrast ? Color.web("#B8B8B8") : Color.web("#E8E8E8"); }
    /** Colour of anything that means "something went wrong" (divergence, NaN, wrong prediction). */
    public Color alarm() { return Palette.VERMILLION; }
    /** Colour of "that was right". */
    public Color ok() { return Palette.BLUISH_GREEN; }
    /** Opacity of large data fills; high contrast fills more strongly so they survive a projector. */
    public double fillOpacity() { return highContrast ? 0.95 : 0.8; }

    @Override
    public String toString() {
        return "ChartStyle[font×" + fontScale + ", line×" + lineScale + (highContrast ? ", high contrast]" : "]");
    }
}

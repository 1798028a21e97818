package bnlab.ui.chart;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible text of the chart views, plus the locale their numbers are written in.
 * Defaults come from the bundle {@code bnlab/ui/chart/charts.properties} (English) and its
 * translations; the main window may override any key with {@link #with(String, String)}.
 * Immutable: a view redraws when it is given a different instance.
 *
 * <p>Patterns are {@link MessageFormat} patterns whose arguments are already-formatted strings
 * (numbers go through {@link #numbers()} first, so the locale decides separators and minus signs).
 */
public final class ChartStrings {
    public static final String BUNDLE = "bnlab.ui.chart.charts";

    // Keys; their English texts are in charts.properties, the Chinese in charts_zh_CN.properties.
    public static final String NO_DATA = "noData";
    public static final String STEP_AXIS = "axis.step";
    public static final String VALUE_AXIS = "axis.value";
    public static final String HIST_Y_AXIS = "histogram.yAxis";
    public static final String HIST_STATS = "histogram.stats";
    public static final String HIST_BAR = "histogram.bar";
    public static final String HIST_BELOW = "histogram.below";
    public static final String HIST_ABOVE = "histogram.above";
    public static final String HIST_NON_FINITE = "histogram.nonFinite";
    public static final String HIST_NON_FINITE_HOVER = "histogram.nonFiniteHover";
    public static final String RIDGE_STEP = "ridgeline.step";
    public static final String RIDGE_HOVER = "ridgeline.hover";
    public static final String BAND_LEGEND_MEDIAN = "percentile.legendMedian";
    public static final String BAND_LEGEND_LINES = "percentile.legendLines";
    public static final String BAND_HOVER = "percentile.hover";
    public static final String CURVE_HOVER_STEP = "curve.hoverStep";
    public static final String CURVE_HOVER_VALUE = "curve.hoverValue";
    public static final String BOUNDARY_X_AXIS = "boundary.xAxis";
    public static final String BOUNDARY_Y_AXIS = "boundary.yAxis";
    public static final String BOUNDARY_TRAIN = "boundary.train";
    public static final String BOUNDARY_TEST = "boundary.test";
    public static final String BOUNDARY_HOVER = "boundary.hover";
    public static final String IMAGE_KEY = "images.key";
    public static final String IMAGE_TRUE = "images.true";
    public static final String IMAGE_PREDICTED = "images.predicted";
    public static final String IMAGE_NOT_PREDICTED = "images.notPredicted";
    public static final String IMAGE_HOVER = "images.hover";
    public static final String SWEEP_Y_AXIS = "sweep.yAxis";
    public static final String SWEEP_BAND = "sweep.band";
    public static final String SWEEP_DIVERGED = "sweep.diverged";
    public static final String SWEEP_HOVER_VALUE = "sweep.hoverValue";
    public static final String SWEEP_HOVER_SEEDS = "sweep.hoverSeeds";
    public static final String SWEEP_HOVER_ONE = "sweep.hoverOne";
    public static final String SWEEP_HOVER_DIVERGED = "sweep.hoverDiverged";
    public static final String SWEEP_HOVER_NOT_LEARNING = "sweep.hoverNotLearning";

    private final Locale locale;
    private final Map<String, String> texts;
    private final NumberText numbers;

    private ChartStrings(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = Map.copyOf(texts);
        this.numbers = new NumberText(locale);
    }

    /**
     * Texts for {@code locale} from the bundle, falling back to English (not to the JVM's default
     * locale, which {@link ResourceBundle#getBundle(String, Locale)} would otherwise try first).
     */
    public static ChartStrings forLocale(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new HashMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key, bundle.getString(key));
        }
        return new ChartStrings(locale, texts);
    }

    /** English texts and number format. */
    public static ChartStrings english() {
        return forLocale(Locale.ENGLISH);
    }

    /** The same texts with one of them replaced. */
    public ChartStrings with(String key, String text) {
        Map<String, String> copy = new HashMap<>(texts);
        copy.put(key, text);
        return new ChartStrings(locale, copy);
    }

    /** The same texts with numbers written for another locale. */
    public ChartStrings withLocale(Locale other) {
        return new ChartStrings(other, texts);
    }

    public Locale locale() { return locale; }

    public NumberText numbers() { return numbers; }

    public String text(String key) {
        String t = texts.get(key);
        if (t == null) {
            throw new MissingResourceException("no chart text for key " + key, BUNDLE, key);
        }
        return t;
    }

    /** Fills a pattern with already-formatted arguments. */
    public String format(String key, Object... args) {
        return new MessageFormat(text(key), locale).format(args);
    }
}

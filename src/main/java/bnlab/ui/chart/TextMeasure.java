package bnlab.ui.chart;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Widths of strings in a font, remembered: laying out a Text node costs microseconds, and most
 * labels (tick labels of a fixed axis, legend names) repeat every frame. FX thread only.
 */
final class TextMeasure {
    private static final int MAX_ENTRIES = 4096;
    private static final Text PROBE = new Text();
    private static final Map<Font, Map<String, Double>> CACHE = new HashMap<>();
    private static int entries;
    /** Where {@link #fit} notes what it shortened: the list of the view being drawn, or null. */
    private static java.util.List<String> elided;

    private TextMeasure() {}

    static double width(Font font, String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        Map<String, Double> perFont = CACHE.computeIfAbsent(font, f -> new HashMap<>());
        Double w = perFont.get(s);
        if (w == null) {
            if (entries >= MAX_ENTRIES) { // step labels and readouts keep changing; forget everything at once
                CACHE.clear();
                entries = 0;
                perFont = CACHE.computeIfAbsent(font, f -> new HashMap<>());
            }
            PROBE.setFont(font);
            PROBE.setText(s);
            w = Math.ceil(PROBE.getLayoutBounds().getWidth());
            perFont.put(s, w);
            entries++;
        }
        return w;
    }

    /** From now on, {@link #fit} adds every text it shortens to {@code sink} (null: to none). */
    static void recordElisionsTo(java.util.List<String> sink) {
        elided = sink;
    }

    /** {@code s} shortened with an ellipsis so that it fits into {@code maxWidth}. */
    static String fit(Font font, String s, double maxWidth) {
        if (s == null || width(font, s) <= maxWidth) {
            return s;
        }
        if (elided != null) {
            elided.add(s);
        }
        String ell = "…";
        int lo = 0;
        int hi = s.length();
        while (lo < hi) { // longest prefix that fits together with the ellipsis
            int mid = (lo + hi + 1) / 2;
            if (width(font, s.substring(0, mid) + ell) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : s.substring(0, lo) + ell;
    }
}

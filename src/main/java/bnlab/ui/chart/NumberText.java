package bnlab.ui.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Locale-aware number writing for the chart views: grouping and decimal separators come from the
 * locale, negative numbers get a true minus sign (U+2212, as wide as a plus) so that columns of
 * tick labels line up and "−0.5" cannot be misread as a dash. Not thread-safe; FX thread only.
 */
public final class NumberText {
    private static final char MINUS = '\u2212';
    private static final int MAX_DECIMALS = 8;

    private final Locale locale;
    private final DecimalFormat[] fixed = new DecimalFormat[MAX_DECIMALS + 1];
    private final NumberFormat count;
    private final DecimalFormat scientific;
    private final DecimalFormat briefScientific;

    public NumberText(Locale locale) {
        this.locale = locale;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        for (int d = 0; d <= MAX_DECIMALS; d++) {
            DecimalFormat f = new DecimalFormat("#,##0", symbols);
            f.setMinimumFractionDigits(d);
            f.setMaximumFractionDigits(d);
            fixed[d] = f;
        }
        count = NumberFormat.getIntegerInstance(locale);
        count.setGroupingUsed(true);
        scientific = new DecimalFormat("0.##E0", symbols);
        briefScientific = new DecimalFormat("0.#E0", symbols);
    }

    public Locale locale() { return locale; }

    /** {@code v} with exactly {@code decimals} digits after the decimal separator. */
    public String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        int d = Math.max(0, Math.min(MAX_DECIMALS, decimals));
        if (Math.abs(v) < 0.5 * Math.pow(10, -d)) {
            v = 0.0; // would round to zero: never write "−0"
        }
        return minus(fixed[d].format(v));
    }

    /** A whole count with grouping, e.g. "12,345". */
    public String count(long n) {
        return minus(count.format(n));
    }

    /** A fraction 0..1 written as a percentage with {@code decimals} digits, e.g. "12.3%". */
    public String percent(double fraction, int decimals) {
        if (!Double.isFinite(fraction)) {
            return nonFinite(fraction);
        }
        return fixed(fraction * 100, decimals) + "%";
    }

    /** A percentage whose digits adapt so that a small share never reads as "0%". */
    public String share(long part, long whole) {
        if (whole <= 0) {
            return "—";
        }
        double f = (double) part / whole;
        if (part > 0 && f < 0.001) {
            return "<" + percent(0.001, 1);
        }
        return percent(f, 1);
    }

    /**
     * Three significant digits ("4.28", "0.410", so values in a list line up), whole numbers without
     * decimals ("−10"), and scientific notation for tiny or huge values ("1.2e−4").
     */
    public String compact(double v) {
        return significant(v, 3, scientific, true);
    }

    /** Like {@link #compact} with two significant digits, for where three do not fit ("4.3", "−6.9e−4"). */
    public String brief(double v) {
        return significant(v, 2, briefScientific, false);
    }

    private String significant(double v, int digits, DecimalFormat sci, boolean wholeStaysWhole) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        double a = Math.abs(v);
        if (a == 0) {
            return fixed(0, 0);
        }
        if (a >= 1e6 || a < 1e-3) {
            return minus(sci.format(v)).replace("E", "e");
        }
        if (wholeStaysWhole && v == Math.rint(v)) {
            return fixed(v, 0); // a whole number stays whole: "−10", not "−10.0"
        }
        int decimals = Math.min(MAX_DECIMALS, Math.max(0, digits - 1 - (int) Math.floor(Math.log10(a))));
        return fixed(v, decimals);
    }

    /** A tick label for a value on a grid of spacing {@code step}: as many decimals as the step needs. */
    public String tick(double v, double step) {
        return fixed(Math.abs(v) < step * 1e-9 ? 0 : v, NiceScale.decimalsFor(step));
    }

    /** A training step number, e.g. "12,000". */
    public String step(long step) {
        return count(step);
    }

    private static String nonFinite(double v) {
        return Double.isNaN(v) ? "NaN" : (v > 0 ? "+∞" : MINUS + "∞");
    }

    private static String minus(String s) {
        return s.indexOf('-') >= 0 ? s.replace('-', MINUS) : s;
    }
}

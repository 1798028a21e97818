package bnlab.lessons;

import java.util.Locale;

/**
 * One measured claim: a row of {@code lessons.csv}.
 *
 * @param lesson    the lesson's id, e.g. "01-covariate-shift"
 * @param claim     what was measured and when it counts as holding, in one line; it names both
 *                  columns when they are not simply "with BN" and "without BN" (first named = {@code withBn})
 * @param withBn    the number for the network with batch normalization (or the setting the claim names first)
 * @param withoutBn the number it is compared with
 * @param holds     whether the claim held in this run
 */
public record ClaimRow(String lesson, String claim, double withBn, double withoutBn, boolean holds) {
    public static final String CSV_HEADER = "lesson,claim,with_bn,without_bn,holds";

    public String toCsv() {
        return lesson + "," + quote(claim) + "," + number(withBn) + "," + number(withoutBn) + "," + holds;
    }

    /** Four significant digits: enough to compare, short enough to read in a table. NaN: empty. */
    static String number(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.4g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }

    static String quote(String s) {
        return s.indexOf(',') < 0 && s.indexOf('"') < 0 ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}

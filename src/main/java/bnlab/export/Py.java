package bnlab.export;

import java.util.Locale;

/** How Java values are written in the generated Python: exactly (a double reads back bit for bit) and briefly. */
final class Py {
    private Py() {}

    /** The shortest text that reads back as exactly {@code v}: 0.5, 1e-05 style exponents as 1e-5. */
    static String num(double v) {
        String s = Double.toString(v);
        if (s.contains("E")) s = s.replace(".0E", "e").replace("E", "e");
        return s;
    }

    static String num(long v) {
        return Long.toString(v);
    }

    /** A Python string literal. */
    static String str(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    /** A Python identifier made from a network's display name, e.g. "LN, rate 0.01" → ln_rate_0_01. */
    static String identifier(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "net" : s;
    }

    /** Thousands separated with commas, as the comments write counts. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

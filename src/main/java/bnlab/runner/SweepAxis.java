package bnlab.runner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * One swept field and its values, as {@code --set PATH=VALUES} gives them: {@code PATH} is the
 * field's place in the experiment file with dots ({@code optimizer.learningRate}, {@code batchSize},
 * {@code network.hidden[0]}), or {@code network.depth} for the number of hidden layers. {@code VALUES}
 * is a comma-separated list whose items are numbers or ranges: {@code A..B:N} is N evenly spaced
 * values from A to B, {@code A..B:logN} N values spaced evenly on a log scale (both ends included).
 *
 * @param path     the field, as given
 * @param values   the values in the order given, without repeats
 * @param computed which of them a range computed (rather than listed): a whole-number field rounds only these
 */
public record SweepAxis(String path, List<Double> values, List<Boolean> computed) {
    /** More values than this in one field is surely a typo (a range of 10000 points). */
    public static final int MAX_VALUES = 1000;

    public SweepAxis {
        values = List.copyOf(values);
        computed = List.copyOf(computed);
        if (computed.size() != values.size()) throw new IllegalArgumentException("one computed flag per value");
    }

    /** Listed values only. */
    public SweepAxis(String path, List<Double> values) {
        this(path, values, java.util.Collections.nCopies(values.size(), false));
    }

    /**
     * The values for a whole-number field: a range's values rounded to whole numbers (repeats dropped);
     * listed values as given, so that 2.5 for a batch size is reported, not quietly changed.
     */
    public SweepAxis roundedRanges() {
        LinkedHashSet<Double> out = new LinkedHashSet<>();
        List<Boolean> flags = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double v = computed.get(i) ? Math.rint(values.get(i)) : values.get(i);
            if (out.add(v)) flags.add(computed.get(i));
        }
        return new SweepAxis(path, new ArrayList<>(out), flags);
    }

    /** A {@code --set} argument that cannot be read; the message is one sentence. */
    public static final class BadSetting extends Exception {
        private static final long serialVersionUID = 1L;

        BadSetting(String message) {
            super(message);
        }
    }

    /** Reads {@code PATH=VALUES}; every problem in it is one sentence in the exception (first found). */
    public static SweepAxis parse(String setting) throws BadSetting {
        int eq = setting.indexOf('=');
        if (eq < 0) {
            throw new BadSetting("--set " + setting + ": write the field, =, and its values, e.g. --set optimizer.learningRate=0.01,0.1,1");
        }
        String path = setting.substring(0, eq).trim();
        String list = setting.substring(eq + 1).trim();
        if (path.isEmpty()) throw new BadSetting("--set " + setting + ": the field before = is missing, e.g. optimizer.learningRate");
        if (list.isEmpty()) throw new BadSetting("--set " + setting + ": no values after =; give numbers separated by commas, or a range such as 0.01..30:log12");
        LinkedHashSet<Double> values = new LinkedHashSet<>();
        List<Boolean> computed = new ArrayList<>();
        for (String item : list.split(",", -1)) {
            String t = item.trim();
            if (t.isEmpty()) throw new BadSetting("--set " + path + ": an empty value between commas in \"" + list + "\"");
            boolean isRange = t.contains("..");
            for (double v : isRange ? range(path, t) : List.of(number(path, t))) {
                if (values.add(v)) computed.add(isRange);
            }
            if (values.size() > MAX_VALUES) {
                throw new BadSetting("--set " + path + ": more than " + MAX_VALUES + " values; sweep fewer points");
            }
        }
        return new SweepAxis(path, new ArrayList<>(values), computed);
    }

    private static double number(String path, String t) throws BadSetting {
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new BadSetting("--set " + path + ": \"" + t + "\" is not a number");
        }
        if (!Double.isFinite(v)) throw new BadSetting("--set " + path + ": \"" + t + "\" is not a finite number");
        return v;
    }

    /** {@code A..B:N} or {@code A..B:logN}. */
    private static List<Double> range(String path, String t) throws BadSetting {
        String form = "--set " + path + ": \"" + t + "\" is not a range; write FROM..TO:COUNT (evenly spaced) or "
                + "FROM..TO:logCOUNT (evenly on a log scale), e.g. 0.01..30:log12";
        int dots = t.indexOf("..");
        int colon = t.indexOf(':', dots);
        if (colon < 0) throw new BadSetting(form);
        double from = number(path, t.substring(0, dots).trim());
        double to = number(path, t.substring(dots + 2, colon).trim());
        String count = t.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
        boolean log = count.startsWith("log");
        if (log) count = count.substring(3);
        int n;
        try {
            n = Integer.parseInt(count);
        } catch (NumberFormatException e) {
            throw new BadSetting(form);
        }
        if (n < 2 || n > MAX_VALUES) {
            throw new BadSetting("--set " + path + ": the range " + t + " needs a count from 2 to " + MAX_VALUES + "; got " + n);
        }
        if (log && (from <= 0 || to <= 0)) {
            throw new BadSetting("--set " + path + ": a log range needs two positive ends; " + t + " has " + format(from <= 0 ? from : to));
        }
        List<Double> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double f = (double) i / (n - 1);
            double v = i == n - 1 ? to : log ? from * Math.pow(to / from, f) : from + (to - from) * f;
            out.add(tidy(v));
        }
        return out;
    }

    /** A computed value to 12 significant digits, so 0.1 * 3 reads 0.3, not 0.30000000000000004. */
    static double tidy(double v) {
        return v == 0 ? 0 : new BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }

    /** How a value is written in a CSV file and on screen: a whole number without ".0", else the shortest form. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Whether the values span a decade or more (all positive): a chart draws them on a log axis. */
    public boolean spansDecade() {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double v : values) {
            if (v <= 0) return false;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return values.size() > 1 && max / min >= 10 - 1e-9;
    }
}

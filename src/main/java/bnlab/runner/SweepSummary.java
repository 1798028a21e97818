package bnlab.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sweep's rows gathered per point and network over the seeds: the mean final test accuracy and
 * its spread (the lowest and highest seed: min–max), and how many runs diverged or stopped learning.
 * What {@code bnlab sweep} prints at the end and the window's Sweep chart draws.
 */
public final class SweepSummary {
    /**
     * One network at one point.
     *
     * @param values      the swept values
     * @param network     the variant's name
     * @param runs        the runs that ended (one per seed)
     * @param mean        their mean test accuracy (NaN if none was tested)
     * @param min         the lowest seed's
     * @param max         the highest seed's
     * @param diverged    how many diverged
     * @param notLearning how many finished at chance
     * @param failed      how many an internal error stopped
     */
    public record Cell(List<Double> values, String network, int runs, double mean, double min, double max,
            int diverged, int notLearning, int failed) {
        public Cell {
            values = List.copyOf(values);
        }

        public int trained() {
            return runs - diverged - notLearning - failed;
        }
    }

    private SweepSummary() {}

    /** The cells in the order their first row comes (the plan's order when the rows are). */
    public static List<Cell> cells(List<SweepRow> rows) {
        Map<List<Object>, List<SweepRow>> groups = new LinkedHashMap<>();
        for (SweepRow r : rows) {
            groups.computeIfAbsent(List.of(r.values(), r.network()), k -> new ArrayList<>()).add(r);
        }
        List<Cell> out = new ArrayList<>();
        for (List<SweepRow> g : groups.values()) {
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int tested = 0;
            int diverged = 0;
            int notLearning = 0;
            int failed = 0;
            for (SweepRow r : g) {
                switch (r.outcome()) {
                    case DIVERGED -> diverged++;
                    case NOT_LEARNING -> notLearning++;
                    case FAILED -> failed++;
                    default -> { }
                }
                if (Double.isNaN(r.testAccuracy())) continue;
                tested++;
                sum += r.testAccuracy();
                min = Math.min(min, r.testAccuracy());
                max = Math.max(max, r.testAccuracy());
            }
            SweepRow first = g.get(0);
            out.add(tested == 0
                    ? new Cell(first.values(), first.network(), g.size(), Double.NaN, Double.NaN, Double.NaN, diverged,
                            notLearning, failed)
                    : new Cell(first.values(), first.network(), g.size(), sum / tested, min, max, diverged, notLearning,
                            failed));
        }
        return out;
    }

    /** One line per cell, for the command line. */
    public static String text(List<SweepAxis> axes, List<Cell> cells) {
        StringBuilder b = new StringBuilder();
        for (Cell c : cells) {
            StringBuilder at = new StringBuilder();
            for (int i = 0; i < axes.size(); i++) {
                at.append(i == 0 ? "" : " ").append(axes.get(i).path()).append('=').append(SweepAxis.format(c.values().get(i)));
            }
            b.append(String.format(Locale.ROOT, "%s\t%s\ttest accuracy %s", at, c.network(), accuracy(c)));
            List<String> notes = new ArrayList<>();
            if (c.diverged() > 0) notes.add(c.diverged() + " of " + c.runs() + " diverged");
            if (c.notLearning() > 0) notes.add(c.notLearning() + " of " + c.runs() + " not learning");
            if (c.failed() > 0) notes.add(c.failed() + " of " + c.runs() + " failed");
            if (!notes.isEmpty()) b.append("\t(").append(String.join(", ", notes)).append(')');
            b.append('\n');
        }
        return b.toString();
    }

    private static String accuracy(Cell c) {
        if (Double.isNaN(c.mean())) return "not measured";
        if (c.runs() == 1) return String.format(Locale.ROOT, "%.4f", c.mean());
        return String.format(Locale.ROOT, "mean %.4f (seeds %.4f-%.4f)", c.mean(), c.min(), c.max());
    }
}

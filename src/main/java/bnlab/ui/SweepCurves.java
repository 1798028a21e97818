package bnlab.ui;

import bnlab.runner.SweepRow;
import bnlab.runner.SweepSummary;
import bnlab.ui.chart.SweepCurve;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** Turns a sweep's rows into the chart's curves: one per network, its points in increasing swept value. */
final class SweepCurves {
    private SweepCurves() {}

    static List<SweepCurve> of(SweepResult r, ResourceBundle text) {
        List<SweepSummary.Cell> cells = SweepSummary.cells(r.ordered());
        List<SweepCurve> out = new ArrayList<>();
        for (int n = 0; n < r.networks().size(); n++) {
            String network = r.networks().get(n);
            List<SweepSummary.Cell> mine = cells.stream().filter(c -> c.network().equals(network))
                    .sorted(java.util.Comparator.comparingDouble(c -> c.values().get(0))).toList();
            int k = mine.size();
            double[] x = new double[k];
            double[] mean = new double[k];
            double[] low = new double[k];
            double[] high = new double[k];
            int[] runs = new int[k];
            int[] diverged = new int[k];
            int[] notLearning = new int[k];
            for (int i = 0; i < k; i++) {
                SweepSummary.Cell c = mine.get(i);
                x[i] = c.values().get(0);
                mean[i] = c.mean();
                low[i] = c.min();
                high[i] = c.max();
                runs[i] = c.runs();
                diverged[i] = c.diverged();
                notLearning[i] = c.notLearning();
            }
            out.add(new SweepCurve(VariantLook.shortName(text, network), VariantLook.color(n), x, mean, low, high, runs,
                    diverged, notLearning));
        }
        return out;
    }

    /** How many runs of the rows diverged. */
    static long diverged(List<SweepRow> rows) {
        return rows.stream().filter(r -> r.outcome() == SweepRow.Outcome.DIVERGED).count();
    }
}

package bnlab.lessons;

import bnlab.data.DatasetException;
import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.RunPlan;
import bnlab.experiment.Variant;
import bnlab.train.RunConfig;
import java.util.concurrent.Callable;
import bnlab.stats.Quantity;
import bnlab.stats.Series;
import bnlab.train.RunHistory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lesson 10, Santurkar, Tsipras, Ilyas &amp; Madry (2018) on the Figure 1 network: (1) batch
 * normalization with non-stationary noise after it makes each unit's distribution move more from
 * one measurement to the next than without normalization, yet trains about as well as BN; (2) with
 * BN the loss and the gradient change less along the gradient (landscape.csv). The three networks
 * train side by side as variants of the lesson's file (its own variants, which the window shows, set aside).
 */
final class LandscapeMeasurement implements LessonMeasurement {
    static final String ID = "10-covariate-shift-revisited";
    /** "About as well": test accuracies within this many percentage points. */
    static final double ABOUT_AS_WELL = 0.02;

    @Override
    public String lessonId() {
        return ID;
    }

    @Override
    public List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException {
        Experiment e = context.experiment(ID).withSteps(context.pick(context.experiment(ID).steps(), 1000));
        // BN, noisy BN and no normalization side by side (variants: same weights, same batches, lockstep),
        // always these three under these names: the file's own variants (what the window shows) are replaced.
        Experiment three = e.withCompare(false).withVariants(List.of(
                Variant.of("bn", "{\"normalization\": {\"kind\": \"batch\"}}"),
                Variant.of("noisy", "{\"normalization\": {\"kind\": \"noisy-batch\"}}"),
                Variant.of("plain", "{\"normalization\": {\"kind\": \"none\"}}")));
        RunnerResult r = RunnerResult.train(three, context, context.dir(ID));
        int last = e.network().hidden().size() - 1;
        String layer = "hidden layer " + (last + 1) + ", unit 0";
        List<ClaimRow> rows = new ArrayList<>();
        // The output of the sigmoid: what the next layer receives, the "input distribution" the 2015
        // explanation is about, on the same [0, 1] scale for every network.
        double moveNoisy = stepToStepMove(r.history("noisy").percentiles(true, last, Quantity.ACTIVATION));
        double movePlain = stepToStepMove(r.history("plain").percentiles(false, last, Quantity.ACTIVATION));
        double moveBn = stepToStepMove(r.history("bn").percentiles(true, last, Quantity.ACTIVATION));
        rows.add(new ClaimRow(ID, layer + ": mean move of the 15th/50th/85th percentiles of its sigmoid output from one"
                + " measurement to the next, noisy BN vs no normalization (holds if larger with noisy BN)",
                moveNoisy, movePlain, moveNoisy > movePlain));
        rows.add(new ClaimRow(ID, layer + ": the same move, noisy BN vs BN (holds if larger with noisy BN)",
                moveNoisy, moveBn, moveNoisy > moveBn));
        DatasetSplit data = context.data(e);
        List<Callable<Double>> tasks = new ArrayList<>();
        for (String name : List.of("noisy", "plain")) {
            RunConfig c = RunPlan.runs(three, data, false).stream().filter(run -> run.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("lesson 10 needs a variant named " + name));
            tasks.add(() -> UnitMoves.typical(c, data, three, last));
        }
        List<Double> typical = InParallel.run(tasks);
        rows.add(new ClaimRow(ID, "hidden layer " + (last + 1) + ", every unit: the median over units of that same move,"
                + " noisy BN vs no normalization (holds if larger with noisy BN)", typical.get(0), typical.get(1),
                typical.get(0) > typical.get(1)));
        double accNoisy = r.lateTestAccuracy("noisy");
        double accPlain = r.lateTestAccuracy("plain");
        double accBn = r.lateTestAccuracy("bn");
        rows.add(new ClaimRow(ID, "mean test accuracy over the last fifth of the run, noisy BN vs BN (holds if within"
                + " 2 percentage points)", accNoisy, accBn, Math.abs(accNoisy - accBn) <= ABOUT_AS_WELL));
        rows.add(new ClaimRow(ID, "mean test accuracy over the last fifth of the run, noisy BN vs no normalization"
                + " (holds if higher with noisy BN)", accNoisy, accPlain, accNoisy > accPlain));
        Series lBn = r.get("bn").landscape();
        Series lPlain = r.get("plain").landscape();
        String[] what = {"range of the loss", "largest change of the gradient", "largest gradient change per unit of step (effective β-smoothness)"};
        for (int f = 1; f <= 3; f++) {
            double with = median(lBn, f);
            double without = median(lPlain, f);
            rows.add(new ClaimRow(ID, "along the gradient (steps of 0.5 to 4 learning rates), median over the measurements"
                    + " of the " + what[f - 1] + " (holds if smaller with BN)", with, without, with < without));
        }
        return rows;
    }

    /** The mean over consecutive measurements of the distance moved, averaged over the 15th, 50th and 85th percentiles. */
    static double stepToStepMove(Series s) {
        double sum = 0;
        int count = 0;
        for (int i = 1; i < s.size(); i++) {
            for (int k = 0; k < 3; k++) {
                sum += Math.abs(s.get(i, RunHistory.UNIT_P15 + k) - s.get(i - 1, RunHistory.UNIT_P15 + k));
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** The median of {@code field} over every landscape point of the run. */
    static double median(Series s, int field) {
        if (s.isEmpty()) return Double.NaN;
        double[] v = new double[s.size()];
        for (int i = 0; i < v.length; i++) v[i] = s.get(i, field);
        Arrays.sort(v);
        return (v[(v.length - 1) / 2] + v[v.length / 2]) / 2;
    }

}

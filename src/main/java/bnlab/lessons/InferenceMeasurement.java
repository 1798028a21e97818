package bnlab.lessons;

import bnlab.data.DatasetException;
import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.RunPlan;
import bnlab.nn.Mode;
import bnlab.train.RunConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Lesson 6: a BN network evaluated two ways on the test set: with its running averages (eval mode,
 * what the app's test accuracy shows) and with each test batch's own statistics (as in training).
 * Momentum only decides how the running averages follow the batches; it never changes training,
 * so the networks trained with different momenta have identical weights.
 */
final class InferenceMeasurement implements LessonMeasurement {
    static final String ID = "06-training-vs-inference";
    /** Too slow, PyTorch's default, very fast: indices {@link #SLOW}, {@link #DEFAULT}, {@link #FAST}. */
    static final double[] MOMENTA = {0.001, 0.1, 0.9};
    static final int SLOW = 0;
    static final int DEFAULT = 1;
    static final int FAST = 2;
    /** "Early in training": after this many steps. */
    static final long EARLY = 10;
    /** "Lagging": running averages cost at least 5 points of test accuracy. */
    static final double LAG = 0.05;
    /** "At least as well": no more than 1 point worse. */
    static final double AGREE = 0.01;

    @Override
    public String lessonId() {
        return ID;
    }

    @Override
    public List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException {
        Experiment base = context.experiment(ID).withCompare(false);
        long steps = context.pick(base.steps(), 500);
        DatasetSplit data = context.data(base);
        long[] checkpoints = {5, EARLY, 50, 100, 200, steps / 2, steps};
        int early = 1;
        List<Callable<double[][]>> tasks = new ArrayList<>();
        for (double momentum : MOMENTA) {
            Experiment.NormalizationSection n = base.normalization();
            Experiment e = base.withNormalization(
                    new Experiment.NormalizationSection(n.kind(), n.placement(), momentum, n.epsilon()));
            RunConfig config = RunPlan.runs(e, data, false).get(0);
            tasks.add(() -> {
                DirectRun run = new DirectRun(config, data);
                double[][] acc = new double[2][checkpoints.length]; // {running averages, batch statistics}
                for (int c = 0; c < checkpoints.length; c++) {
                    run.trainTo(checkpoints[c]);
                    acc[0][c] = Accuracy.of(run.network(), data.test(), Mode.EVAL, 500);
                    acc[1][c] = Accuracy.of(run.network(), data.test(), Mode.TRAIN_NO_UPDATE, config.batchSize());
                }
                return acc;
            });
        }
        List<double[][]> results = InParallel.run(tasks);
        double[][] running = new double[MOMENTA.length][];
        double[][] batch = new double[MOMENTA.length][];
        for (int m = 0; m < MOMENTA.length; m++) {
            running[m] = results.get(m)[0];
            batch[m] = results.get(m)[1];
        }
        writeCurves(context, checkpoints, running, batch);
        int end = checkpoints.length - 1;
        String both = ": test accuracy with running averages vs with the statistics of each test batch of "
                + base.batchSize();
        List<ClaimRow> rows = new ArrayList<>();
        rows.add(new ClaimRow(ID, "momentum " + MOMENTA[SLOW] + ", at the last step" + both
                + " (holds if the running averages lag, costing at least 5 points)",
                running[SLOW][end], batch[SLOW][end], running[SLOW][end] <= batch[SLOW][end] - LAG));
        for (int m : new int[] {DEFAULT, FAST}) {
            rows.add(new ClaimRow(ID, "momentum " + MOMENTA[m] + ", at the last step" + both
                    + " (holds if the running averages do at least as well, give or take 1 point)",
                    running[m][end], batch[m][end], running[m][end] >= batch[m][end] - AGREE));
        }
        rows.add(new ClaimRow(ID, "momentum " + MOMENTA[DEFAULT] + ", at step " + EARLY + both
                + " (holds if the running averages still lag, costing at least 5 points)",
                running[DEFAULT][early], batch[DEFAULT][early], running[DEFAULT][early] <= batch[DEFAULT][early] - LAG));
        rows.add(new ClaimRow(ID, "at the last step: test accuracy with batch statistics, momentum " + MOMENTA[SLOW] + " vs "
                + MOMENTA[FAST] + " (holds if equal: momentum does not change training)", batch[SLOW][end], batch[FAST][end],
                batch[SLOW][end] == batch[FAST][end]));
        return rows;
    }

    private static void writeCurves(MeasurementContext context, long[] steps, double[][] running, double[][] batch)
            throws IOException {
        bnlab.data.AtomicFiles.writeText(context.dir(ID).resolve("accuracy.csv"), w -> {
            w.write("step,momentum,test_acc_running_averages,test_acc_batch_statistics\n");
            for (int c = 0; c < steps.length; c++) {
                for (int m = 0; m < MOMENTA.length; m++) {
                    w.write(String.format(Locale.ROOT, "%d,%s,%s,%s%n", steps[c], MOMENTA[m], running[m][c], batch[m][c]));
                }
            }
        });
    }
}

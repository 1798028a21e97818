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
 * Lesson 9: the gap between accuracy on the training set and on the test set, with and without BN.
 * Both networks are evaluated in eval mode on the whole of each set, BN with its running averages.
 * Three settings, because the answer depends on the setting: the lesson's sigmoid network on 1,000
 * training images (both learn them by heart), the same network on all 10,000, and lesson 7's tanh
 * network (Xavier initialisation, learning rate 0.05, batch 60) on all 10,000.
 */
final class RegularizationMeasurement implements LessonMeasurement {
    static final String ID = "09-regularization";

    /** A setting: the lesson's experiment with another network, learning rate or training-set size. */
    record Setting(String name, String activation, String init, double initScale, double learningRate, int trainSize) {}

    @Override
    public String lessonId() {
        return ID;
    }

    @Override
    public List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException {
        Experiment base = context.experiment(ID);
        long steps = context.pick(base.steps(), 1000);
        Experiment.NetworkSection n = base.network();
        int small = base.dataset().trainSize();
        List<Setting> settings = List.of(
                new Setting("sigmoid-" + small, n.activation(), n.init(), n.initScale(), base.optimizer().learningRate(), small),
                new Setting("sigmoid-10000", n.activation(), n.init(), n.initScale(), base.optimizer().learningRate(), 10_000),
                new Setting("tanh-10000", "tanh", "xavier", 1.0, 0.05, 10_000));
        List<ClaimRow> rows = new ArrayList<>();
        for (Setting s : settings) {
            Experiment e = MeasurementContext.withTrainSize(base, s.trainSize())
                    .withNetwork(new Experiment.NetworkSection(n.hidden(), s.activation(), s.init(), s.initScale()))
                    .withOptimizer(new Experiment.OptimizerSection(base.optimizer().kind(), s.learningRate(),
                            base.optimizer().momentum(), base.optimizer().weightDecay()));
            double[][] gap = trainAndMeasure(context, e, steps, s.name());
            rows.add(new ClaimRow(ID, s.activation() + " network, " + s.trainSize() + " training images, at the last step:"
                    + " training accuracy minus test accuracy (holds if the gap is smaller with BN)",
                    gap[0][0], gap[1][0], gap[0][0] < gap[1][0]));
        }
        return rows;
    }

    /** Trains the twins side by side; writes their accuracy curves; returns {gap, train, test} at the end per twin. */
    private static double[][] trainAndMeasure(MeasurementContext context, Experiment e, long steps, String name)
            throws IOException, InterruptedException, DatasetException {
        DatasetSplit data = context.data(e);
        List<RunConfig> twins = RunPlan.runs(e, data, false);
        long every = Math.max(1, steps / 10);
        int points = (int) (steps / every);
        List<Callable<double[][]>> tasks = new ArrayList<>();
        for (RunConfig twin : twins) {
            tasks.add(() -> {
                DirectRun run = new DirectRun(twin, data);
                double[][] acc = new double[3][points + 1]; // {step, training accuracy, test accuracy}
                for (int p = 0; p <= points; p++) {
                    run.trainTo(p == points ? steps : p * every);
                    acc[0][p] = run.step();
                    acc[1][p] = Accuracy.of(run.network(), data.train(), Mode.EVAL, 500);
                    acc[2][p] = Accuracy.of(run.network(), data.test(), Mode.EVAL, 500);
                }
                return acc;
            });
        }
        List<double[][]> results = InParallel.run(tasks);
        double[][] out = new double[2][];
        for (int t = 0; t < 2; t++) {
            double[][] acc = results.get(t);
            out[t] = new double[] {acc[1][points] - acc[2][points], acc[1][points], acc[2][points]};
        }
        bnlab.data.AtomicFiles.writeText(context.dir(ID).resolve(name + ".csv"), w -> {
            w.write("step,network,train_acc,test_acc\n");
            for (int t = 0; t < 2; t++) {
                double[][] acc = results.get(t);
                for (int p = 0; p <= points; p++) {
                    w.write(String.format(Locale.ROOT, "%d,%s,%s,%s%n", (long) acc[0][p], twins.get(t).name(), acc[1][p],
                            acc[2][p]));
                }
            }
        });
        return out;
    }
}

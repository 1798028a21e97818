package bnlab.lessons;

import bnlab.data.DatasetException;
import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.RunPlan;
import bnlab.nn.Mode;
import bnlab.train.RunConfig;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Lesson 12: does batch normalization replace dropout (the explainer's section 2.2)? On 1,000
 * training images, five networks: no regularization, dropout 0.3, L2 weight decay, BN, and BN
 * with dropout; the gap between training and test accuracy and the test accuracy of each, at the
 * last step, both in eval mode on the whole of each set (as lesson 9). Two settings: the issue's
 * PyTorch reference (sigmoid, weights N(0, 1/fan_in), SGD 0.5, batch 60) and lesson 9's
 * (the same with Gaussian weights of std 1), where lesson 9 found a small gain from BN.
 */
final class DropoutMeasurement implements LessonMeasurement {
    static final String ID = "12-dropout";
    static final double DROPOUT = 0.3;
    static final double L2 = 1e-3;
    /** Within 1 point: about one evaluation's wobble on 2,000 test images. */
    static final double CLOSE = 0.01;

    /** A setting: the initialisation of the lesson's network. */
    record Setting(String name, String description, String init, double initScale) {}

    /** One network's reading at the last step. */
    record Reading(double train, double test) {
        double gap() {
            return train - test;
        }
    }

    static final List<String> VARIANTS = List.of("none", "dropout", "l2", "bn", "bn-dropout");

    @Override
    public String lessonId() {
        return ID;
    }

    @Override
    public List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException {
        Experiment base = context.experiment(ID);
        long steps = context.pick(base.steps(), 900);
        List<Setting> settings = List.of(
                new Setting("fan-in", "weights N(0, 1/fan_in)", "he", Math.sqrt(0.5)),
                new Setting("gaussian-1", "Gaussian weights of std 1 (lesson 9)", "gaussian", 1.0));
        List<ClaimRow> rows = new ArrayList<>();
        for (Setting s : settings) {
            Experiment.NetworkSection n = base.network();
            Experiment e = base.withNetwork(new Experiment.NetworkSection(n.hidden(), n.activation(), s.init(), s.initScale()));
            List<Reading> r = trainAll(context, e, steps, s.name());
            Reading none = r.get(0);
            Reading dropout = r.get(1);
            Reading l2 = r.get(2);
            Reading bn = r.get(3);
            Reading both = r.get(4);
            String where = "sigmoid network, " + s.description() + ", 1000 training images, at the last step: ";
            String gap = "training accuracy minus test accuracy";
            rows.add(new ClaimRow(ID, where + gap + ", dropout 0.3 vs no regularization (holds if the gap is smaller"
                    + " with dropout)", dropout.gap(), none.gap(), dropout.gap() < none.gap()));
            rows.add(new ClaimRow(ID, where + gap + ", L2 weight decay 0.001 vs no regularization (holds if the gap is"
                    + " smaller with L2)", l2.gap(), none.gap(), l2.gap() < none.gap()));
            rows.add(new ClaimRow(ID, where + gap + ", BN vs no regularization (holds if the gap is smaller with BN)",
                    bn.gap(), none.gap(), bn.gap() < none.gap()));
            rows.add(new ClaimRow(ID, where + "test accuracy, dropout 0.3 vs no regularization (holds if higher with"
                    + " dropout: a narrower gap is worth having only if the test accuracy gains)", dropout.test(),
                    none.test(), dropout.test() > none.test()));
            rows.add(new ClaimRow(ID, where + "test accuracy, BN vs no regularization (holds if higher with BN)",
                    bn.test(), none.test(), bn.test() > none.test()));
            rows.add(new ClaimRow(ID, where + "test accuracy, BN vs dropout 0.3 (holds if BN alone does at least as"
                    + " well as dropout alone, within 1 point: BN replaces dropout)", bn.test(), dropout.test(),
                    bn.test() >= dropout.test() - CLOSE));
            rows.add(new ClaimRow(ID, where + "test accuracy, BN with dropout 0.3 vs BN alone (holds if adding dropout"
                    + " gains no more than 1 point: with BN, dropout is unnecessary)", both.test(), bn.test(),
                    both.test() <= bn.test() + CLOSE));
        }
        return rows;
    }

    static Experiment variant(Experiment e, String name) {
        Experiment.OptimizerSection o = e.optimizer();
        Experiment plain = RemedyVariants.withKind(e, "none");
        Experiment.OptimizerSection noDecay = new Experiment.OptimizerSection(o.kind(), o.learningRate(), o.momentum(), 0.0);
        return switch (name) {
            case "none" -> plain.withOptimizer(noDecay);
            case "dropout" -> plain.withNetwork(e.network().withDropout(DROPOUT)).withOptimizer(noDecay);
            case "l2" -> plain.withOptimizer(new Experiment.OptimizerSection(o.kind(), o.learningRate(), o.momentum(), L2));
            case "bn" -> RemedyVariants.withKind(e, "batch").withOptimizer(noDecay);
            case "bn-dropout" -> RemedyVariants.withKind(e, "batch").withNetwork(e.network().withDropout(DROPOUT))
                    .withOptimizer(noDecay);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Trains the five networks, two at a time; writes their accuracy curves; returns their last readings. */
    private static List<Reading> trainAll(MeasurementContext context, Experiment e, long steps, String name)
            throws IOException, InterruptedException, DatasetException {
        DatasetSplit data = context.data(e);
        // The quick form reads only the start and the end: evaluating 3,000 images costs as much as ~50 steps.
        long every = Math.max(1, steps / (context.quick() ? 1 : 10));
        int points = (int) (steps / every);
        List<Callable<double[][]>> tasks = new ArrayList<>();
        for (String v : VARIANTS) {
            RunConfig config = RunPlan.runs(RemedyVariants.alone(variant(e, v)), data, false).get(0);
            tasks.add(() -> {
                DirectRun run = new DirectRun(config, data);
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
        List<Reading> out = new ArrayList<>();
        try (Writer w = Files.newBufferedWriter(context.dir(ID).resolve(name + ".csv"), StandardCharsets.UTF_8)) {
            w.write("step,network,train_acc,test_acc\n");
            for (int t = 0; t < VARIANTS.size(); t++) {
                double[][] acc = results.get(t);
                for (int p = 0; p <= points; p++) {
                    w.write(String.format(Locale.ROOT, "%d,%s,%s,%s%n", (long) acc[0][p], VARIANTS.get(t), acc[1][p],
                            acc[2][p]));
                }
                out.add(new Reading(acc[1][points], acc[2][points]));
            }
        }
        return out;
    }
}

package bnlab.lessons;

import bnlab.data.DatasetException;
import bnlab.experiment.Experiment;
import bnlab.experiment.Variants;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 8: batch normalization before the nonlinearity (Ioffe &amp; Szegedy) or after it, on the
 * lesson's sigmoid network and on a ReLU network (He initialisation, learning rate 0.1). Whichever
 * wins is reported as it is; "does better" means by more than a point, one run's noise, so a
 * difference inside the noise shows in the numbers, not in a "holds".
 */
final class PlacementMeasurement implements LessonMeasurement {
    static final String ID = "08-placement";
    /** One run's noise in mean test accuracy: a smaller lead is no lead. */
    static final double MARGIN = 0.01;

    /** A network to try both placements on. */
    record Variant(String name, String activation, String init, double initScale, double learningRate) {}

    @Override
    public String lessonId() {
        return ID;
    }

    @Override
    public List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException {
        // The lesson shows the two placements side by side; here each is measured with and without BN.
        Experiment base = Variants.base(context.experiment(ID));
        base = base.withSteps(context.pick(base.steps(), 1000));
        Experiment.NetworkSection n = base.network();
        List<Variant> variants = List.of(
                new Variant(n.activation(), n.activation(), n.init(), n.initScale(), base.optimizer().learningRate()),
                new Variant("relu", "relu", "he", 1.0, 0.1));
        List<ClaimRow> rows = new ArrayList<>();
        for (Variant v : variants) {
            Experiment e = base.withNetwork(new Experiment.NetworkSection(n.hidden(), v.activation(), v.init(), v.initScale()))
                    .withOptimizer(new Experiment.OptimizerSection(base.optimizer().kind(), v.learningRate(),
                            base.optimizer().momentum(), base.optimizer().weightDecay()));
            RunnerResult before = RunnerResult.train(withPlacement(e, "before-activation").withCompare(true), context,
                    context.dir(ID, v.name() + "-before"));
            RunnerResult after = RunnerResult.train(withPlacement(e, "after-activation").withCompare(false), context,
                    context.dir(ID, v.name() + "-after"));
            double b = before.lateTestAccuracy("bn");
            double a = after.lateTestAccuracy("bn");
            double plain = before.lateTestAccuracy("plain");
            String what = v.name() + " network: mean test accuracy over the last fifth of the run, ";
            rows.add(new ClaimRow(ID, what + "BN before the activation vs after it (holds if before does better, by more than a point)",
                    b, a, b > a + MARGIN));
            rows.add(new ClaimRow(ID, what + "BN before the activation vs no normalization (holds if BN does better, by more than a point)",
                    b, plain, b > plain + MARGIN));
            rows.add(new ClaimRow(ID, what + "BN after the activation vs no normalization (holds if BN does better, by more than a point)",
                    a, plain, a > plain + MARGIN));
        }
        return rows;
    }

    static Experiment withPlacement(Experiment e, String placement) {
        Experiment.NormalizationSection n = e.normalization();
        return e.withNormalization(new Experiment.NormalizationSection(n.kind(), placement, n.momentum(), n.epsilon()));
    }
}

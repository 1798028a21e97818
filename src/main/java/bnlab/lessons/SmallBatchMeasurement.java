package bnlab.lessons;

import bnlab.data.DatasetException;
import bnlab.experiment.Experiment;
import bnlab.experiment.RunPlan;
import bnlab.experiment.Variants;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 7: the same network trained with batches of 2, 4, 16 and 60 examples, with batch
 * normalization, layer normalization and neither (same steps and learning rate everywhere): the
 * lesson's three variants, side by side in lockstep as the app shows them, at each batch size. BN
 * is evaluated as the app does, with its running averages. The claim is tested at every batch
 * size: BN falls apart (far below LayerNorm) and LayerNorm does not (close to no normalization).
 * Small differences between the three are left to the numbers: they change with the run length.
 */
final class SmallBatchMeasurement implements LessonMeasurement {
    static final String ID = "07-small-batches";
    static final int[] BATCHES = {2, 4, 16, 60};
    /** "Falling apart" is losing more than 10 points of test accuracy. */
    static final double FALLEN_APART = 0.10;
    /** "Not falling apart" is staying within 2 points: more than one run's noise, far less than falling apart. */
    static final double CLOSE = 0.02;

    @Override
    public String lessonId() {
        return ID;
    }

    @Override
    public List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException {
        Experiment base = context.experiment(ID);
        base = base.withSteps(context.pick(base.steps(), 1000));
        List<ClaimRow> rows = new ArrayList<>();
        for (int b : BATCHES) {
            Experiment e = base.withBatchSize(b);
            RunnerResult r = RunnerResult.train(e, context, context.dir(ID, "batch-" + b));
            double withBn = r.lateTestAccuracy(variantWith(e, "batch"));
            double plain = r.lateTestAccuracy(variantWith(e, "none"));
            double withLn = r.lateTestAccuracy(variantWith(e, "layer"));
            rows.add(new ClaimRow(ID, "batch " + b + ": mean test accuracy over the last fifth of the run, BN vs LayerNorm"
                    + " (holds if BN falls apart: more than 10 points below LayerNorm)",
                    withBn, withLn, withBn < withLn - FALLEN_APART));
            rows.add(new ClaimRow(ID, "batch " + b + ": mean test accuracy over the last fifth of the run, LayerNorm vs no normalization"
                    + " (holds if LayerNorm does not fall apart: no more than 2 points below)",
                    withLn, plain, withLn >= plain - CLOSE));
        }
        return rows;
    }

    /** The name of the lesson's variant with this normalization kind. */
    static String variantWith(Experiment e, String kind) {
        for (Variants.Resolved v : RunPlan.variants(e)) {
            if (v.experiment().normalization().kind().equals(kind)) return v.name();
        }
        throw new IllegalStateException("lesson 7's experiment has no variant with normalization " + kind);
    }
}

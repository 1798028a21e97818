package bnlab.lessons;

import bnlab.data.DatasetException;
import bnlab.experiment.Experiment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lesson 11: the remedies for batch normalization's small-batch problem, at batches of 2 and 4:
 * BN, Batch Renorm (rmax 3, dmax 5), GroupNorm (4 groups), LayerNorm and no normalization, on the
 * issue's PyTorch reference setting (784-100-100-100-10 ReLU, weights N(0, 1/fan_in), SGD 0.05,
 * 1,500 steps). Each is evaluated as the app does (BN and Batch Renorm with running averages).
 * The claims are the explainer's: each remedy does better than BN at these batch sizes; and the
 * question the reference raised, whether any of them keeps up with no normalization at all.
 */
final class SmallBatchRemedyMeasurement implements LessonMeasurement {
    static final String ID = "11-small-batch-remedies";
    static final int[] BATCHES = {2, 4};
    static final List<String> REMEDIES = List.of("batch-renorm", "group", "layer");
    static final Map<String, String> NAMES = Map.of("batch", "BN", "batch-renorm", "Batch Renorm", "group", "GroupNorm",
            "layer", "LayerNorm", "none", "no normalization");
    /** "Better" is more than 1 point: about one evaluation's wobble. */
    static final double MARGIN = 0.01;
    /**
     * "Keeping up" with no normalization is staying within 2 points. Whether a remedy is ahead of the
     * plain network changes with the run's length (at batch 2 it is ahead after 1,500 steps and
     * behind after 500 or 900), so only keeping up is claimed; the numbers say the rest.
     */
    static final double KEEPS_UP = 0.02;

    @Override
    public String lessonId() {
        return ID;
    }

    @Override
    public List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException {
        Experiment base = context.experiment(ID);
        base = base.withSteps(context.pick(base.steps(), 500));
        List<ClaimRow> rows = new ArrayList<>();
        for (int b : BATCHES) {
            List<RemedyVariants.Variant> variants = new ArrayList<>();
            for (String kind : List.of("batch", "batch-renorm", "group", "layer", "none")) {
                variants.add(new RemedyVariants.Variant("batch-" + b + "-" + kind,
                        RemedyVariants.withKind(base, kind).withBatchSize(b)));
            }
            Map<String, RunnerResult> r = RemedyVariants.train(ID, variants, context);
            double bn = RemedyVariants.late(r.get("batch-" + b + "-batch"));
            double none = RemedyVariants.late(r.get("batch-" + b + "-none"));
            for (String kind : REMEDIES) {
                double remedy = RemedyVariants.late(r.get("batch-" + b + "-" + kind));
                rows.add(new ClaimRow(ID, "batch " + b + ": mean test accuracy over the last fifth of the run, "
                        + NAMES.get(kind) + " vs BN (holds if " + NAMES.get(kind) + " does better, by more than 1 point)",
                        remedy, bn, remedy > bn + MARGIN));
            }
            double best = Double.NEGATIVE_INFINITY;
            for (String kind : REMEDIES) best = Math.max(best, RemedyVariants.late(r.get("batch-" + b + "-" + kind)));
            rows.add(new ClaimRow(ID, "batch " + b + ": mean test accuracy over the last fifth of the run, the best of"
                    + " Batch Renorm, GroupNorm and LayerNorm vs no normalization (holds if the best remedy keeps up:"
                    + " no more than 2 points below)", best, none, best >= none - KEEPS_UP));
        }
        return rows;
    }
}

package bnlab.lessons;

import bnlab.data.DatasetException;
import bnlab.experiment.Experiment;
import bnlab.train.RunHistory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 5: in a deep sigmoid network the gradient shrinks on its way back to the first layer. The
 * measure is the per-layer factor: (std of the gradient at layer 1 ÷ at the last layer)^(1/(L−1)),
 * the average factor by which the gradient's spread changes from one layer to the one before. BN's
 * gradients are read with the probe's batch statistics, as training sees them.
 */
final class VanishingGradientMeasurement implements LessonMeasurement {
    static final String ID = "05-vanishing-gradients";
    /** Shrinking "layer by layer": by more than half per layer. */
    static final double SHRINKS = 0.5;
    /** Not shrinking: keeping at least 80% per layer. */
    static final double KEEPS = 0.8;

    @Override
    public String lessonId() {
        return ID;
    }

    @Override
    public List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException {
        Experiment e = context.experiment(ID);
        e = e.withSteps(context.pick(e.steps(), 300));
        RunnerResult r = RunnerResult.train(e, context, context.dir(ID));
        RunHistory bn = r.history("bn");
        RunHistory plain = r.history("plain");
        int layers = e.network().hidden().size();
        List<ClaimRow> rows = new ArrayList<>();
        for (long step : new long[] {0, e.steps()}) {
            double with = perLayerFactor(bn, true, layers, step);
            double without = perLayerFactor(plain, false, layers, step);
            rows.add(new ClaimRow(ID, (step == 0 ? "at step 0" : "at the last step") + ": per-layer factor of the gradient's std from layer "
                    + layers + " back to layer 1 (holds if below 0.5 without BN and at least 0.8 with it)",
                    with, without, without < SHRINKS && with >= KEEPS));
        }
        rows.add(explodingAtInit(context, e));
        double with = r.lateTestAccuracy("bn");
        double without = r.lateTestAccuracy("plain");
        rows.add(new ClaimRow(ID, "mean test accuracy over the last fifth of the run (holds if higher with BN)", with, without, with > without));
        return rows;
    }

    /**
     * The caveat of Yang et al. (ICLR 2019): in a deep network without skip connections batch
     * normalization itself makes the gradient grow towards the input at initialisation. Measured at
     * step 0 of the deepest network the app allows, with ReLU and He initialisation (their setting).
     */
    private static ClaimRow explodingAtInit(MeasurementContext context, Experiment e)
            throws IOException, InterruptedException, DatasetException {
        int depth = bnlab.experiment.ExperimentValidator.MAX_HIDDEN_LAYERS;
        java.util.List<Integer> hidden = java.util.Collections.nCopies(depth, e.network().hidden().get(0));
        Experiment deep = e.withNetwork(new Experiment.NetworkSection(hidden, "relu", "he", 1.0)).withSteps(1);
        RunnerResult r = RunnerResult.train(deep, context, context.dir(ID, "relu-at-init"));
        double with = perLayerFactor(r.history("bn"), true, depth, 0);
        double without = perLayerFactor(r.history("plain"), false, depth, 0);
        return new ClaimRow(ID, "at step 0 in " + depth + " ReLU layers (He init): per-layer factor of the gradient's std from layer "
                + depth + " back to layer 1 (holds if above 1.1 with BN and within 0.9 to 1.1 without: BN makes it grow, Yang et al. 2019)",
                with, without, with > 1.1 && without >= 0.9 && without <= 1.1);
    }

    /** The same reading as a guided question's {@link Measure#GRADIENT_FACTOR}. */
    static double perLayerFactor(RunHistory h, boolean training, int layers, long step) {
        return Measure.gradientFactor(h, training, layers, step);
    }
}

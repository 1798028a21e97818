package bnlab.lessons;

import bnlab.data.DatasetException;
import bnlab.experiment.Experiment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 4: a tanh network started from Gaussian weights of growing standard deviation. Without BN
 * the smallest scale makes the signal vanish and the largest saturates every unit; the claim is
 * that BN trains at every scale and that the plain network fails at the two extremes.
 */
final class InitialisationMeasurement implements LessonMeasurement {
    static final String ID = "04-initialisation";
    static final double[] SCALES = {0.001, 0.01, 0.1, 1, 3};
    static final double TRAINS = 0.6;
    static final double FAILS = 0.5;

    @Override
    public String lessonId() {
        return ID;
    }

    @Override
    public List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException {
        Experiment base = context.experiment(ID);
        base = base.withSteps(context.pick(base.steps(), 500));
        List<ClaimRow> rows = new ArrayList<>();
        for (int i = 0; i < SCALES.length; i++) {
            double scale = SCALES[i];
            Experiment.NetworkSection n = base.network();
            Experiment e = base.withNetwork(new Experiment.NetworkSection(n.hidden(), n.activation(), n.init(), scale));
            RunnerResult r = RunnerResult.train(e, context, context.dir(ID, "init-" + ClaimRow.number(scale)));
            double with = r.lateTestAccuracy("bn");
            double without = r.lateTestAccuracy("plain");
            boolean extreme = i == 0 || i == SCALES.length - 1;
            String claim = "initial weight std " + ClaimRow.number(scale) + ": mean test accuracy over the last fifth of the run (holds if BN trains, at least 60%"
                    + (extreme ? ", and the plain network fails, below 50%)" : ")");
            rows.add(new ClaimRow(ID, claim, with, without, with >= TRAINS && (!extreme || without < FAILS)));
        }
        return rows;
    }
}

package bnlab.lessons;

import bnlab.data.DatasetException;
import bnlab.experiment.Experiment;
import bnlab.experiment.Variants;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 3: the same sigmoid network at growing learning rates. The claim is about collapse: a
 * network "trains" when its mean test accuracy over the last fifth of the run is at least
 * {@link #TRAINS}, and "collapses" when it
 * stays below {@link #COLLAPSED} (ten classes: chance is 10%).
 */
final class LearningRateMeasurement implements LessonMeasurement {
    static final String ID = "03-higher-learning-rates";
    static final double[] RATES = {0.5, 2, 5, 20};
    static final double TRAINS = 0.6;
    static final double COLLAPSED = 0.2;

    @Override
    public String lessonId() {
        return ID;
    }

    @Override
    public List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException {
        // The lesson shows three variants; the claim is measured at each rate on a compare pair of its shared part.
        Experiment base = Variants.base(context.experiment(ID)).withCompare(true);
        base = base.withSteps(context.pick(base.steps(), 500));
        List<ClaimRow> rows = new ArrayList<>();
        for (double rate : RATES) {
            Experiment.OptimizerSection o = base.optimizer();
            Experiment e = base.withOptimizer(new Experiment.OptimizerSection(o.kind(), rate, o.momentum(), o.weightDecay()));
            RunnerResult r = RunnerResult.train(e, context, context.dir(ID, "lr-" + ClaimRow.number(rate)));
            double with = r.lateTestAccuracy("bn");
            double without = r.lateTestAccuracy("plain");
            rows.add(new ClaimRow(ID, "learning rate " + ClaimRow.number(rate)
                    + ": mean test accuracy over the last fifth of the run (holds if BN trains, at least 60%, while the plain network collapses, below 20%)",
                    with, without, with >= TRAINS && without < COLLAPSED));
        }
        return rows;
    }
}

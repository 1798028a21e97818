package bnlab.lessons;

import bnlab.data.DatasetException;
import bnlab.experiment.Experiment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lesson 2: how many steps each network needs before its test accuracy first reaches a level. */
final class ConvergenceMeasurement implements LessonMeasurement {
    static final String ID = "02-faster-convergence";
    static final double[] LEVELS = {0.70, 0.75, 0.80};

    @Override
    public String lessonId() {
        return ID;
    }

    @Override
    public List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException {
        Experiment e = context.experiment(ID);
        e = e.withSteps(context.pick(e.steps(), 1500));
        RunnerResult r = RunnerResult.train(e, context, context.dir(ID));
        List<ClaimRow> rows = new ArrayList<>();
        for (double level : LEVELS) {
            double with = Measure.STEPS_TO_ACCURACY.read(r.get("bn"), 0, level);
            double without = Measure.STEPS_TO_ACCURACY.read(r.get("plain"), 0, level);
            boolean holds = !Double.isNaN(with) && (Double.isNaN(without) || with < without);
            rows.add(new ClaimRow(ID, String.format(Locale.ROOT,
                    "steps until test accuracy first reaches %.0f%%, tested every %d steps (empty: not within the run; holds if fewer with BN)",
                    level * 100, e.evalEvery()), with, without, holds));
        }
        return rows;
    }
}

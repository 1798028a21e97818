package bnlab.lessons;

import bnlab.data.DatasetException;
import bnlab.experiment.Experiment;
import bnlab.stats.Series;
import bnlab.train.RunHistory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lesson 13: a ReLU network (784-100-100-100-10, He initialisation) at learning rate 0.5, where
 * the plain network's gradient norm climbs by many orders of magnitude within its first steps
 * and the network ends dead at chance; then three remedies, each alone: clipping the global
 * gradient norm at 1, a learning-rate schedule (a linear warm-up from 1% over 300 steps, then a
 * cosine), and batch normalization. Read from every step's gradient norm before clipping and the
 * test evaluations of the runner.
 */
final class ExplodingGradientMeasurement implements LessonMeasurement {
    static final String ID = "13-exploding-gradients";
    /** "Explodes": the largest norm is over a thousand times the first step's. */
    static final double EXPLODES = 1e3;
    static final double TRAINS = 0.60;
    static final double COLLAPSES = 0.20;
    static final double CLIP = 1.0;

    @Override
    public String lessonId() {
        return ID;
    }

    static List<RemedyVariants.Variant> variants(Experiment lesson, long steps) {
        Experiment plain = RemedyVariants.withKind(lesson, "none").withSteps(steps);
        Experiment.OptimizerSection o = plain.optimizer();
        Experiment.ScheduleSection constant = Experiment.ScheduleSection.CONSTANT;
        Experiment clipped = plain.withOptimizer(o.withRemedies(0, CLIP, constant));
        Experiment scheduled = plain.withOptimizer(o.withRemedies(0, 0, constant.withKind("cosine").withWarmup(300, 0.01)));
        return List.of(new RemedyVariants.Variant("none", plain.withOptimizer(o.withRemedies(0, 0, constant))),
                new RemedyVariants.Variant("clip", clipped),
                new RemedyVariants.Variant("schedule", scheduled),
                new RemedyVariants.Variant("bn", RemedyVariants.withKind(plain, "batch").withOptimizer(o.withRemedies(0, 0, constant))));
    }

    @Override
    public List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException {
        Experiment lesson = context.experiment(ID);
        Map<String, RunnerResult> r = RemedyVariants.train(ID, variants(lesson, context.pick(lesson.steps(), 400)), context);
        Series plain = RemedyVariants.only(r.get("none")).history().metrics();
        double first = plain.get(0, RunHistory.GRADIENT_NORM);
        double largest = largestNorm(plain);
        List<ClaimRow> rows = new ArrayList<>();
        rows.add(new ClaimRow(ID, "no remedy: the largest global gradient norm vs the first step's (holds if over a"
                + " thousand times larger: the gradients explode)", largest, first, largest > EXPLODES * first));
        double plainLate = RemedyVariants.late(r.get("none"));
        String[][] remedies = {{"clip", "clipping the gradient norm at 1"},
                {"schedule", "a warm-up from 1% over 300 steps, then a cosine"}, {"bn", "batch normalization"}};
        for (String[] rem : remedies) {
            RunnerResult result = r.get(rem[0]);
            double late = RemedyVariants.late(result);
            rows.add(new ClaimRow(ID, rem[1] + " vs no remedy: mean test accuracy over the last fifth of the run"
                    + " (holds if the remedy trains, at least 60%, while the plain network collapses, below 20%)",
                    late, plainLate, late >= TRAINS && plainLate < COLLAPSES));
            double norm = largestNorm(RemedyVariants.only(result).history().metrics());
            rows.add(new ClaimRow(ID, rem[1] + " vs no remedy: the largest global gradient norm, before clipping"
                    + " (holds if under a thousandth of the plain network's)", norm, largest, norm < largest / EXPLODES));
        }
        return rows;
    }

    static double largestNorm(Series metrics) {
        double most = 0;
        for (int i = 0; i < metrics.size(); i++) {
            double g = metrics.get(i, RunHistory.GRADIENT_NORM);
            if (Double.isFinite(g)) most = Math.max(most, g);
        }
        return most;
    }
}

package bnlab.experiment;

import bnlab.nn.LearningRateSchedule;
import bnlab.nn.Remedies;

/** Turns a validated experiment's remedy fields into the engine's settings. */
final class RemedyPlan {
    private RemedyPlan() {}

    static Remedies remedies(Experiment e) {
        Experiment.NormalizationSection n = e.normalization();
        // GroupNorm's groups only matter, and are only validated, for kind "group".
        // Each kind's own settings only matter, and are only validated, for that kind.
        boolean group = "group".equals(n.kind());
        boolean renorm = "batch-renorm".equals(n.kind());
        return new Remedies(group ? n.groups() : 1, renorm ? n.rmax() : 1, renorm ? n.dmax() : 0,
                renorm ? n.renormWarmup() : 0, e.network().dropout(), e.optimizer().l1(), e.optimizer().gradientClip());
    }

    static LearningRateSchedule schedule(Experiment e) {
        Experiment.ScheduleSection s = e.optimizer().schedule();
        LearningRateSchedule main = switch (s.kind()) {
            case "step" -> LearningRateSchedule.step(s.stepSize(), s.gamma());
            case "cosine" -> LearningRateSchedule.cosine(
                    s.cosineSteps() > 0 ? s.cosineSteps() : Math.max(1, e.steps() - s.warmupSteps()), s.minFactor());
            default -> LearningRateSchedule.CONSTANT;
        };
        return s.warmupSteps() > 0 ? main.withWarmup(s.warmupSteps(), s.warmupStartFactor()) : main;
    }
}

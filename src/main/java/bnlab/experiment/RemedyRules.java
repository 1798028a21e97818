package bnlab.experiment;

import java.util.List;

/**
 * The rules of the remedies' fields (GroupNorm, Batch Renorm, dropout, L1, clipping, schedules),
 * each broken rule one sentence, as {@link ExperimentValidator} reports the others.
 */
public final class RemedyRules {
    public static final List<String> SCHEDULES = List.of("constant", "step", "cosine");
    public static final double MAX_DROPOUT = 0.9;

    private RemedyRules() {}

    /** InstanceNorm is named so its refusal can say why: it is worth teaching. */
    static final String INSTANCE = "instance";

    static String instanceRefused() {
        return "normalization.kind \"instance\" is refused: InstanceNorm normalizes each unit over its own spatial "
                + "positions (the pixels of a convolutional feature map), and a unit of this network's fully connected "
                + "layers has only one value per example, so it would be normalized over itself alone — (x − x)/σ = 0 "
                + "for every example — and every feature would be erased; use \"group\" (groups of at least 2 units) "
                + "or \"layer\"";
    }

    static void check(Experiment e, List<String> p) {
        Experiment.NormalizationSection ns = e.normalization();
        if ("group".equals(ns.kind())) groups(e, ns.groups(), p);
        if ("batch-renorm".equals(ns.kind())) {
            if (!(ns.rmax() >= 1) || ns.rmax() > 100) {
                p.add("normalization.rmax must be at least 1 (1 makes r always 1, as in BatchNorm) and at most 100; got "
                        + ns.rmax());
            }
            if (!(ns.dmax() >= 0) || ns.dmax() > 100) {
                p.add("normalization.dmax must be at least 0 (0 makes d always 0, as in BatchNorm) and at most 100; got "
                        + ns.dmax());
            }
        }
        if (ns.renormWarmup() < 0 || ns.renormWarmup() > e.steps()) {
            p.add("normalization.renormWarmup (the steps over which Batch Renorm relaxes rmax from 1 and dmax from 0) "
                    + "must be between 0 and steps (" + e.steps() + "); got " + ns.renormWarmup());
        }
        double dropout = e.network().dropout();
        if (!(dropout >= 0) || dropout > MAX_DROPOUT) {
            p.add("network.dropout is the chance that a hidden unit is dropped in a training step, so it must be between 0 "
                    + "(no dropout) and " + MAX_DROPOUT + "; got " + dropout);
        }
        Experiment.OptimizerSection os = e.optimizer();
        if (!(os.l1() >= 0) || os.l1() > 1) p.add("optimizer.l1 must be between 0 and 1; got " + os.l1());
        if (!(os.gradientClip() >= 0) || os.gradientClip() > 1e6) {
            p.add("optimizer.gradientClip is the largest global norm the gradients may have (0 does not clip), so it must "
                    + "be between 0 and 1000000; got " + os.gradientClip());
        }
        schedule(e, os.schedule(), p);
    }

    private static void groups(Experiment e, int groups, List<String> p) {
        if (groups < 1) {
            p.add("normalization.groups must be at least 1 (1 group is LayerNorm); got " + groups);
            return;
        }
        for (int w : e.network().hidden()) {
            if (w % groups != 0) {
                p.add("normalization.groups must divide every hidden width, because GroupNorm splits a layer's units "
                        + "into equal groups of consecutive units; " + groups + " does not divide " + w);
                return;
            }
        }
        for (int w : e.network().hidden()) {
            if (w / groups < 2) {
                p.add("normalization.groups " + groups + " on a layer of " + w + " units makes groups of one unit, which "
                        + "is InstanceNorm: on a layer without spatial positions each unit is normalized over itself "
                        + "alone, becomes 0 for every example, and every feature is erased; use at most " + (w / 2)
                        + " groups (1 is LayerNorm)");
                return;
            }
        }
    }

    private static void schedule(Experiment e, Experiment.ScheduleSection s, List<String> p) {
        if (s.kind() == null || !SCHEDULES.contains(s.kind())) {
            p.add("optimizer.schedule.kind must be one of " + String.join(", ", SCHEDULES) + "; got "
                    + bnlab.data.Quoted.text(s.kind()));
        }
        if ("step".equals(s.kind())) {
            if (s.stepSize() < 1) p.add("optimizer.schedule.stepSize must be at least 1; got " + s.stepSize());
            if (!(s.gamma() > 0) || s.gamma() > 1) {
                p.add("optimizer.schedule.gamma (the factor applied every stepSize steps) must be above 0 and at most 1; got "
                        + s.gamma());
            }
        }
        if ("cosine".equals(s.kind())) {
            if (s.cosineSteps() < 0) {
                p.add("optimizer.schedule.cosineSteps must be at least 0 (0: the rest of the run); got " + s.cosineSteps());
            }
            if (!(s.minFactor() >= 0) || s.minFactor() > 1) {
                p.add("optimizer.schedule.minFactor (the lowest rate, as a fraction of learningRate) must be between 0 and 1; got "
                        + s.minFactor());
            }
            if (s.cosineSteps() == 0 && s.warmupSteps() >= e.steps()) {
                p.add("optimizer.schedule: a cosine after a warm-up of " + s.warmupSteps() + " steps needs more than "
                        + s.warmupSteps() + " steps in the run, or cosineSteps; steps is " + e.steps());
            }
        }
        if (s.warmupSteps() < 0 || s.warmupSteps() > e.steps()) {
            p.add("optimizer.schedule.warmupSteps must be between 0 and steps (" + e.steps() + "); got " + s.warmupSteps());
        }
        if (!(s.warmupStartFactor() > 0) || s.warmupStartFactor() > 1) {
            p.add("optimizer.schedule.warmupStartFactor (the first warm-up step's rate, as a fraction of learningRate) "
                    + "must be above 0 and at most 1; got " + s.warmupStartFactor());
        }
    }
}

package bnlab.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Every rule an experiment must follow, each broken rule reported as one sentence that says
 * what is wrong, what is allowed and what was given.
 */
public final class ExperimentValidator {
    public static final int MAX_HIDDEN_LAYERS = 10;
    public static final int MIN_WIDTH = 2;
    public static final int MAX_WIDTH = 512;
    /** A histogram's half-width: wider than any value a chart can show apart from its neighbours. */
    public static final double MAX_HISTOGRAM_RANGE = 1e6;
    public static final List<String> ACTIVATIONS = List.of("sigmoid", "tanh", "relu", "leaky-relu", "identity");
    public static final List<String> INITS = List.of("gaussian", "xavier", "he");
    public static final List<String> NORMALIZATIONS = List.of("none", "batch", "layer", "noisy-batch", "batch-renorm",
            "group");
    public static final List<String> PLACEMENTS = List.of("before-activation", "after-activation");
    public static final List<String> OPTIMIZERS = List.of("sgd", "momentum", "adam");

    private ExperimentValidator() {}

    public static List<String> problems(Experiment e) {
        List<String> p = new ArrayList<>();
        if (e.name() == null || e.name().isBlank()) {
            p.add("name must not be empty");
        } else {
            p.addAll(Names.problems("name", e.name(), Names.MAX_EXPERIMENT));
        }
        if (e.dataset() == null) {
            p.add("dataset is required");
        } else {
            p.addAll(e.dataset().problems());
        }
        Experiment.NetworkSection n = e.network();
        if (n.hidden().isEmpty() || n.hidden().size() > MAX_HIDDEN_LAYERS) {
            p.add("network.hidden must list 1 to " + MAX_HIDDEN_LAYERS + " layer widths; got " + n.hidden().size());
        }
        for (int w : n.hidden()) {
            if (w < MIN_WIDTH || w > MAX_WIDTH) {
                p.add("every width in network.hidden must be between " + MIN_WIDTH + " and " + MAX_WIDTH + "; got " + w);
                break;
            }
        }
        oneOf(p, "network.activation", n.activation(), ACTIVATIONS);
        oneOf(p, "network.init", n.init(), INITS);
        if (!(n.initScale() > 0) || n.initScale() > 100) {
            p.add("network.initScale must be above 0 and at most 100; got " + n.initScale());
        }
        Experiment.NormalizationSection ns = e.normalization();
        if (RemedyRules.INSTANCE.equals(ns.kind())) {
            p.add(RemedyRules.instanceRefused());
        } else {
            oneOf(p, "normalization.kind", ns.kind(), NORMALIZATIONS);
        }
        oneOf(p, "normalization.placement", ns.placement(), PLACEMENTS);
        if (!(ns.momentum() > 0) || ns.momentum() > 1) {
            p.add("normalization.momentum must be above 0 and at most 1 (PyTorch's convention: the weight of the newest batch); got "
                    + ns.momentum());
        }
        if (!(ns.epsilon() > 0) || ns.epsilon() > 1) {
            p.add("normalization.epsilon must be above 0 and at most 1; got " + ns.epsilon());
        }
        Experiment.OptimizerSection os = e.optimizer();
        oneOf(p, "optimizer.kind", os.kind(), OPTIMIZERS);
        if (!(os.learningRate() > 0) || os.learningRate() > 1000) {
            p.add("optimizer.learningRate must be above 0 and at most 1000; got " + os.learningRate());
        }
        if (!(os.momentum() >= 0) || os.momentum() >= 1) {
            p.add("optimizer.momentum must be at least 0 and below 1; got " + os.momentum());
        }
        if (!(os.weightDecay() >= 0) || os.weightDecay() > 1) {
            p.add("optimizer.weightDecay must be between 0 and 1; got " + os.weightDecay());
        }
        if (e.batchSize() < 1 || e.batchSize() > 10_000) {
            p.add("batchSize must be between 1 and 10000; got " + e.batchSize());
        } else if (e.batchSize() < 2 && (ns.kind().endsWith("batch") || "batch-renorm".equals(ns.kind()))) {
            p.add("batchSize must be at least 2 with batch normalization (it normalizes over the batch, and one example has no spread); got "
                    + e.batchSize());
        }
        if (e.steps() < 1 || e.steps() > 100_000_000L) p.add("steps must be between 1 and 100000000; got " + e.steps());
        if (e.evalEvery() < 1) p.add("evalEvery must be at least 1; got " + e.evalEvery());
        if (e.statsEvery() < 1) p.add("statsEvery must be at least 1; got " + e.statsEvery());
        if (e.probeSize() < 2 || e.probeSize() > 10_000) {
            p.add("probeSize must be between 2 and 10000; got " + e.probeSize());
        }
        if (e.compare() && "none".equals(ns.kind())) {
            p.add("compare trains a twin without normalization beside one with it, so normalization.kind must not be none; got none");
        }
        Experiment.HistogramSection h = e.histograms();
        if (!(h.preActivationRange() > 0) || h.preActivationRange() > MAX_HISTOGRAM_RANGE) {
            p.add("histograms.preActivationRange must be above 0 and at most " + (long) MAX_HISTOGRAM_RANGE + "; got "
                    + h.preActivationRange());
        }
        if (!(h.gradientRange() > 0) || h.gradientRange() > MAX_HISTOGRAM_RANGE) {
            p.add("histograms.gradientRange must be above 0 and at most " + (long) MAX_HISTOGRAM_RANGE + "; got "
                    + h.gradientRange());
        }
        if (h.bins() < 4 || h.bins() > 400) p.add("histograms.bins must be between 4 and 400; got " + h.bins());
        for (Experiment.Switch s : e.switches()) {
            if (s.step() < 0 || s.step() >= e.steps()) {
                p.add("a switch's step must be between 0 and " + (e.steps() - 1) + " (steps - 1): a switch at the last "
                        + "step or later never takes effect; got " + s.step());
            }
        }
        if (!e.switches().isEmpty() && "none".equals(ns.kind())) {
            p.add("switches turn normalization on and off, so normalization.kind must not be none; got none");
        }
        RemedyRules.check(e, p);
        p.addAll(Variants.problems(e, List.copyOf(p))); // each variant checked whole, by these same rules
        return p;
    }

    private static void oneOf(List<String> p, String field, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            p.add(field + " must be one of " + String.join(", ", allowed) + "; got "
                    + bnlab.data.Quoted.text(value));
        }
    }
}

package bnlab.experiment;

import bnlab.data.DatasetSplit;
import bnlab.nn.Activation;
import bnlab.nn.Init;
import bnlab.nn.NetworkSpec;
import bnlab.nn.NormKind;
import bnlab.nn.OptimizerKind;
import bnlab.nn.Placement;
import bnlab.stats.HistogramRanges;
import bnlab.train.RunConfig;
import java.util.ArrayList;
import java.util.List;

/** Turns a validated experiment and its loaded data into the run(s) to train. */
public final class RunPlan {
    private RunPlan() {}

    /** The short name of a network in CSV files: bn, ln, brn (Batch Renorm), gn (GroupNorm), noisy or plain. */
    public static String networkName(NormKind kind) {
        return switch (kind) {
            case BATCH -> "bn";
            case LAYER -> "ln";
            case BATCH_RENORM -> "brn";
            case GROUP -> "gn";
            case NONE -> "plain";
            case NOISY_BATCH -> "noisy";
        };
    }

    /**
     * What to train, in order: the variants of the file; or, in compare mode, this normalization and
     * a twin without it (no scheduled switches, since it has nothing to switch); or the one network.
     * Each is a whole experiment, so every variant is built by the same code below.
     */
    public static List<Variants.Resolved> variants(Experiment e) {
        if (!e.variants().isEmpty()) return Variants.resolve(e);
        Experiment base = Variants.base(e);
        NormKind kind = NormKind.fromId(e.normalization().kind());
        List<Variants.Resolved> out = new ArrayList<>();
        out.add(new Variants.Resolved(networkName(kind), base));
        if (e.compare() && kind != NormKind.NONE) {
            Experiment.NormalizationSection n = base.normalization();
            out.add(new Variants.Resolved("plain", base.withNormalization(
                    new Experiment.NormalizationSection("none", n.placement(), n.momentum(), n.epsilon()))
                    .withSwitches(List.of())));
        }
        return out;
    }

    /**
     * One run per variant, named as the variant. They share the seed, so every layer they have in
     * common (up to the first whose shape differs) starts from the same weights, and the data seed,
     * so they draw the examples in the same order (identical batches when the batch sizes agree).
     */
    public static List<RunConfig> runs(Experiment e, DatasetSplit data, boolean liveStats) {
        List<RunConfig> runs = new ArrayList<>();
        for (Variants.Resolved v : variants(e)) runs.add(run(v.name(), v.experiment(), data, liveStats));
        return runs;
    }

    private static RunConfig run(String name, Experiment e, DatasetSplit data, boolean liveStats) {
        NormKind kind = NormKind.fromId(e.normalization().kind());
        NetworkSpec spec = new NetworkSpec(data.train().featureCount(), e.network().hidden(),
                data.train().classCount(), Activation.fromId(e.network().activation()), kind,
                Placement.fromId(e.normalization().placement()), e.normalization().momentum(),
                e.normalization().epsilon(), Init.fromId(e.network().init()), e.network().initScale(), e.seed(),
                RemedyPlan.remedies(e));
        HistogramRanges ranges = new HistogramRanges(e.histograms().preActivationRange(),
                e.histograms().gradientRange(), e.histograms().bins());
        List<RunConfig.ScheduledSwitch> switches = new ArrayList<>();
        for (Experiment.Switch s : e.switches()) switches.add(new RunConfig.ScheduledSwitch(s.step(), s.enabled()));
        return new RunConfig(name, spec, OptimizerKind.fromId(e.optimizer().kind()), e.optimizer().learningRate(),
                e.optimizer().momentum(), e.optimizer().weightDecay(), e.batchSize(), e.steps(), e.evalEvery(),
                e.statsEvery(), liveStats, e.probeSize(), e.seed(), ranges, switches, RemedyPlan.schedule(e));
    }
}

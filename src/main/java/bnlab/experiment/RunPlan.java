package bnlab.experiment;

import bnlab.data.DatasetSplit;
import bnlab.nn.Activation;
import bnlab.nn.Init;
import bnlab.nn.LearningRateSchedule;
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

    /** The short name of a network in CSV files: bn, ln, brn (Batch Renorm), gn (GroupNorm) or plain. */
    public static String networkName(NormKind kind) {
        return switch (kind) {
            case BATCH -> "bn";
            case LAYER -> "ln";
            case BATCH_RENORM -> "brn";
            case GROUP -> "gn";
            case NONE -> "plain";
        };
    }

    /**
     * One run, or two in compare mode: the twin has no normalization and otherwise the same
     * everything (seed, so initial weights; data seed, so batches).
     */
    public static List<RunConfig> runs(Experiment e, DatasetSplit data, boolean liveStats) {
        NormKind kind = NormKind.fromId(e.normalization().kind());
        NetworkSpec spec = new NetworkSpec(data.train().featureCount(), e.network().hidden(),
                data.train().classCount(), Activation.fromId(e.network().activation()), kind,
                Placement.fromId(e.normalization().placement()), e.normalization().momentum(),
                e.normalization().epsilon(), Init.fromId(e.network().init()), e.network().initScale(), e.seed(),
                RemedyPlan.remedies(e));
        LearningRateSchedule schedule = RemedyPlan.schedule(e);
        HistogramRanges ranges = new HistogramRanges(e.histograms().preActivationRange(),
                e.histograms().gradientRange(), e.histograms().bins());
        List<RunConfig.ScheduledSwitch> switches = new ArrayList<>();
        for (Experiment.Switch s : e.switches()) switches.add(new RunConfig.ScheduledSwitch(s.step(), s.enabled()));
        OptimizerKind opt = OptimizerKind.fromId(e.optimizer().kind());
        List<RunConfig> runs = new ArrayList<>();
        runs.add(new RunConfig(networkName(kind), spec, opt, e.optimizer().learningRate(), e.optimizer().momentum(),
                e.optimizer().weightDecay(), e.batchSize(), e.steps(), e.evalEvery(), e.statsEvery(), liveStats,
                e.probeSize(), e.seed(), ranges, switches, schedule));
        if (e.compare() && kind != NormKind.NONE) {
            runs.add(new RunConfig("plain", spec.withNorm(NormKind.NONE, spec.placement()), opt,
                    e.optimizer().learningRate(), e.optimizer().momentum(), e.optimizer().weightDecay(), e.batchSize(),
                    e.steps(), e.evalEvery(), e.statsEvery(), liveStats, e.probeSize(), e.seed(), ranges, List.of(),
                    schedule));
        }
        return runs;
    }
}

package bnlab.train;

import bnlab.nn.LearningRateSchedule;
import bnlab.nn.NetworkSpec;
import bnlab.nn.OptimizerKind;
import bnlab.stats.HistogramRanges;
import java.util.List;

/**
 * How one network is trained: built from an experiment file, one per network (two in compare mode).
 *
 * @param name        short name used in CSV files and events: "bn", "ln" or "plain"
 * @param steps       training stops after this many steps; 0 trains until paused
 * @param evalEvery   test accuracy (eval mode) is measured every this many steps
 * @param statsEvery  per-layer statistics are recorded for CSV/history every this many steps
 * @param liveStats   instead of every {@code statsEvery} steps, measure as often as a 10% time
 *                    budget allows (the app: smooth where training is slow, cheap where it is fast)
 * @param probeSize   test examples in the fixed statistics probe
 * @param dataSeed    seed of the mini-batch order: twins share it, so they see identical batches
 * @param switches    scheduled normalization switches (step, on/off), e.g. for lessons
 * @param schedule    the learning rate of step t is (the base rate) × schedule.factor(t); the base is
 *                    {@code learningRate} until a live change replaces it
 */
public record RunConfig(
        String name,
        NetworkSpec network,
        OptimizerKind optimizer,
        double learningRate,
        double momentum,
        double weightDecay,
        int batchSize,
        long steps,
        int evalEvery,
        int statsEvery,
        boolean liveStats,
        int probeSize,
        long dataSeed,
        HistogramRanges ranges,
        List<ScheduledSwitch> switches,
        LearningRateSchedule schedule) {

    public RunConfig {
        switches = List.copyOf(switches);
        if (schedule == null) schedule = LearningRateSchedule.CONSTANT;
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be at least 1");
        if (evalEvery < 1 || statsEvery < 1) throw new IllegalArgumentException("evalEvery and statsEvery must be at least 1");
    }

    /** A run at a constant learning rate. */
    public RunConfig(String name, NetworkSpec network, OptimizerKind optimizer, double learningRate, double momentum,
                     double weightDecay, int batchSize, long steps, int evalEvery, int statsEvery, boolean liveStats,
                     int probeSize, long dataSeed, HistogramRanges ranges, List<ScheduledSwitch> switches) {
        this(name, network, optimizer, learningRate, momentum, weightDecay, batchSize, steps, evalEvery, statsEvery,
                liveStats, probeSize, dataSeed, ranges, switches, LearningRateSchedule.CONSTANT);
    }

    /** Turn normalization on or off when training reaches {@code step}. */
    public record ScheduledSwitch(long step, boolean enabled) {}

    public RunConfig withLiveStats(boolean live) {
        return new RunConfig(name, network, optimizer, learningRate, momentum, weightDecay, batchSize, steps,
                evalEvery, statsEvery, live, probeSize, dataSeed, ranges, switches, schedule);
    }
}

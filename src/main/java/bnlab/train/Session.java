package bnlab.train;

import bnlab.data.DatasetSplit;
import java.util.ArrayList;
import java.util.List;

/**
 * One experiment in progress: one network, or two twins in compare mode (same initial weights,
 * same batches, one with and one without normalization), each on its own thread. Every control
 * is a message to the runs; nothing here blocks the caller.
 */
public final class Session implements AutoCloseable {
    private final List<RunConfig> configs;
    private final DatasetSplit data;
    private final RunListener listener;
    private volatile List<TrainingRun> runs;
    private double speedLimit;

    public Session(List<RunConfig> configs, DatasetSplit data, RunListener listener) {
        if (configs.isEmpty()) throw new IllegalArgumentException("a session needs at least one run");
        this.configs = List.copyOf(configs);
        this.data = data;
        this.listener = listener;
        this.runs = build();
    }

    private List<TrainingRun> build() {
        List<TrainingRun> list = new ArrayList<>();
        for (RunConfig c : configs) list.add(new TrainingRun(c, data, listener));
        return List.copyOf(list);
    }

    public List<TrainingRun> runs() {
        return runs;
    }

    /** Starts every run's thread, training at once or paused. */
    public synchronized void start(boolean running) {
        for (TrainingRun r : runs) {
            r.setSpeedLimit(speedLimit);
            r.start(running);
        }
    }

    public synchronized void play() {
        runs.forEach(TrainingRun::play);
    }

    public synchronized void pause() {
        runs.forEach(TrainingRun::pause);
    }

    public synchronized void stepOnce() {
        runs.forEach(TrainingRun::stepOnce);
    }

    /** Steps per second for every run; 0 trains as fast as possible. */
    public synchronized void setSpeedLimit(double stepsPerSecond) {
        speedLimit = stepsPerSecond;
        for (TrainingRun r : runs) r.setSpeedLimit(stepsPerSecond);
    }

    /** The live switch, applied to the network(s) that have normalization. */
    public synchronized void setNormalizationEnabled(boolean enabled) {
        for (TrainingRun r : runs) r.setNormalizationEnabled(enabled);
    }

    public synchronized void setLearningRate(double learningRate) {
        for (TrainingRun r : runs) r.setLearningRate(learningRate);
    }

    /** Every run pauses when it reaches {@code step} (see {@link TrainingRun#pauseAt}). */
    public synchronized void pauseAt(long step) {
        for (TrainingRun r : runs) r.pauseAt(step);
    }

    /** The switch at {@code step} in every run, so it lands at the same step in each. */
    public synchronized void setNormalizationAt(long step, boolean enabled) {
        for (TrainingRun r : runs) r.setNormalizationAt(step, enabled);
    }

    public synchronized void setLearningRateAt(long step, double learningRate) {
        for (TrainingRun r : runs) r.setLearningRateAt(step, learningRate);
    }

    /**
     * Back to step 0 with the same initial weights and batches; paused. Building the networks and
     * measuring step 0 takes a moment, so call it off the UI thread; snapshots stay readable (the
     * old runs' last ones) until the new runs replace them.
     */
    public void reset() {
        List<TrainingRun> fresh = build();
        List<TrainingRun> old;
        synchronized (this) {
            old = runs;
            runs = fresh;
            start(false);
        }
        for (TrainingRun r : old) r.stop();
    }

    /** The newest snapshot of every run, in configuration order; never blocks. */
    public List<RunSnapshot> snapshots() {
        List<TrainingRun> runs = this.runs;
        List<RunSnapshot> out = new ArrayList<>(runs.size());
        for (TrainingRun r : runs) out.add(r.snapshot());
        return out;
    }

    /** True when no run can go further (every one finished or diverged). */
    public boolean isDone() {
        for (RunSnapshot s : snapshots()) {
            if (s.state() != RunState.FINISHED && s.state() != RunState.DIVERGED) return false;
        }
        return true;
    }

    @Override
    public synchronized void close() {
        for (TrainingRun r : runs) r.stop();
    }
}

package bnlab.train;

import bnlab.data.DatasetSplit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One experiment in progress: one network, or 2-3 variants side by side (same initial weights
 * where their layers agree, same order of the data), each on its own thread and all in one
 * {@link Lockstep}, so they are always at the same step. Every control is a message to the
 * lockstep; nothing here blocks the caller.
 */
public final class Session implements AutoCloseable {
    /** Building the networks again failed; the message is a sentence for the user. Unchecked, so a background task carries it. */
    public static final class ResetFailedException extends IllegalStateException {
        ResetFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Generation(List<TrainingRun> runs, Lockstep lockstep) {}

    private final List<RunConfig> configs;
    private final DatasetSplit data;
    private final RunListener listener;
    private volatile Generation current;
    private double speedLimit;
    // While a reset builds the new networks, the controls given meanwhile, to replay on them.
    private List<Consumer<Lockstep>> heldForReset;
    private boolean oneThreadEach;

    public Session(List<RunConfig> configs, DatasetSplit data, RunListener listener) {
        if (configs.isEmpty()) throw new IllegalArgumentException("a session needs at least one run");
        this.configs = List.copyOf(configs);
        this.data = data;
        this.listener = listener;
        this.current = build();
    }

    private Generation build() {
        Lockstep lockstep = new Lockstep(configs.size());
        List<TrainingRun> list = new ArrayList<>();
        for (RunConfig c : configs) {
            TrainingRun run = new TrainingRun(c, data, listener, lockstep);
            run.setRateRatio(c.learningRate() / configs.get(0).learningRate());
            list.add(run);
        }
        // A network that trains alone may share its large products with the otherwise idle core.
        if (list.size() == 1 && !oneThreadEach) list.get(0).setProductThreads(2);
        lockstep.setIdleCoreForTheLast(list.size() > 1 && !oneThreadEach); // e.g. once a twin has diverged
        return new Generation(List.copyOf(list), lockstep);
    }

    /**
     * Keeps a lone network to its own thread, as each network of a pair is: for measuring what
     * lockstep costs against the same network alone with the same share of the machine. Before {@link #start}.
     */
    public synchronized void keepOneThreadPerNetwork() {
        oneThreadEach = true;
        for (TrainingRun r : current.runs()) r.setProductThreads(1);
        current.lockstep().setIdleCoreForTheLast(false);
    }

    public List<TrainingRun> runs() {
        return current.runs();
    }

    /** Starts every run's thread, training at once or paused. */
    public synchronized void start(boolean running) {
        start(current, running);
    }

    private void start(Generation g, boolean running) {
        g.lockstep().setSpeedLimit(speedLimit);
        if (running) g.lockstep().play();
        else g.lockstep().pause();
        for (TrainingRun r : g.runs()) r.startThread();
    }

    public void play() {
        control(Lockstep::play);
    }

    public void pause() {
        control(Lockstep::pause);
    }

    /** One step in every network, then paused. */
    public void stepOnce() {
        control(Lockstep::stepOnce);
    }

    /** Steps per second for every run; 0 trains as fast as the slowest network can. */
    public synchronized void setSpeedLimit(double stepsPerSecond) {
        speedLimit = stepsPerSecond;
        current.lockstep().setSpeedLimit(stepsPerSecond);
    }

    /** The live switch, applied at the same step to the network(s) that have normalization. */
    public void setNormalizationEnabled(boolean enabled) {
        control(l -> l.setNormalizationEnabled(enabled));
    }

    /**
     * A new learning rate from the same step on: the first network's; the others keep their ratio to
     * it (variants at 20 and 0.5 given 10 train at 10 and 0.25), so the comparison stays the same.
     */
    public void setLearningRate(double learningRate) {
        control(l -> l.setLearningRate(learningRate));
    }

    private synchronized void control(Consumer<Lockstep> c) {
        c.accept(current.lockstep());
        if (heldForReset != null) heldForReset.add(c);
    }

    /** A guided lesson's pause: every network stops when it has done {@code step} steps (see {@link Lockstep#pauseAt}). */
    public void pauseAt(long step) {
        control(l -> l.pauseAt(step));
    }

    /** A guided lesson's switch when the networks have done {@code step} steps, measured at once. */
    public void setNormalizationAt(long step, boolean enabled) {
        control(l -> l.setNormalizationAt(step, enabled));
    }

    /** A guided lesson's learning rate from step {@code step} on. */
    public void setLearningRateAt(long step, double learningRate) {
        control(l -> l.setLearningRateAt(step, learningRate));
    }

    /**
     * Back to step 0 with the same initial weights and batches; paused, unless play (or any other
     * control) was given while the networks were being built: those are applied to the new ones.
     * Building the networks and measuring step 0 takes a moment, so call it off the UI thread;
     * snapshots stay readable (the old runs' last ones) until the new runs replace them. If
     * building fails, the old runs stay as they were and the reason is thrown.
     */
    public void reset() throws ResetFailedException {
        synchronized (this) {
            heldForReset = new ArrayList<>();
        }
        Generation fresh;
        try {
            fresh = build();
        } catch (RuntimeException | OutOfMemoryError e) {
            synchronized (this) {
                heldForReset = null;
            }
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new ResetFailedException("The networks could not be built again, so training carries on where it was: "
                    + why, e);
        }
        Generation old;
        synchronized (this) {
            old = current;
            current = fresh;
            start(fresh, false);
            for (Consumer<Lockstep> c : heldForReset) c.accept(fresh.lockstep());
            heldForReset = null;
        }
        for (TrainingRun r : old.runs()) r.stop();
    }

    /** The newest snapshot of every run, in configuration order; never blocks. */
    public List<RunSnapshot> snapshots() {
        List<TrainingRun> runs = current.runs();
        List<RunSnapshot> out = new ArrayList<>(runs.size());
        for (TrainingRun r : runs) out.add(r.snapshot());
        return out;
    }

    /** True when no run can go further (every one finished, diverged or failed). */
    public boolean isDone() {
        for (RunSnapshot s : snapshots()) {
            if (!s.state().isOver()) return false;
        }
        return true;
    }

    @Override
    public synchronized void close() {
        for (TrainingRun r : current.runs()) r.stop();
    }
}

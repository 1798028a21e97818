package bnlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the networks of a session at the same step, each on its own thread. Every step is one
 * phase of a {@link Phaser}: a network arrives when it has finished its step, and the last to
 * arrive decides, for all of them, what the next phase does (train, one single step, or wait) and
 * which commands (learning rate, the normalization switch) they apply first. So a command lands at
 * the same step in every network, they pause at the same step, and the pace is one clock for all;
 * it also decides when they all publish a snapshot and measure their statistics ({@link Cadence}).
 * A network that finishes, diverges or fails leaves, and the others carry on without it; after
 * leaving it still receives the commands that act on its network.
 *
 * <p>Nothing here blocks a caller: commands are queued. A single run has a lockstep of its own.
 */
public final class Lockstep {
    /**
     * What every network does in a phase: apply {@code actions}, show {@code running}, then
     * {@code action}; whether the app measures its statistics in it ({@code measure}), and whether
     * it publishes a snapshot after it ({@code publish}).
     */
    record Plan(List<Consumer<TrainingRun>> actions, boolean running, StepControl.Action action, boolean measure,
                boolean publish) {}

    private record Command(Consumer<StepControl> control, Consumer<TrainingRun> action, Runnable plan) {
        Command(Consumer<StepControl> control, Consumer<TrainingRun> action) {
            this(control, action, null);
        }
    }

    private final Phaser phaser;
    private final LinkedBlockingQueue<Command> inbox = new LinkedBlockingQueue<>();
    private final StepControl control = new StepControl(); // used only in onAdvance
    private final List<TrainingRun> departed = new ArrayList<>(); // guarded by this
    private final Plan[] plain = new Plan[24]; // the plans without actions, made once
    private final Cadence cadence = new Cadence(); // used only in decide(), and by networks reporting a measurement's cost
    private volatile Plan plan;
    // A guided lesson's schedule, used only in decide(): actions by step, and where to pause.
    private final TreeMap<Long, List<Consumer<TrainingRun>>> planned = new TreeMap<>();
    private long pauseAt = -1;
    private long steps; // the steps every network has done, counted where they are decided
    private volatile boolean idleCoreForTheLast;

    /** A lockstep for {@code networks} runs: each must be built with it, and all started together. */
    public Lockstep(int networks) {
        if (networks < 1) throw new IllegalArgumentException("a lockstep needs at least one network");
        phaser = new Phaser(networks) {
            @Override
            protected boolean onAdvance(int phase, int registered) {
                if (registered == 0) return true;
                plan = decide();
                return false;
            }
        };
    }

    public void play() {
        post(new Command(StepControl::play, null));
    }

    public void pause() {
        post(new Command(StepControl::pause, null));
    }

    /** One training step in every network, then paused. */
    public void stepOnce() {
        post(new Command(StepControl::stepOnce, null));
    }

    /** Steps per second for all; 0 or less trains as fast as the slowest network can. */
    public void setSpeedLimit(double stepsPerSecond) {
        post(new Command(c -> c.setSpeedLimit(stepsPerSecond), null));
    }

    /** The live switch, at the same step in every network (ignored by one without normalization). */
    public void setNormalizationEnabled(boolean enabled) {
        post(new Command(null, r -> r.applyNormalizationSwitch(enabled)));
    }

    public void setLearningRate(double learningRate) {
        post(new Command(null, r -> r.applyLearningRate(learningRate)));
    }

    /**
     * Pauses every network when it has done {@code step} steps (at once if they are there or past
     * it), with that step's statistics and test accuracy measured: a guided lesson's pause.
     */
    public void pauseAt(long step) {
        post(new Command(null, null, () -> pauseAt = step));
    }

    /** The switch when the networks have done {@code step} steps; its effect is measured at once. */
    public void setNormalizationAt(long step, boolean enabled) {
        plan(step, r -> {
            r.applyNormalizationSwitch(enabled);
            r.measureNow(true);
        });
    }

    /** The learning rate from step {@code step} on. */
    public void setLearningRateAt(long step, double learningRate) {
        plan(step, r -> r.applyLearningRate(learningRate));
    }

    private void plan(long step, Consumer<TrainingRun> action) {
        post(new Command(null, null, () -> planned.computeIfAbsent(step, k -> new ArrayList<>()).add(action)));
    }

    /** Wakes a phase that is waiting for a command (e.g. so that a stop is seen at once). */
    void wake() {
        post(new Command(null, null));
    }

    private void post(Command c) {
        synchronized (this) {
            inbox.add(c);
            if (c.action() != null) for (TrainingRun r : departed) r.postToSelf(c.action());
        }
    }

    /**
     * Called by a network's thread when its step is done: waits for the others (spinning, then
     * parking: {@code wait} is that thread's), then returns the next plan.
     */
    Plan arriveAndAwait(StepWait wait) {
        int phase = phaser.arrive();
        if (phase >= 0 && phaser.getPhase() == phase) wait.await(phaser, phase);
        else wait.arrivedLast();
        return plan;
    }

    /**
     * A network leaves (finished, diverged, failed or stopped); called on its thread between phases.
     * Commands already queued, and those that come later, reach it directly.
     */
    void leave(TrainingRun run) {
        synchronized (this) {
            departed.add(run);
            for (Command c : inbox) if (c.action() != null) run.postToSelf(c.action());
        }
        phaser.arriveAndDeregister();
        // The last network training may take the core the one that left has freed (a diverged twin).
        if (idleCoreForTheLast && phaser.getRegisteredParties() == 1) post(new Command(null, TrainingRun::useIdleCore));
    }

    /** Whether the last network left training shares its products with the core the others freed. */
    void setIdleCoreForTheLast(boolean on) {
        idleCoreForTheLast = on;
    }

    /** Runs on the thread that completes a phase, while the others wait for it. */
    private Plan decide() {
        List<Consumer<TrainingRun>> actions = due(drain(inbox.poll(), null));
        StepControl.Action next = control.next();
        if (next == StepControl.Action.IDLE && actions == null) {
            try {
                Command c = inbox.poll(control.waitNanos(), TimeUnit.NANOSECONDS);
                if (c != null) {
                    actions = due(drain(c, null));
                    next = control.next();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (next != StepControl.Action.IDLE) steps++;
        long now = System.nanoTime();
        boolean measure = next != StepControl.Action.IDLE && cadence.statsDue(now, control.speedLimited());
        boolean publish = cadence.publishDue(now);
        if (actions == null) {
            int i = ((control.running() ? 3 : 0) + next.ordinal()) * 4 + (measure ? 2 : 0) + (publish ? 1 : 0);
            if (plain[i] == null) plain[i] = new Plan(List.of(), control.running(), next, measure, publish);
            return plain[i];
        }
        return new Plan(List.copyOf(actions), control.running(), next, measure, publish);
    }

    /** A network's statistics took {@code nanos} to measure (on its thread): the app's measurements keep to their time budget. */
    void reportStatsCost(long nanos) {
        cadence.reportStatsCost(nanos);
    }

    /** Adds the scheduled actions that are due now that every network has done {@link #steps} steps, and the pause. */
    private List<Consumer<TrainingRun>> due(List<Consumer<TrainingRun>> actions) {
        while (!planned.isEmpty() && planned.firstKey() <= steps) {
            for (Consumer<TrainingRun> a : planned.pollFirstEntry().getValue()) actions = add(actions, a);
        }
        if (pauseAt >= 0 && pauseAt <= steps) {
            pauseAt = -1;
            control.pause();
            actions = add(actions, r -> r.measureNow(false));
        }
        return actions;
    }

    private List<Consumer<TrainingRun>> add(List<Consumer<TrainingRun>> actions, Consumer<TrainingRun> a) {
        if (actions == null) actions = new ArrayList<>();
        actions.add(a);
        synchronized (this) {
            for (TrainingRun r : departed) r.postToSelf(a);
        }
        return actions;
    }

    /** Applies the control commands from {@code first} on, in order, and collects the network actions. */
    private List<Consumer<TrainingRun>> drain(Command first, List<Consumer<TrainingRun>> actions) {
        for (Command c = first; c != null; c = inbox.poll()) {
            if (c.control() != null) c.control().accept(control);
            if (c.plan() != null) c.plan().run();
            if (c.action() != null) {
                if (actions == null) actions = new ArrayList<>();
                actions.add(c.action());
            }
        }
        return actions;
    }
}

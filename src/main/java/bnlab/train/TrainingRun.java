package bnlab.train;

import bnlab.data.BatchSampler;
import bnlab.data.DatasetSplit;
import bnlab.nn.Mode;
import bnlab.nn.Network;
import bnlab.nn.Optimizer;
import bnlab.stats.InsideNormCapture;
import bnlab.stats.InsideNormFrame;
import bnlab.stats.Landscape;
import bnlab.stats.LandscapeProbe;
import bnlab.stats.LayerStats;
import bnlab.stats.Probe;
import bnlab.stats.Series;
import bnlab.stats.WeightStats;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.ejml.data.DMatrixRMaj;

/**
 * One network training on its own thread. Other threads never touch the network: they post
 * commands, which the training thread applies between steps, and read the newest immutable
 * {@link RunSnapshot}. Nothing here ever waits for a reader.
 */
public final class TrainingRun {
    private static final long PUBLISH_INTERVAL_NANOS = 15_000_000L; // a little faster than 60 Hz
    // At most 8 measurements a second: enough for the eye to see the histograms move, and each
    // one costs training time (and, in a window drawn by the CPU, rendering time).
    private static final long LIVE_STATS_MIN_INTERVAL_NANOS = 125_000_000L;
    private static final double STATS_TIME_BUDGET = 0.05;

    private final RunConfig config;
    private final Network net;
    private final Optimizer optimizer;
    private final BatchSampler sampler;
    private final DMatrixRMaj x;
    private final int[] y;
    private final Probe probe;
    private final Evaluator evaluator;
    private final RunListener listener;
    private final AtomicReference<RunSnapshot> latest = new AtomicReference<>();
    private final ConcurrentLinkedQueue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private volatile boolean stopRequested;
    private volatile Thread thread;

    // Owned by the training thread.
    private RunState state = RunState.READY;
    private String message = "";
    private Divergence divergence;
    private final StallWatch stallWatch;
    private final StepLog stepLog = new StepLog();
    private Stall stall;
    private long step;
    private double baseLearningRate; // the schedule multiplies it; a live change replaces it
    private double stepsPerSecondLimit; // 0: as fast as possible
    private int pendingSingleSteps;
    private RunHistory history;
    private StatsFrame stats;
    private Predictions predictions;
    private final double[] pendingMetrics = new double[RunHistory.METRIC_WIDTH * 4096];
    private int pendingCount;
    private long lastPublish;
    private boolean dirty = true;
    private long lastStatsAt;
    private long lastStatsCost;
    private long rateWindowStart;
    private long rateWindowSteps;
    private double measuredRate;
    private long nextStepAt;
    private long trainNanos;
    private long statsNanos;
    private long testNanos;
    // What the training batch did inside the normalization, and the loss landscape along its gradient:
    // both read the step's batch, so only right after a step (batchFresh) and before any probe.
    private final InsideNormCapture inside = new InsideNormCapture();
    private final LandscapeProbe landscapeProbe = new LandscapeProbe();
    private InsideNormFrame insideFrame;
    private Series landscape = Series.empty(Landscape.SERIES_WIDTH, 2048);
    private boolean batchFresh;

    public TrainingRun(RunConfig config, DatasetSplit data, RunListener listener) {
        this.config = config;
        this.listener = listener == null ? new RunListener() {} : listener;
        this.net = new Network(config.network());
        this.optimizer = config.optimizer().create(config.learningRate(), config.momentum(), config.weightDecay());
        this.baseLearningRate = config.learningRate();
        optimizer.setLearningRate(scheduledRate()); // so step 0 shows the rate of the first step
        this.sampler = new BatchSampler(data.train(), config.batchSize(), config.dataSeed());
        this.x = new DMatrixRMaj(config.batchSize(), data.train().featureCount());
        this.y = new int[config.batchSize()];
        bnlab.data.Probe p = BatchSampler.fixedProbe(data.test(), config.probeSize(), config.dataSeed());
        this.probe = new Probe(DMatrixRMaj.wrap(p.count(), p.featureCount(), p.features()), p.labels(),
                config.ranges());
        this.evaluator = new Evaluator(data.train(), data.test());
        this.stallWatch = new StallWatch(data.test().classCounts());
        this.history = RunHistory.empty(net.hiddenLayers().size());
        applyScheduledSwitches();
        // Step 0 is measured here, so the starting distributions show before training starts;
        // starting the thread later publishes these fields to it safely.
        measureEverything(true);
        publish();
    }

    public RunConfig config() {
        return config;
    }

    public String name() {
        return config.name();
    }

    /** The newest published state; never blocks. */
    public RunSnapshot snapshot() {
        return latest.get();
    }

    /** Starts the training thread; it trains at once if {@code running}, else waits paused. */
    public synchronized void start(boolean running) {
        if (thread != null) throw new IllegalStateException("already started");
        Thread t = new Thread(this::loop, "train-" + config.name());
        t.setDaemon(true);
        thread = t;
        post(() -> setState(running ? RunState.RUNNING : RunState.PAUSED, ""));
        t.start();
    }

    public void play() {
        post(() -> {
            if (state == RunState.PAUSED || state == RunState.READY) setState(RunState.RUNNING, "");
        });
    }

    public void pause() {
        post(() -> {
            if (state == RunState.RUNNING) setState(RunState.PAUSED, "");
        });
    }

    /** One training step (then paused). */
    public void stepOnce() {
        post(() -> {
            if (state == RunState.RUNNING || state == RunState.READY) setState(RunState.PAUSED, "");
            if (state == RunState.PAUSED) pendingSingleSteps++;
        });
    }

    /** Steps per second; 0 or less trains as fast as possible. */
    public void setSpeedLimit(double stepsPerSecond) {
        post(() -> {
            stepsPerSecondLimit = Math.max(0, stepsPerSecond);
            nextStepAt = System.nanoTime();
        });
    }

    /** The live switch; an event at the current step. Ignored by a network without normalization. */
    public void setNormalizationEnabled(boolean enabled) {
        post(() -> switchNormalization(enabled));
    }

    /** Which hidden layer (0-based) the "Inside BN" view follows; shown from the next training step. */
    public void inspectLayer(int layer) {
        post(() -> inside.selectLayer(layer));
    }

    public void setLearningRate(double learningRate) {
        post(() -> {
            if (learningRate == baseLearningRate) return;
            baseLearningRate = learningRate;
            optimizer.setLearningRate(scheduledRate());
            addEvent(RunEvent.Kind.LEARNING_RATE, "learning rate " + learningRate
                    + (config.schedule().isConstant() ? "" : " (× the schedule's factor: now " + optimizer.learningRate() + ")"));
        });
    }

    /** Ends the training thread; the last snapshot stays readable. */
    public void stop() {
        stopRequested = true;
        Thread t = thread;
        if (t != null) LockSupport.unpark(t);
    }

    /** Waits for the training thread to end (after {@link #stop()} or when it finishes/diverges in a runner). */
    public void join(long millis) throws InterruptedException {
        Thread t = thread;
        if (t != null) t.join(millis);
    }

    private void post(Runnable command) {
        commands.add(command);
        Thread t = thread;
        if (t != null) LockSupport.unpark(t);
    }

    private void loop() {
        try {
            while (!stopRequested) {
                drainCommands();
                boolean wantsStep = state == RunState.RUNNING || (state == RunState.PAUSED && pendingSingleSteps > 0);
                if (!wantsStep) {
                    publishIfDue(true);
                    LockSupport.parkNanos(50_000_000L);
                    continue;
                }
                if (state == RunState.RUNNING && stepsPerSecondLimit > 0 && !paced()) continue;
                boolean single = state == RunState.PAUSED;
                if (single) pendingSingleSteps--;
                trainOneStep(single);
                publishIfDue(single);
            }
        } catch (RuntimeException | Error e) {
            setState(RunState.PAUSED, "Training stopped by an internal error: " + e);
            e.printStackTrace();
        }
        publish();
    }

    /** Waits (interruptibly by commands) until the next paced step is due; true when it is. */
    private boolean paced() {
        long interval = (long) (1e9 / stepsPerSecondLimit);
        long now = System.nanoTime();
        if (nextStepAt < now - 1_000_000_000L) nextStepAt = now; // fell far behind: don't burst
        if (now < nextStepAt) {
            publishIfDue(false);
            LockSupport.parkNanos(Math.min(nextStepAt - now, 20_000_000L));
            return false;
        }
        nextStepAt += interval;
        return true;
    }

    private void drainCommands() {
        Runnable c;
        while ((c = commands.poll()) != null) {
            c.run();
            dirty = true;
        }
    }

    /** The rate of the next step (index {@code step}, from 0): the base rate times the schedule's factor. */
    private double scheduledRate() {
        return baseLearningRate * config.schedule().factor(step);
    }

    private void trainOneStep(boolean single) {
        long t0 = System.nanoTime();
        sampler.nextBatch(x.data, y);
        double rate = scheduledRate();
        optimizer.setLearningRate(rate);
        double loss = net.trainStep(x, y, optimizer);
        double gradientNorm = net.lastGradientNorm();
        batchFresh = true;
        double accuracy = (double) net.correctCount(y) / y.length;
        trainNanos += System.nanoTime() - t0;
        step++;
        rateWindowSteps++;
        dirty = true;
        listener.onStep(config.name(), step, loss, accuracy, rate, gradientNorm);
        if (pendingCount == pendingMetrics.length / RunHistory.METRIC_WIDTH) flushMetrics();
        int o = pendingCount++ * RunHistory.METRIC_WIDTH;
        pendingMetrics[o] = step;
        pendingMetrics[o + 1] = loss;
        pendingMetrics[o + 2] = accuracy;
        pendingMetrics[o + 3] = rate;
        pendingMetrics[o + 4] = gradientNorm;
        stepLog.append(loss, accuracy, rate, gradientNorm);
        if (!Double.isFinite(loss) || !activationsFinite()) {
            diverge(loss);
            return;
        }
        boolean last = config.steps() > 0 && step >= config.steps();
        if (step % config.evalEvery() == 0 || last) measureTest();
        if (config.liveStats()) {
            // The app measures as its time budget allows instead of on the runner's fixed cadence.
            if (single || last || liveStatsDue()) measureEverything(false);
        } else if (step % config.statsEvery() == 0 || last) {
            measureEverything(true);
        }
        applyScheduledSwitches();
        if (!config.schedule().isConstant()) optimizer.setLearningRate(scheduledRate()); // the snapshot shows the next step's rate
        if (last) setState(RunState.FINISHED, "");
    }

    private boolean activationsFinite() {
        for (var layer : net.hiddenLayers()) {
            double s = 0;
            double[] d = layer.preActivation().data;
            int n = layer.preActivation().getNumElements();
            for (int i = 0; i < n; i++) s += d[i];
            if (!Double.isFinite(s)) return false;
        }
        return true;
    }

    private boolean liveStatsDue() {
        long since = System.nanoTime() - lastStatsAt;
        long budgetInterval = stepsPerSecondLimit > 0 ? lastStatsCost : (long) (lastStatsCost / STATS_TIME_BUDGET);
        return since >= Math.max(LIVE_STATS_MIN_INTERVAL_NANOS, budgetInterval);
    }

    private void measureTest() {
        long t0 = System.nanoTime();
        double[] t = evaluator.test(net);
        testNanos += System.nanoTime() - t0;
        history = history.withTest(step, t[0], t[1]);
        listener.onTest(config.name(), step, t[0], t[1]);
        if (step > 0) watchForStall(t[0], t[1]);
    }

    /** A finite run that has stopped learning is marked once per episode, and unmarked when it learns again. */
    private void watchForStall(double testLoss, double accuracy) {
        Stall now = stallWatch.onTest(step, testLoss, accuracy, optimizer.learningRate(),
                DivergenceDiagnosis.normalizationState(net));
        if (now != null && stall == null) addEvent(RunEvent.Kind.NOT_LEARNING, now.english());
        stall = now;
        dirty = true;
    }

    /** Weights, the probe in both modes, and the predictions the app draws. */
    private void measureEverything(boolean record) {
        if (step == 0 && record) measureTest();
        long t0 = System.nanoTime();
        List<WeightStats> weights = probe.measureWeights(net);
        if (batchFresh) measureBatch(record);
        List<LayerStats> inference = probe.measure(net, Mode.EVAL);
        boolean batchNormActive = net.normalizationEnabled() && net.spec().norm().overBatch();
        List<LayerStats> training = batchNormActive ? probe.measure(net, Mode.TRAIN_NO_UPDATE) : null;
        stats = new StatsFrame(step, inference, training, weights);
        predictions = evaluator.predictions(net, step);
        history = history.withStats(stats);
        if (record) listener.onStats(config.name(), stats);
        long now = System.nanoTime();
        lastStatsCost = now - t0;
        lastStatsAt = now;
        statsNanos += lastStatsCost;
    }

    /** Reads the step's batch before the probes overwrite what the network kept of it. */
    private void measureBatch(boolean record) {
        batchFresh = false;
        insideFrame = inside.capture(net, step);
        Landscape l = landscapeProbe.measure(net, x, y, optimizer.learningRate());
        landscape = landscape.append(l.point(step));
        if (record) listener.onLandscape(config.name(), step, l);
    }

    private void applyScheduledSwitches() {
        for (RunConfig.ScheduledSwitch s : config.switches()) {
            if (s.step() == step) switchNormalization(s.enabled());
        }
    }

    private void switchNormalization(boolean enabled) {
        if (!net.hasNormalization() || net.normalizationEnabled() == enabled) return;
        net.setNormalizationEnabled(enabled);
        String kind = switch (net.spec().norm()) {
            case BATCH, NOISY_BATCH -> "batch normalization";
            case BATCH_RENORM -> "batch renormalization";
            case GROUP -> "group normalization";
            default -> "layer normalization";
        };
        addEvent(enabled ? RunEvent.Kind.NORMALIZATION_ON : RunEvent.Kind.NORMALIZATION_OFF,
                kind + " switched " + (enabled ? "on" : "off"));
        if (state != RunState.RUNNING && lastStatsAt != 0) measureEverything(false); // show the effect at once
    }

    private void diverge(double loss) {
        divergence = DivergenceDiagnosis.diagnose(net, step, loss, optimizer.learningRate());
        String why = divergence.english();
        addEvent(RunEvent.Kind.DIVERGED, why);
        setState(RunState.DIVERGED, why);
    }

    private void addEvent(RunEvent.Kind kind, String text) {
        RunEvent e = new RunEvent(step, config.name(), kind, text);
        flushMetrics();
        history = history.withEvent(e);
        listener.onEvent(e);
    }

    private void setState(RunState s, String why) {
        state = s;
        message = why;
        dirty = true;
        lastPublish = 0; // publish the change promptly
    }

    private void flushMetrics() {
        history = history.withMetrics(pendingMetrics, pendingCount);
        pendingCount = 0;
    }

    /** Publishes what changed, at most about 60 times a second unless {@code now} asks for it at once. */
    private void publishIfDue(boolean now) {
        if (!dirty && measuredRate == 0) return;
        if (now || System.nanoTime() - lastPublish >= PUBLISH_INTERVAL_NANOS) publish();
    }

    private void publish() {
        long now = System.nanoTime();
        if (rateWindowStart == 0) rateWindowStart = now;
        if (now - rateWindowStart >= 500_000_000L) {
            measuredRate = rateWindowSteps / ((now - rateWindowStart) / 1e9);
            rateWindowStart = now;
            rateWindowSteps = 0;
        } else if (state != RunState.RUNNING) {
            measuredRate = 0;
        }
        flushMetrics();
        latest.set(new RunSnapshot(config.name(), net.spec().norm(), net.normalizationEnabled(), state, message, step,
                config.steps(), measuredRate, optimizer.learningRate(), stats, history, predictions, divergence, stall,
                new RunTiming(trainNanos, statsNanos, testNanos), stepLog.view(), insideFrame, landscape));
        lastPublish = now;
        dirty = false;
    }
}

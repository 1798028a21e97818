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
import java.util.function.Consumer;
import java.util.concurrent.locks.LockSupport;
import org.ejml.data.DMatrixRMaj;

/**
 * One network training on its own thread. Other threads never touch the network: they post
 * commands, which the training thread applies between steps, and read the newest immutable
 * {@link RunSnapshot}. Nothing here ever waits for a reader. When and whether to step is the
 * {@link Lockstep}'s decision, shared by every network of a session (a run alone has its own):
 * the controls below act on the whole lockstep.
 */
public final class TrainingRun {
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
    private final Lockstep lockstep;
    // Commands for this network alone, once it has left the lockstep (finished or diverged).
    private final ConcurrentLinkedQueue<Consumer<TrainingRun>> commands = new ConcurrentLinkedQueue<>();
    private volatile boolean stopRequested;
    private volatile Thread thread;
    private volatile Throwable failure;

    // Owned by the training thread.
    private RunState state = RunState.READY;
    private String message = "";
    private Divergence divergence;
    private final StallWatch stallWatch;
    private final StepLog stepLog = new StepLog();
    private double baseLearningRate; // the schedule multiplies it; a live change replaces it
    private volatile double rateRatio = 1;
    private Stall stall;
    private long step;
    private RunHistory history;
    private StatsFrame stats;
    private Predictions predictions;
    private final double[] pendingMetrics = new double[RunHistory.METRIC_WIDTH * 4096];
    private int pendingCount;
    private boolean publishPromptly; // a state change is published at once
    private boolean dirty = true;
    private boolean statsMeasured;
    private final StepWait stepWait = new StepWait();
    private final StepRate rate = new StepRate();
    private long trainNanos;
    private long statsNanos;
    private long testNanos;
    // What the training batch did inside the normalization, and the loss landscape along its gradient:
    // both read the step's batch, so between its backward pass and its update.
    private final InsideNormCapture inside = new InsideNormCapture();
    private final LandscapeProbe landscapeProbe = new LandscapeProbe();
    private InsideNormFrame insideFrame;
    private volatile int inspectedLayer;
    private Series landscape = Series.empty(Landscape.SERIES_WIDTH, 2048);
    private long lastBatchCost;

    /** A run alone, with a lockstep of its own. */
    public TrainingRun(RunConfig config, DatasetSplit data, RunListener listener) {
        this(config, data, listener, new Lockstep(1));
    }

    /** One of the networks of {@code lockstep}; they must all be started together. */
    public TrainingRun(RunConfig config, DatasetSplit data, RunListener listener, Lockstep lockstep) {
        this.config = config;
        this.lockstep = lockstep;
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

    /**
     * Starts the training thread; it trains at once if {@code running}, else waits paused. In a
     * shared lockstep, {@link Session#start} starts every network instead.
     */
    public synchronized void start(boolean running) {
        if (running) lockstep.play();
        else lockstep.pause();
        startThread();
    }

    synchronized void startThread() {
        if (thread != null) throw new IllegalStateException("already started");
        Thread t = new Thread(this::loop, "train-" + config.name());
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    public void play() {
        lockstep.play();
    }

    public void pause() {
        lockstep.pause();
    }

    /** One training step (then paused). */
    public void stepOnce() {
        lockstep.stepOnce();
    }

    /** Steps per second; 0 or less trains as fast as possible. */
    public void setSpeedLimit(double stepsPerSecond) {
        lockstep.setSpeedLimit(stepsPerSecond);
    }

    /** The live switch; an event at the current step. Ignored by a network without normalization. */
    public void setNormalizationEnabled(boolean enabled) {
        lockstep.setNormalizationEnabled(enabled);
    }

    /** Which hidden layer (0-based) the "Inside BN" view follows; shown from the next training step. */
    public void inspectLayer(int layer) {
        inspectedLayer = layer; // read by the training thread at its next capture; needs no lockstep
    }

    public void setLearningRate(double learningRate) {
        lockstep.setLearningRate(learningRate);
    }

    /** What stopped the run if it {@link RunState#FAILED}, else null; for --debug. */
    public Throwable failure() {
        return failure;
    }

    /**
     * Lets the network's matrix products use 1 or 2 threads (2 when it trains alone: the idle core).
     * Before {@link #start} only: starting the thread publishes it to the training thread.
     */
    void setProductThreads(int threads) {
        if (thread != null) throw new IllegalStateException("set product threads before starting");
        net.setProductThreads(threads);
    }

    /** On the training thread: the last network still training shares its products with the freed core. */
    void useIdleCore() {
        if (!ended() && state != RunState.FAILED && !stopRequested) net.setProductThreads(2);
    }

    /** The threads this network's products use now (2 once it trains alone: the idle core). */
    public int productThreads() {
        return net.productThreads();
    }

    /** Ends the training thread; the last snapshot stays readable. */
    public void stop() {
        stopRequested = true;
        lockstep.wake();
        Thread t = thread;
        if (t != null) LockSupport.unpark(t);
    }

    /** Waits for the training thread to end (after {@link #stop()} or when it finishes/diverges in a runner). */
    public void join(long millis) throws InterruptedException {
        Thread t = thread;
        if (t != null) t.join(millis);
    }

    /** A command for this network alone (e.g. once it has left the lockstep); applied on its thread. */
    void postToSelf(Consumer<TrainingRun> command) {
        commands.add(command);
        Thread t = thread;
        if (t != null) LockSupport.unpark(t);
    }

    private void loop() {
        boolean failed = false;
        try {
            while (!stopRequested && !ended()) {
                Lockstep.Plan plan = lockstep.arriveAndAwait(stepWait);
                for (Consumer<TrainingRun> a : plan.actions()) apply(a);
                applyOwnCommands();
                RunState shown = plan.running() ? RunState.RUNNING : RunState.PAUSED;
                if (!ended() && state != shown) setState(shown, "");
                if (plan.action() == StepControl.Action.IDLE || ended()) {
                    publishIfDue(!plan.running() || plan.publish());
                    continue;
                }
                boolean single = plan.action() == StepControl.Action.SINGLE;
                trainOneStep(single, plan.measure());
                publishIfDue(single || plan.publish());
            }
        } catch (RuntimeException | Error e) {
            // Ends the run (a runner waiting for it to finish must not wait forever), in one sentence.
            failed = true;
            failure = e;
            FailureLog.write(e);
            setState(RunState.FAILED, "Training stopped at step " + step + ". " + Failure.describe(e));
        } finally {
            lockstep.leave(this);
        }
        try {
            // Finished or diverged: the others carry on; this network still takes the switch and the rate.
            while (!stopRequested && !failed) {
                Consumer<TrainingRun> c;
                while ((c = commands.poll()) != null) apply(c);
                publishIfDue(true);
                LockSupport.parkNanos(StepControl.IDLE_WAIT_NANOS);
            }
            publish();
        } catch (RuntimeException | Error e) { // e.g. no memory left even for the last snapshot
            latest.set(latest.get().failed("Training stopped at step " + step + ". " + Failure.describe(e)));
        }
    }

    private boolean ended() {
        return state == RunState.FINISHED || state == RunState.DIVERGED;
    }

    private void applyOwnCommands() {
        Consumer<TrainingRun> c;
        while ((c = commands.poll()) != null) apply(c);
    }

    private void apply(Consumer<TrainingRun> command) {
        command.accept(this);
        dirty = true;
    }

    /**
     * On the training thread: the statistics and test accuracy of this very step, for a guided
     * lesson's pause or scheduled switch, so what it shows and asks about is measured, not stale.
     * The test accuracy is measured again after a switch ({@code afterSwitch}), else only if this
     * step has none yet.
     */
    void measureNow(boolean afterSwitch) {
        if (afterSwitch || history.test().isEmpty() || history.test().last(0) != step) measureTest();
        measureEverything(false);
    }

    /**
     * Where the networks of a comparison start at different learning rates, a new rate given for
     * them all is the first network's, and this one's is that times {@code ratio} (its own rate over
     * the first's), so a comparison of rates stays one. 1 unless {@link Session} says otherwise.
     */
    void setRateRatio(double ratio) {
        rateRatio = ratio;
    }

    /** On the training thread: a new learning rate (the first network's: see {@link #setRateRatio}), an event at the current step. */
    void applyLearningRate(double givenRate) {
        double learningRate = givenRate * rateRatio;
        if (learningRate == baseLearningRate) return;
        baseLearningRate = learningRate;
        optimizer.setLearningRate(scheduledRate());
        addEvent(RunEvent.Kind.LEARNING_RATE, "learning rate " + learningRate
                + (config.schedule().isConstant() ? "" : " (× the schedule's factor: now " + optimizer.learningRate() + ")"));
    }

    /** The rate of the next step (index {@code step}, from 0): the base rate times the schedule's factor. */
    private double scheduledRate() {
        return baseLearningRate * config.schedule().factor(step);
    }

    /** One step; {@code measureDue}: the lockstep's time for the app's live statistics. */
    private void trainOneStep(boolean single, boolean measureDue) {
        long t0 = System.nanoTime();
        sampler.nextBatch(x.data, y);
        double stepRate = scheduledRate();
        optimizer.setLearningRate(stepRate);
        long next = step + 1;
        boolean last = config.steps() > 0 && next >= config.steps();
        boolean statsDue = config.liveStats() ? single || last || measureDue : next % config.statsEvery() == 0 || last;
        // Network.trainStep in its parts: what the batch did inside the normalization, and the landscape
        // along its gradient, are read between the backward pass and the update, at the weights the step used.
        net.forward(x, Mode.TRAIN);
        double loss = net.loss(y);
        net.backward(y);
        double accuracy = (double) net.correctCount(y) / y.length;
        trainNanos += System.nanoTime() - t0;
        boolean finite = Double.isFinite(loss) && DivergenceDiagnosis.activationsFinite(net); // before the walk overwrites the activations
        if (statsDue && finite) measureBatch(next, !config.liveStats());
        long t1 = System.nanoTime();
        net.step(optimizer);
        double gradientNorm = net.lastGradientNorm();
        trainNanos += System.nanoTime() - t1;
        step++;
        rate.countStep();
        dirty = true;
        listener.onStep(config.name(), step, loss, accuracy, stepRate, gradientNorm);
        if (pendingCount == pendingMetrics.length / RunHistory.METRIC_WIDTH) flushMetrics();
        int o = pendingCount++ * RunHistory.METRIC_WIDTH;
        pendingMetrics[o] = step;
        pendingMetrics[o + 1] = loss;
        pendingMetrics[o + 2] = accuracy;
        pendingMetrics[o + 3] = stepRate;
        pendingMetrics[o + 4] = gradientNorm;
        // the app exports it; the runner streams rows to disk
        if (config.liveStats()) stepLog.append(loss, accuracy, stepRate, gradientNorm);
        if (!finite) {
            diverge(loss);
            return;
        }
        if (step % config.evalEvery() == 0 || last) measureTest();
        // The app measures as its time budget allows instead of on the runner's fixed cadence.
        if (statsDue) measureEverything(!config.liveStats());
        applyScheduledSwitches();
        if (!config.schedule().isConstant()) optimizer.setLearningRate(scheduledRate()); // the snapshot shows the next step's rate
        if (last) setState(RunState.FINISHED, "");
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
        List<LayerStats> inference = probe.measure(net, Mode.EVAL);
        boolean batchNormActive = net.normalizationEnabled() && net.spec().norm().overBatch();
        List<LayerStats> training = batchNormActive ? probe.measure(net, Mode.TRAIN_NO_UPDATE) : null;
        stats = new StatsFrame(step, inference, training, weights);
        predictions = evaluator.predictions(net, step);
        history = history.withStats(stats);
        if (record) listener.onStats(config.name(), stats);
        long now = System.nanoTime();
        long cost = now - t0 + lastBatchCost;
        lastBatchCost = 0;
        statsMeasured = true;
        statsNanos += cost;
        lockstep.reportStatsCost(cost);
    }

    /**
     * Step {@code stepNumber}'s batch after its backward pass and before its update: the layer's
     * intermediates as the step computed them, and the landscape along the gradient the update is
     * about to follow. Neither changes the step (the probe puts back every value and gradient).
     */
    private void measureBatch(long stepNumber, boolean record) {
        long t0 = System.nanoTime();
        if (inspectedLayer != inside.layer()) inside.selectLayer(inspectedLayer);
        insideFrame = inside.capture(net, stepNumber);
        Landscape l = landscapeProbe.measure(net, x, y, optimizer.learningRate());
        landscape = landscape.append(l.point(stepNumber));
        if (record) listener.onLandscape(config.name(), stepNumber, l);
        statsNanos += System.nanoTime() - t0;
        lastBatchCost = System.nanoTime() - t0;
    }

    private void applyScheduledSwitches() {
        for (RunConfig.ScheduledSwitch s : config.switches()) {
            if (s.step() == step) applyNormalizationSwitch(s.enabled());
        }
    }

    /** On the training thread: the live switch, an event at the current step (scheduled or from a command). */
    void applyNormalizationSwitch(boolean enabled) {
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
        if (state != RunState.RUNNING && statsMeasured) measureEverything(false); // show the effect at once
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
        publishPromptly = true;
    }

    private void flushMetrics() {
        history = history.withMetrics(pendingMetrics, pendingCount);
        pendingCount = 0;
    }

    /** Publishes what changed when {@code due} (the lockstep's time, about 60 times a second, or at once) or the state changed. */
    private void publishIfDue(boolean due) {
        if (!dirty && rate.last() == 0) return;
        if (due || publishPromptly) publish();
    }

    private void publish() {
        long now = System.nanoTime();
        double measuredRate = rate.at(now, state == RunState.RUNNING);
        flushMetrics();
        latest.set(new RunSnapshot(config.name(), net.spec().norm(), net.normalizationEnabled(), state, message, step,
                config.steps(), measuredRate, optimizer.learningRate(), stats, history, predictions, divergence, stall,
                new RunTiming(trainNanos, statsNanos, testNanos), stepLog.view(), insideFrame, landscape));
        publishPromptly = false;
        dirty = false;
    }
}

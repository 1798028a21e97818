package bnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import bnlab.experiment.RunPlan;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The networks of a session advance in lockstep: same step when paused, every live change at the same step. */
class LockstepTest {
    private static final long TIMEOUT_MS = 60_000;

    /** Three networks of different cost (the LN one is four times as wide), so their threads run at different speeds. */
    static Experiment three(long steps, double plainRate) throws Exception {
        return ExperimentJson.read("""
                {"steps": %d, "evalEvery": 50,
                 "normalization": {"kind": "batch"}, "optimizer": {"kind": "sgd", "learningRate": 0.1, "momentum": 0},
                 "variants": [
                   {"name": "BN"},
                   {"name": "plain", "normalization": {"kind": "none"}, "optimizer": {"learningRate": %s},
                    "network": {"activation": "identity"}},
                   {"name": "LN, wide", "normalization": {"kind": "layer"}, "network": {"hidden": [64, 64, 64]}}
                 ]}
                """.formatted(steps, plainRate), "three.json");
    }

    static Experiment two(long steps) throws Exception {
        Experiment e = three(steps, 0.1);
        return e.withVariants(List.of(e.variants().get(0), e.variants().get(2)));
    }

    /** Records, on the training threads, whether any network ever got more than one step ahead of another. */
    static final class Spread implements RunListener {
        final ConcurrentHashMap<String, Long> last = new ConcurrentHashMap<>();
        final AtomicReference<String> violation = new AtomicReference<>();

        @Override
        public void onStep(String network, long step, double loss, double accuracy) {
            last.put(network, step);
            for (var e : last.entrySet()) {
                if (Math.abs(e.getValue() - step) > 1) {
                    violation.compareAndSet(null, network + " at step " + step + " while " + e.getKey() + " was at " + e.getValue());
                }
            }
        }
    }

    static void awaitAll(Session s, Predicate<RunSnapshot> condition, String what) throws Exception {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            if (s.snapshots().stream().allMatch(condition)) return;
            Thread.sleep(2);
        }
        throw new AssertionError("timed out waiting for " + what + "; last: " + s.snapshots());
    }

    private static void playAndPauseManyTimes(Experiment e) throws Exception {
        DatasetSplit data = SessionTest.spiral();
        Spread spread = new Spread();
        try (Session s = new Session(RunPlan.runs(e, data, true), data, spread)) {
            s.start(false);
            long previous = 0;
            for (int round = 0; round < 25; round++) {
                long from = previous;
                s.play();
                awaitAll(s, r -> r.state() == RunState.RUNNING && r.step() > from, "running, round " + round);
                if (round % 5 == 4) Thread.sleep(20); // now and then a longer run
                s.pause();
                awaitAll(s, r -> r.state() == RunState.PAUSED, "paused, round " + round);
                List<Long> steps = s.snapshots().stream().map(RunSnapshot::step).toList();
                assertEquals(1, steps.stream().distinct().count(), "round " + round + ": paused at " + steps);
                assertTrue(steps.get(0) > previous);
                previous = steps.get(0);
                if (round % 3 == 2) {
                    s.stepOnce();
                    s.stepOnce();
                    long target = previous + 2;
                    awaitAll(s, r -> r.step() == target, "two single steps, round " + round);
                    previous = target;
                }
            }
            assertNull(spread.violation.get(), "while playing no network is more than a step ahead");
        }
    }

    @Test
    void twoNetworksPausedAtUnlimitedSpeedAreAlwaysAtTheSameStep() throws Exception {
        playAndPauseManyTimes(two(100_000_000));
    }

    @Test
    void threeNetworksPausedAtUnlimitedSpeedAreAlwaysAtTheSameStep() throws Exception {
        playAndPauseManyTimes(three(100_000_000, 0.1));
    }

    @Test
    void aLearningRateChangeAndASwitchMadeWhilePlayingLandAtTheSameStepInEveryNetwork() throws Exception {
        DatasetSplit data = SessionTest.spiral();
        try (Session s = new Session(RunPlan.runs(three(100_000_000, 0.1), data, true), data, null)) {
            s.start(true);
            for (int round = 0; round < 5; round++) {
                long from = s.snapshots().get(0).step();
                awaitAll(s, r -> r.step() > from + 30, "training, round " + round);
                s.setLearningRate(0.05 + 0.01 * round);
                awaitAll(s, r -> r.step() > from + 60, "training on, round " + round);
                s.setNormalizationEnabled(round % 2 == 1);
                s.setSpeedLimit(round % 2 == 0 ? 2000 : 0);
            }
            awaitAll(s, r -> r.history().events().stream().filter(ev -> ev.kind() == RunEvent.Kind.LEARNING_RATE).count() == 5,
                    "five learning-rate events in every network");
            s.pause();
            awaitAll(s, r -> r.state() == RunState.PAUSED, "paused");
            List<RunSnapshot> snaps = s.snapshots();
            for (RunEvent.Kind kind : List.of(RunEvent.Kind.LEARNING_RATE, RunEvent.Kind.NORMALIZATION_OFF,
                    RunEvent.Kind.NORMALIZATION_ON)) {
                List<Long> bn = steps(snaps.get(0), kind);
                assertEquals(bn, steps(snaps.get(2), kind), kind + " in BN and LN");
                if (kind == RunEvent.Kind.LEARNING_RATE) assertEquals(bn, steps(snaps.get(1), kind), kind + " in BN and plain");
                else assertTrue(steps(snaps.get(1), kind).isEmpty(), "the plain network has nothing to switch");
                assertEquals(kind == RunEvent.Kind.NORMALIZATION_ON ? 2 : kind == RunEvent.Kind.LEARNING_RATE ? 5 : 3,
                        bn.size(), kind + ": " + bn);
            }
            for (RunSnapshot r : snaps) assertEquals(0.09, r.learningRate(), 1e-12);
        }
    }

    /**
     * The app measures its live statistics as their cost allows; in lockstep that is decided once
     * for every network, so that each histogram the window shows of one network has its partner
     * at the same step in the others (networks of different cost once measured at steps of their own).
     */
    @Test
    void theAppsLiveStatisticsAreMeasuredAtTheSameStepsInEveryNetwork() throws Exception {
        DatasetSplit data = SessionTest.spiral();
        try (Session s = new Session(RunPlan.runs(three(100_000_000, 0.1), data, true), data, null)) {
            s.start(true);
            awaitAll(s, r -> r.history().percentiles(false, 1, bnlab.stats.Quantity.PRE_ACTIVATION).size() >= 6,
                    "six measurements in every network");
            s.pause();
            awaitAll(s, r -> r.state() == RunState.PAUSED, "paused");
            List<List<Long>> measured = s.snapshots().stream().map(r -> {
                var p = r.history().percentiles(false, 1, bnlab.stats.Quantity.PRE_ACTIVATION);
                return java.util.stream.IntStream.range(0, p.size()).mapToObj(i -> (long) p.get(i, 0)).toList();
            }).toList();
            assertTrue(measured.get(0).size() >= 6, "measured: " + measured.get(0));
            assertEquals(measured.get(0), measured.get(1), "BN and plain measured at the same steps");
            assertEquals(measured.get(0), measured.get(2), "BN and the wide LN measured at the same steps");
        }
    }

    @Test
    void aNewRateForVariantsAtDifferentRatesKeepsTheirRatio() throws Exception {
        DatasetSplit data = SessionTest.spiral();
        // BN and LN at 0.1, plain at 0.025: the slider's 0.4 is the first network's rate.
        try (Session s = new Session(RunPlan.runs(three(100_000_000, 0.025), data, true), data, null)) {
            s.start(false);
            s.setLearningRate(0.4);
            s.stepOnce();
            awaitAll(s, r -> r.step() == 1 && r.state() == RunState.PAUSED, "one step");
            List<RunSnapshot> snaps = s.snapshots();
            assertEquals(0.4, snaps.get(0).learningRate(), 1e-15);
            assertEquals(0.1, snaps.get(1).learningRate(), 1e-15, "the plain variant keeps a quarter of the first one's rate");
            assertEquals(0.4, snaps.get(2).learningRate(), 1e-15);
        }
    }

    private static List<Long> steps(RunSnapshot s, RunEvent.Kind kind) {
        return s.history().events().stream().filter(e -> e.kind() == kind).map(RunEvent::step).toList();
    }

    @Test
    void aDivergingNetworkDropsOutAndTheOthersCarryOnToTheEnd() throws Exception {
        DatasetSplit data = SessionTest.spiral();
        // The linear plain network's weights grow geometrically at this rate until they overflow.
        try (Session s = new Session(RunPlan.runs(three(600, 2.0), data, false), data, null)) {
            s.start(true);
            awaitAll(s, r -> r.state() == RunState.FINISHED || r.state() == RunState.DIVERGED, "every network ends");
            List<RunSnapshot> snaps = s.snapshots();
            assertEquals(RunState.DIVERGED, snaps.get(1).state(), snaps.get(1).message());
            assertTrue(snaps.get(1).step() < 600, "diverged early: " + snaps.get(1).step());
            assertEquals(RunState.FINISHED, snaps.get(0).state());
            assertEquals(RunState.FINISHED, snaps.get(2).state());
            assertEquals(600, snaps.get(0).step());
            assertEquals(600, snaps.get(2).step());
            for (int i : new int[] {0, 2}) assertEquals(1, s.runs().get(i).productThreads(), "two still train: a core each");
            // Having left, the diverged network still takes the commands that act on it alone.
            // (the plain one at 2.0 keeps twenty times the first network's rate, 0.1)
            s.setLearningRate(0.01);
            awaitAll(s, r -> r.learningRate() == (r.name().equals("plain") ? 0.2 : 0.01), "the new rate everywhere");
        }
    }

    @Test
    void playPressedWhileAResetBuildsTheNetworksPlaysTheNewOnes() throws Exception {
        DatasetSplit data = SessionTest.spiral();
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean holdNextBuild = new AtomicBoolean();
        RunListener slowBuild = new RunListener() {
            @Override
            public void onTest(String network, long step, double loss, double accuracy) {
                // Step 0 is measured while the networks are built: hold that build until the test has pressed play.
                if (step == 0 && holdNextBuild.compareAndSet(true, false)) {
                    building.countDown();
                    try {
                        release.await(TIMEOUT_MS, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        try (Session s = new Session(RunPlan.runs(two(100_000_000), data, true), data, slowBuild)) {
            s.start(false);
            s.stepOnce();
            awaitAll(s, r -> r.step() == 1, "one step");
            holdNextBuild.set(true);
            AtomicReference<Exception> failure = new AtomicReference<>();
            Thread reset = new Thread(() -> {
                try {
                    s.reset();
                } catch (Exception e) {
                    failure.set(e);
                }
            });
            reset.start();
            assertTrue(building.await(TIMEOUT_MS, TimeUnit.MILLISECONDS));
            s.play();
            release.countDown();
            reset.join(TIMEOUT_MS);
            assertNull(failure.get());
            awaitAll(s, r -> r.state() == RunState.RUNNING && r.step() > 10, "the new networks play");
            assertTrue(s.runs().stream().allMatch(r -> r.snapshot().history().events().isEmpty()));
        }
    }

    @Test
    void aResetThatCannotBuildTheNetworksSaysWhyAndKeepsTheOldOnes() throws Exception {
        DatasetSplit data = SessionTest.spiral();
        AtomicBoolean breakNextBuild = new AtomicBoolean();
        RunListener failing = new RunListener() {
            @Override
            public void onTest(String network, long step, double loss, double accuracy) {
                if (step == 0 && breakNextBuild.get()) throw new IllegalStateException("no memory left for " + network);
            }
        };
        try (Session s = new Session(RunPlan.runs(two(100_000_000), data, true), data, failing)) {
            s.start(false);
            for (int i = 0; i < 5; i++) s.stepOnce();
            awaitAll(s, r -> r.step() == 5, "five steps");
            List<TrainingRun> before = s.runs();
            breakNextBuild.set(true);
            Session.ResetFailedException ex = assertThrows(Session.ResetFailedException.class, s::reset);
            assertTrue(ex.getMessage().startsWith("The networks could not be built again"), ex.getMessage());
            assertTrue(ex.getMessage().endsWith("no memory left for BN"), ex.getMessage());
            assertEquals(before, s.runs(), "the old networks stay");
            s.stepOnce();
            awaitAll(s, r -> r.step() == 6, "and still take the controls");
        }
    }
}

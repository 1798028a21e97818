package bnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSpec;
import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentDefaults;
import bnlab.experiment.RunPlan;
import bnlab.nn.NormKind;
import bnlab.stats.Quantity;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SessionTest {
    private static final long TIMEOUT_MS = 60_000;

    static DatasetSplit spiral() throws Exception {
        return DatasetLoader.load(DatasetSpec.of("spiral"), 1, Path.of("."));
    }

    static Experiment experiment(String norm, boolean compare, double lr, long steps) {
        Experiment d = ExperimentDefaults.EXPERIMENT;
        return d.withNormalization(new Experiment.NormalizationSection(norm, "before-activation", 0.1, 1e-5))
                .withOptimizer(new Experiment.OptimizerSection("sgd", lr, 0.0, 0.0))
                .withCompare(compare).withSteps(steps).withCadence(20, 20);
    }

    static RunSnapshot await(Session s, int run, Predicate<RunSnapshot> condition, String what) throws Exception {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            RunSnapshot snap = s.snapshots().get(run);
            if (condition.test(snap)) return snap;
            Thread.sleep(5);
        }
        throw new AssertionError("timed out waiting for " + what + "; last: " + s.snapshots().get(run));
    }

    @Test
    void playPauseStepAndReset() throws Exception {
        DatasetSplit data = spiral();
        try (Session s = new Session(RunPlan.runs(experiment("batch", false, 0.1, 100_000), data, true), data, null)) {
            RunSnapshot ready = s.snapshots().get(0);
            assertEquals(0, ready.step());
            assertNotNull(ready.stats(), "the step-0 distributions are measured before training starts");
            s.start(false);
            await(s, 0, r -> r.state() == RunState.PAUSED, "paused start");
            s.stepOnce();
            RunSnapshot one = await(s, 0, r -> r.step() == 1, "one step");
            assertEquals(RunState.PAUSED, one.state());
            assertEquals(1, one.stats().step(), "a single step is measured at once so it can be seen");
            s.stepOnce();
            s.stepOnce();
            await(s, 0, r -> r.step() == 3, "two more steps");
            s.play();
            await(s, 0, r -> r.step() > 50 && r.state() == RunState.RUNNING, "running");
            s.pause();
            RunSnapshot paused = await(s, 0, r -> r.state() == RunState.PAUSED, "paused");
            Thread.sleep(100);
            assertEquals(paused.step(), s.snapshots().get(0).step(), "no step while paused");
            assertTrue(paused.history().metrics().size() >= paused.step() - 1);
            s.reset();
            RunSnapshot reset = await(s, 0, r -> r.step() == 0 && r.state() == RunState.PAUSED, "reset");
            assertTrue(reset.history().metrics().isEmpty());
        }
    }

    @Test
    void theLiveSwitchIsAnEventAtItsStepAndChangesWhatTheLayerSees() throws Exception {
        DatasetSplit data = spiral();
        try (Session s = new Session(RunPlan.runs(experiment("batch", false, 0.1, 100_000), data, true), data, null)) {
            s.start(false);
            for (int i = 0; i < 10; i++) s.stepOnce();
            RunSnapshot before = await(s, 0, r -> r.step() == 10, "10 steps");
            assertTrue(before.normalizationOn());
            double stdBefore = before.stats().inference().get(0).get(Quantity.PRE_ACTIVATION).std();
            s.setNormalizationEnabled(false);
            RunSnapshot off = await(s, 0, r -> !r.normalizationOn(), "switched off");
            RunEvent e = off.history().events().get(off.history().events().size() - 1);
            assertEquals(RunEvent.Kind.NORMALIZATION_OFF, e.kind());
            assertEquals(10, e.step());
            double stdAfter = await(s, 0, r -> r.stats().step() == 10 && !r.stats().hasTrainingMode(), "re-measured")
                    .stats().inference().get(0).get(Quantity.PRE_ACTIVATION).std();
            assertTrue(Math.abs(stdAfter - stdBefore) > 0.05, stdBefore + " vs " + stdAfter);
            s.setNormalizationEnabled(true);
            await(s, 0, r -> r.normalizationOn() && r.history().events().size() == 2, "back on");
        }
    }

    @Test
    void twinsStartAlikeAndSeeTheSameBatches() throws Exception {
        DatasetSplit data = spiral();
        Experiment e = experiment("batch", true, 0.1, 50);
        List<RunConfig> configs = RunPlan.runs(e, data, false);
        assertEquals(2, configs.size());
        RunConfig bn = configs.get(0);
        RunConfig plain = configs.get(1);
        assertEquals(NormKind.NONE, plain.network().norm());
        assertEquals(bn.network().withNorm(NormKind.NONE, bn.network().placement()), plain.network());
        assertEquals(bn.dataSeed(), plain.dataSeed());
        // Two plain networks built this way train bit-identically: same weights, same batches.
        RunConfig twinA = new RunConfig("a", plain.network(), plain.optimizer(), 0.1, 0, 0, 32, 50, 10, 10, false,
                64, plain.dataSeed(), plain.ranges(), List.of());
        RunConfig twinB = new RunConfig("b", plain.network(), plain.optimizer(), 0.1, 0, 0, 32, 50, 10, 10, false,
                64, plain.dataSeed(), plain.ranges(), List.of());
        try (Session s = new Session(List.of(twinA, twinB), data, null)) {
            s.start(true);
            await(s, 0, r -> r.state() == RunState.FINISHED, "a finished");
            await(s, 1, r -> r.state() == RunState.FINISHED, "b finished");
            var ma = s.snapshots().get(0).history().metrics();
            var mb = s.snapshots().get(1).history().metrics();
            assertEquals(50, ma.size());
            for (int i = 0; i < ma.size(); i++) assertEquals(ma.get(i, 1), mb.get(i, 1), 0.0, "loss at " + i);
        }
    }

    @Test
    void aDivergingNetworkPausesWithAReasonWhileItsTwinCarriesOn() throws Exception {
        DatasetSplit data = spiral();
        // A linear network's weights grow geometrically at this rate until they overflow.
        Experiment e = experiment("batch", true, 2.0, 400)
                .withNetwork(new Experiment.NetworkSection(List.of(16, 16, 16), "identity", "xavier", 1.0));
        try (Session s = new Session(RunPlan.runs(e, data, false), data, null)) {
            s.start(true);
            RunSnapshot plain = await(s, 1, r -> r.state() == RunState.DIVERGED, "plain diverges");
            assertTrue(plain.message().startsWith("Diverged at step " + plain.step()), plain.message());
            assertTrue(plain.message().contains("learning rate"), plain.message());
            assertEquals(RunEvent.Kind.DIVERGED, plain.history().events().get(0).kind());
            RunSnapshot bn = await(s, 0, r -> r.state() != RunState.RUNNING, "bn ends");
            assertEquals(RunState.FINISHED, bn.state(), "batch norm keeps this one finite: " + bn.message());
            assertEquals(400, bn.step());
            assertEquals(2, s.runs().get(0).productThreads(), "the twin left training alone takes the freed core");
            Thread.sleep(50);
            assertEquals(plain.step(), s.snapshots().get(1).step(), "a diverged run stays where it stopped");
        }
    }

    @Test
    void aCollapsedNetworkIsMarkedNotLearningAndKeepsTraining() throws Exception {
        DatasetSplit data = spiral();
        // Sigmoid units at this rate saturate within a few dozen steps: the loss stays finite but
        // every prediction is the same class.
        Experiment e = experiment("none", false, 20, 600).withCadence(50, 50)
                .withNetwork(new Experiment.NetworkSection(List.of(16, 16, 16), "sigmoid", "gaussian", 1.0));
        try (Session s = new Session(RunPlan.runs(e, data, false), data, null)) {
            s.start(true);
            RunSnapshot end = await(s, 0, r -> r.state() == RunState.FINISHED || r.state() == RunState.DIVERGED,
                    "the run ends");
            assertEquals(RunState.FINISHED, end.state(), "finite, so not stopped: " + end.message());
            Stall stall = end.stall();
            assertNotNull(stall, "at chance for the last evaluations");
            assertEquals(50, stall.since(), "at chance from the first evaluation on");
            assertTrue(stall.overshot(), "confidently wrong: test loss " + stall.testLoss());
            assertTrue(stall.english().contains("learning rate (20.0)"), stall.english());
            assertTrue(stall.english().contains("add batch normalization"), stall.english());
            List<RunEvent> marks = end.history().events().stream()
                    .filter(ev -> ev.kind() == RunEvent.Kind.NOT_LEARNING).toList();
            assertEquals(1, marks.size(), "marked once, when it was first seen: " + marks);
            assertEquals(50 + StallWatch.MIN_SPAN, marks.get(0).step(), "five evaluations are not yet 400 steps");
        }
    }

    @Test
    void aNetworkThatLearnsIsNeverMarkedNotLearning() throws Exception {
        DatasetSplit data = spiral();
        Experiment e = experiment("batch", true, 0.1, 600).withCadence(50, 50);
        try (Session s = new Session(RunPlan.runs(e, data, false), data, null)) {
            s.start(true);
            for (int run = 0; run < 2; run++) {
                RunSnapshot end = await(s, run, r -> r.state() == RunState.FINISHED || r.state() == RunState.DIVERGED,
                        "the run ends");
                assertEquals(null, end.stall(), end.name() + " learns");
                assertTrue(end.history().events().isEmpty(), end.name() + ": " + end.history().events());
            }
        }
    }

    @Test
    void theSpeedLimitPacesTraining() throws Exception {
        DatasetSplit data = spiral();
        try (Session s = new Session(RunPlan.runs(experiment("none", false, 0.1, 100_000), data, true), data, null)) {
            s.setSpeedLimit(20);
            s.start(true);
            await(s, 0, r -> r.step() >= 1, "first step");
            Thread.sleep(1000);
            long steps = s.snapshots().get(0).step();
            assertTrue(steps <= 30, "20 steps/s for about a second, got " + steps);
            s.setSpeedLimit(0);
            await(s, 0, r -> r.step() > steps + 500, "unlimited again");
            assertFalse(s.isDone());
        }
    }
}

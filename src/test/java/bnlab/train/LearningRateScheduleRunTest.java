package bnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.RunPlan;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** A schedule in a training run: the rate each step used, and a live change on top of it. */
class LearningRateScheduleRunTest {
    @Test
    void eachStepUsesTheBaseRateTimesTheSchedulesFactorAndALiveChangeReplacesTheBase() throws Exception {
        DatasetSplit data = SessionTest.spiral();
        Experiment e = SessionTest.experiment("batch", false, 0.2, 100_000);
        e = e.withOptimizer(e.optimizer().withRemedies(0, 0,
                new Experiment.ScheduleSection("step", 10, 0.5, 0, 0, 4, 0.25)));
        Map<Long, Double> rates = new ConcurrentHashMap<>();
        Map<Long, Double> norms = new ConcurrentHashMap<>();
        RunListener listener = new RunListener() {
            @Override
            public void onStep(String network, long step, double loss, double accuracy, double rate, double norm) {
                rates.put(step, rate);
                norms.put(step, norm);
            }
        };
        try (Session s = new Session(RunPlan.runs(e, data, true), data, listener)) {
            assertEquals(0.2 * 0.25, s.snapshots().get(0).learningRate(), 1e-15, "step 0 shows the first step's rate");
            s.start(false);
            for (int i = 0; i < 20; i++) s.stepOnce();
            RunSnapshot at20 = SessionTest.await(s, 0, r -> r.step() == 20, "20 steps");
            // Step t (from 1) has index t − 1: warm-up 0.25 → 1 over indices 0..3, then × 0.5 every 10.
            assertEquals(0.2 * 0.25, rates.get(1L), 1e-15);
            assertEquals(0.2 * (0.25 + 0.75 * 3 / 4), rates.get(4L), 1e-15);
            assertEquals(0.2, rates.get(5L), 1e-15);
            assertEquals(0.2, rates.get(14L), 1e-15);
            assertEquals(0.1, rates.get(15L), 1e-15);
            assertEquals(0.1, at20.learningRate(), 1e-15, "the status shows the next step's rate");
            s.setLearningRate(1.0); // the slider replaces the base; the schedule's factor stays
            for (int i = 0; i < 10; i++) s.stepOnce();
            RunSnapshot at30 = SessionTest.await(s, 0, r -> r.step() == 30, "30 steps");
            assertEquals(0.5, rates.get(21L), 1e-15);
            assertEquals(0.25, rates.get(25L), 1e-15);
            assertEquals(0.25, at30.learningRate(), 1e-15);
            assertTrue(at30.history().events().stream().anyMatch(ev -> ev.kind() == RunEvent.Kind.LEARNING_RATE));
            double[] logged = new double[30];
            for (int t = 1; t <= 30; t++) logged[t - 1] = at30.steps().learningRate(t);
            assertEquals(rates.get(25L), logged[24], 0.0, "the step log holds the same rates");
            assertTrue(norms.values().stream().allMatch(n -> n > 0 && Double.isFinite(n)));
            assertEquals(norms.get(30L), at30.steps().gradientNorm(30), 0.0);
        }
    }

    @Test
    void withoutAScheduleTheRateIsTheSlidersAsBefore() throws Exception {
        DatasetSplit data = SessionTest.spiral();
        try (Session s = new Session(RunPlan.runs(SessionTest.experiment("batch", false, 0.2, 100_000), data, true), data,
                null)) {
            s.start(false);
            s.stepOnce();
            SessionTest.await(s, 0, r -> r.step() == 1, "a step");
            s.setLearningRate(0.7);
            s.stepOnce();
            RunSnapshot two = SessionTest.await(s, 0, r -> r.step() == 2, "two steps");
            assertEquals(0.7, two.learningRate(), 0.0);
            assertEquals(List.of(0.2, 0.7), List.of(two.steps().learningRate(1), two.steps().learningRate(2)));
        }
    }
}

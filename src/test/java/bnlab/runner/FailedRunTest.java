package bnlab.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSpec;
import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentDefaults;
import bnlab.train.RunListener;
import bnlab.train.RunSnapshot;
import bnlab.train.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An internal error on a training thread ends the run FAILED with one sentence: the runner never waits forever. */
class FailedRunTest {
    @TempDir
    Path dir;

    @Test
    void anInternalErrorEndsTheRunFailedAndKeepsWhatWasMeasured() throws Exception {
        DatasetSplit data = DatasetLoader.load(DatasetSpec.of("spiral"), 1, Path.of("."));
        Experiment e = ExperimentDefaults.EXPERIMENT.withCompare(true).withSteps(2000).withCadence(100, 100);
        RunListener fault = new RunListener() {
            @Override
            public void onStep(String network, long step, double loss, double accuracy) {
                if (network.equals("bn") && step == 500) throw new IllegalStateException("injected fault");
            }
        };
        Path out = dir.resolve("out");
        ExperimentRunner.Result r = ExperimentRunner.run(e, data, ResultsFolder.open(out, false), null, fault);

        assertEquals(ExperimentRunner.Outcome.FAILED, r.outcome());
        assertEquals(1, r.outcome().exitStatus());
        RunSnapshot bn = r.finals().get(0);
        assertEquals(RunState.FAILED, bn.state());
        assertEquals(500, bn.step());
        assertTrue(bn.message().startsWith("Training stopped at step 500. An internal error stopped it "
                + "(java.lang.IllegalStateException: injected fault)"), bn.message());
        assertEquals(RunState.FINISHED, r.finals().get(1).state(), "the twin trained on to the end");
        assertTrue(r.summary().contains("bn\tfailed after 500 steps"), r.summary());

        assertFalse(Files.exists(out), "no complete set, so nothing in the results' place");
        Path incomplete = r.incomplete();
        assertTrue(Files.exists(incomplete.resolve("INCOMPLETE.txt")));
        List<String> bnRows = Files.readAllLines(incomplete.resolve("1-bn.metrics.csv"));
        assertEquals("499,bn,", bnRows.get(bnRows.size() - 1).substring(0, 7), "every step measured before the fault");
        assertEquals(1 + 1 + 2000, Files.readAllLines(incomplete.resolve("2-plain.metrics.csv")).size());
    }

    @Test
    void aSessionWithAFailedRunIsDone() throws Exception {
        DatasetSplit data = DatasetLoader.load(DatasetSpec.of("spiral"), 1, Path.of("."));
        Experiment e = ExperimentDefaults.EXPERIMENT.withSteps(1_000_000);
        RunListener fault = new RunListener() {
            @Override
            public void onStep(String network, long step, double loss, double accuracy) {
                if (step == 50) throw new OutOfMemoryError("Java heap space (injected)");
            }
        };
        try (bnlab.train.Session s = new bnlab.train.Session(bnlab.experiment.RunPlan.runs(e, data, false), data, fault)) {
            s.start(true);
            long end = System.nanoTime() + 60_000_000_000L; // a guard against a hang, not a measurement
            while (!s.isDone() && System.nanoTime() < end) Thread.sleep(10);
            assertTrue(s.isDone(), "done once its only run failed: " + s.snapshots().get(0).state());
            RunSnapshot only = s.snapshots().get(0);
            assertEquals(RunState.FAILED, only.state());
            assertTrue(only.message().startsWith("Training stopped at step 50. BatchNorm Lab ran out of memory (Java was given "),
                    only.message());
        }
    }
}

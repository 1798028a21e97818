package bnlab.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepPlanTest {
    static final String SPIRAL = """
            {"name": "tiny", "seed": 5, "dataset": {"source": "spiral", "points": 200},
             "network": {"hidden": [8, 6]}, "normalization": {"kind": "batch"},
             "optimizer": {"kind": "sgd", "learningRate": 0.1}, "batchSize": 16, "steps": 40, "compare": true,
             "evalEvery": 20, "statsEvery": 20}
            """;

    private static Experiment spiral() throws Exception {
        return ExperimentJson.read(SPIRAL, "spiral.json");
    }

    private static SweepPlan plan(Experiment e, int seeds, String... sets) throws Exception {
        List<SweepAxis> axes = new java.util.ArrayList<>();
        for (String s : sets) axes.add(SweepAxis.parse(s));
        return SweepPlan.of(e, Path.of("."), axes, seeds);
    }

    @Test
    void twoFieldsMakeAGridTheLastVaryingFastest() throws Exception {
        SweepPlan p = plan(spiral(), 1, "optimizer.learningRate=0.01,0.1,1", "batchSize=4,8");
        assertEquals(List.of(List.of(0.01, 4.0), List.of(0.01, 8.0), List.of(0.1, 4.0), List.of(0.1, 8.0),
                List.of(1.0, 4.0), List.of(1.0, 8.0)), p.points().stream().map(SweepPlan.Point::values).toList());
        for (SweepPlan.Point pt : p.points()) {
            assertEquals(pt.values().get(0), pt.experiment().optimizer().learningRate(), 0.0);
            assertEquals(pt.values().get(1), pt.experiment().batchSize(), 0.0);
        }
        assertEquals(6 * 2, p.runs().size(), "the BN and plain twins at every point");
    }

    @Test
    void everySeedTrainsEveryVariantAndTheFirstSeedIsTheFiles() throws Exception {
        SweepPlan p = plan(spiral(), 3, "optimizer.learningRate=0.1,1");
        assertEquals(2 * 3 * 2, p.runs().size());
        List<String> order = p.runs().stream().map(r -> r.point().values().get(0) + "/" + r.seed() + "/" + r.network()).toList();
        assertEquals(List.of("0.1/5/bn", "0.1/5/plain", "0.1/6/bn", "0.1/6/plain", "0.1/7/bn", "0.1/7/plain",
                "1.0/5/bn", "1.0/5/plain", "1.0/6/bn", "1.0/6/plain", "1.0/7/bn", "1.0/7/plain"), order);
        for (SweepPlan.Run r : p.runs()) {
            assertEquals(r.seed(), r.config().network().seed(), "the run's initial weights come from its seed");
            assertEquals(r.seed(), r.config().dataSeed(), "and its batches");
            assertEquals(r.point().values().get(0), r.config().learningRate(), 0.0);
        }
        assertTrue(p.runs().get(0).data() == p.runs().get(4).data(), "the data stay as the file's seed makes them");
    }

    @Test
    void depthSetsTheNumberOfHiddenLayersEachAsWideAsTheFirst() throws Exception {
        SweepPlan p = plan(spiral(), 1, "network.depth=1..3:3", "network.hidden[0]=4");
        assertEquals(List.of(List.of(4), List.of(4, 4), List.of(4, 4, 4)),
                p.points().stream().map(pt -> pt.experiment().network().hidden()).toList());
    }

    @Test
    void theFilesVariantsAreEachARunAtEveryPoint() throws Exception {
        Experiment e = ExperimentJson.read("""
                {"dataset": {"source": "xor", "points": 100}, "network": {"hidden": [4]}, "steps": 20, "batchSize": 8,
                 "variants": [{"name": "BN", "normalization": {"kind": "batch"}},
                              {"name": "LN, rate 0.01", "normalization": {"kind": "layer"}}]}
                """, "v.json");
        SweepPlan p = plan(e, 1, "network.initScale=0.5,2");
        assertEquals(List.of("BN", "LN, rate 0.01", "BN", "LN, rate 0.01"), p.runs().stream().map(SweepPlan.Run::network).toList());
        assertEquals(2.0, p.runs().get(3).point().experiment().network().initScale(), 0.0);
    }

    @Test
    void namesEveryBadFieldAndValueOnceBeforeAnything() throws Exception {
        SweepPlan.Invalid bad = assertThrows(SweepPlan.Invalid.class, () -> plan(spiral(), 0,
                "optimizer.learnigRate=0.1", "network.activation=1", "batchSize=0,8,2.5", "seed=1,2"));
        List<String> p = bad.problems();
        assertEquals("--seeds must be from 1 to 100; got 0", p.get(0));
        assertTrue(p.get(1).startsWith("--set optimizer.learnigRate: no such field in this experiment (its number fields there: "
                + "optimizer.gradientClip, optimizer.l1, optimizer.learningRate"), p.get(1));
        assertTrue(p.get(2).startsWith("--set network.activation: this field is text (\"tanh\"), not a number"), p.get(2));
        assertTrue(p.get(3).startsWith("--set seed: the seed is swept with --seeds N"), p.get(3));
        assertEquals(4, p.size(), "fields first; their values once the fields are right: " + p);

        List<String> values = assertThrows(SweepPlan.Invalid.class, () -> plan(spiral(), 1,
                "batchSize=0,8,2.5", "optimizer.learningRate=-1,0.1")).problems();
        assertEquals(3, values.size(), values.toString());
        assertTrue(values.get(0).startsWith("--set batchSize=0: batchSize must be"), values.get(0));
        assertTrue(values.get(1).startsWith("--set batchSize=2.5: batchSize must be a whole number"), values.get(1));
        assertTrue(values.get(2).startsWith("--set optimizer.learningRate=-1: optimizer.learningRate must be"), values.get(2));
    }

    @Test
    void aValueTheDataCannotTakeIsNamed() throws Exception {
        List<String> p = assertThrows(SweepPlan.Invalid.class, () -> plan(spiral(), 1, "batchSize=8,500")).problems();
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("--set batchSize=500: batchSize is 500, but the training set has only"), p.get(0));
    }

    @Test
    void aFieldAVariantSetsItselfCannotBeSwept() throws Exception {
        Experiment e = ExperimentJson.read("""
                {"dataset": {"source": "xor", "points": 100}, "network": {"hidden": [4]}, "steps": 20, "batchSize": 8,
                 "variants": [{"name": "slow", "optimizer": {"learningRate": 0.01}}, {"name": "base"}]}
                """, "v.json");
        List<String> p = assertThrows(SweepPlan.Invalid.class, () -> plan(e, 1, "optimizer.learningRate=0.1,1")).problems();
        assertEquals(List.of("--set optimizer.learningRate: variant \"slow\" sets this field itself, so sweeping it would "
                + "not change that variant; remove it from the variant or sweep another field"), p);
        List<String> twice = assertThrows(SweepPlan.Invalid.class,
                () -> plan(spiral(), 1, "batchSize=4", "batchSize=8")).problems();
        assertEquals(List.of("--set batchSize is given twice; list all its values in one --set"), twice);
    }
}

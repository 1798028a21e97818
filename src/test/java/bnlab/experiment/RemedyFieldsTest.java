package bnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSplit;
import bnlab.nn.NormKind;
import bnlab.train.RunConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The remedies' fields in an experiment file: read, validated in sentences, written back, planned. */
class RemedyFieldsTest {
    private static final String ALL = """
            {"network": {"hidden": [16, 16], "dropout": 0.25},
             "normalization": {"kind": "group", "groups": 4},
             "optimizer": {"learningRate": 0.4, "l1": 0.001, "gradientClip": 2.5,
                           "schedule": {"kind": "cosine", "warmupSteps": 100, "warmupStartFactor": 0.1}},
             "steps": 1000}
            """;

    private static String problems(String json) {
        InvalidExperimentException e = assertThrows(InvalidExperimentException.class,
                () -> ExperimentJson.read(json, "x.json"));
        return String.join("\n", e.problems());
    }

    @Test
    void readsEveryRemedyAndWritesItBack() throws Exception {
        Experiment e = ExperimentJson.read(ALL, "all.json");
        assertEquals(0.25, e.network().dropout());
        assertEquals("group", e.normalization().kind());
        assertEquals(4, e.normalization().groups());
        assertEquals(0.001, e.optimizer().l1());
        assertEquals(2.5, e.optimizer().gradientClip());
        assertEquals("cosine", e.optimizer().schedule().kind());
        assertEquals(100, e.optimizer().schedule().warmupSteps());
        assertEquals(e, ExperimentJson.read(ExperimentJson.write(e), "again.json"));
        String brn = "{\"normalization\": {\"kind\": \"batch-renorm\", \"rmax\": 2, \"dmax\": 1, \"renormWarmup\": 50}}";
        Experiment r = ExperimentJson.read(brn, "brn.json");
        assertEquals(2.0, r.normalization().rmax());
        assertEquals(50, r.normalization().renormWarmup());
    }

    @Test
    void anOldFileGetsNoRemedy() throws Exception {
        Experiment e = ExperimentJson.read("{}", "empty.json");
        assertEquals(0.0, e.network().dropout());
        assertEquals(0.0, e.optimizer().l1());
        assertEquals(0.0, e.optimizer().gradientClip());
        assertEquals("constant", e.optimizer().schedule().kind());
    }

    @Test
    void theRunPlanCarriesTheRemediesToTheEngine() throws Exception {
        Experiment e = ExperimentJson.read(ALL, "all.json").withCompare(true);
        DatasetSplit data = DatasetLoader.load(e.dataset(), e.seed(), Path.of("."));
        List<RunConfig> runs = RunPlan.runs(e, data, false);
        assertEquals(List.of("gn", "plain"), runs.stream().map(RunConfig::name).toList());
        RunConfig gn = runs.get(0);
        assertEquals(NormKind.GROUP, gn.network().norm());
        assertEquals(4, gn.network().remedies().groups());
        assertEquals(0.25, gn.network().remedies().dropout());
        assertEquals(2.5, gn.network().remedies().gradientClip());
        assertEquals(0.001, runs.get(1).network().remedies().l1(), "the twin keeps every remedy but normalization");
        assertEquals(0.25, runs.get(1).network().remedies().dropout());
        // Warm-up from 0.1 over 100 steps, then a cosine over the other 900.
        assertEquals(0.1, gn.schedule().factor(0), 1e-15);
        assertEquals(1.0, gn.schedule().factor(100), 1e-15);
        assertEquals(0.5, gn.schedule().factor(550), 1e-12);
    }

    @Test
    void groupsThatDoNotDivideAWidthAreRefusedWithTheReason() {
        String p = problems("{\"network\": {\"hidden\": [16, 12]}, \"normalization\": {\"kind\": \"group\", \"groups\": 8}}");
        assertTrue(p.contains("normalization.groups must divide every hidden width"), p);
        assertTrue(p.contains("8 does not divide 12"), p);
    }

    @Test
    void instanceNormAndGroupsOfOneUnitAreRefusedWithWhyTheyEraseEveryFeature() {
        String instance = problems("{\"normalization\": {\"kind\": \"instance\"}}");
        assertTrue(instance.contains("\"instance\" is refused"), instance);
        assertTrue(instance.contains("every feature would be erased"), instance);
        String ones = problems("{\"network\": {\"hidden\": [16, 16]}, \"normalization\": {\"kind\": \"group\", \"groups\": 16}}");
        assertTrue(ones.contains("which is InstanceNorm"), ones);
        assertTrue(ones.contains("every feature is erased"), ones);
    }

    @Test
    void outOfRangeRemediesAreSentences() {
        String p = problems("""
                {"network": {"dropout": 1.0},
                 "normalization": {"kind": "batch-renorm", "rmax": 0.5, "dmax": -1},
                 "optimizer": {"l1": -1, "gradientClip": -2, "schedule": {"kind": "linear", "warmupStartFactor": 0}},
                 "steps": 100}
                """);
        for (String expected : List.of("network.dropout is the chance that a hidden unit is dropped",
                "normalization.rmax must be at least 1", "normalization.dmax must be at least 0",
                "optimizer.l1 must be between 0 and 1", "optimizer.gradientClip is the largest global norm",
                "optimizer.schedule.kind must be one of constant, step, cosine",
                "optimizer.schedule.warmupStartFactor")) {
            assertTrue(p.contains(expected), expected + " in:\n" + p);
        }
        String typo = problems("{\"optimizer\": {\"schedule\": {\"kind\": \"step\", \"stepsize\": 10}}}");
        assertTrue(typo.contains("did you mean optimizer.schedule.stepSize?"), typo);
        String renormBatch = problems("{\"normalization\": {\"kind\": \"batch-renorm\"}, \"batchSize\": 1}");
        assertTrue(renormBatch.contains("batchSize must be at least 2"), renormBatch);
    }
}

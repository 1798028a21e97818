package bnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSplit;
import bnlab.nn.NormKind;
import bnlab.train.RunConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every remedy is a dimension a comparison can vary: variants override its fields like any other. */
class RemedyVariantsTest {
    @Test
    void variantsVaryTheNormalizationKindDropoutClippingAndTheSchedule() throws Exception {
        Experiment e = ExperimentJson.read("""
                {"network": {"hidden": [16, 16]}, "normalization": {"kind": "batch"}, "steps": 500,
                 "variants": [
                   {"name": "GroupNorm, dropout", "normalization": {"kind": "group", "groups": 8}, "network": {"dropout": 0.2}},
                   {"name": "Batch Renorm", "normalization": {"kind": "batch-renorm", "rmax": 2, "dmax": 1}},
                   {"name": "plain, clipped, cosine", "normalization": {"kind": "none"},
                    "optimizer": {"gradientClip": 0.5, "l1": 0.0001, "schedule": {"kind": "cosine", "warmupSteps": 50}}}
                 ]}
                """, "variants.json");
        DatasetSplit data = DatasetLoader.load(e.dataset(), e.seed(), Path.of("."));
        List<RunConfig> runs = RunPlan.runs(e, data, false);
        assertEquals(3, runs.size());
        RunConfig gn = runs.get(0);
        assertEquals(NormKind.GROUP, gn.network().norm());
        assertEquals(8, gn.network().remedies().groups());
        assertEquals(0.2, gn.network().remedies().dropout());
        assertTrue(gn.schedule().isConstant());
        RunConfig brn = runs.get(1);
        assertEquals(NormKind.BATCH_RENORM, brn.network().norm());
        assertEquals(2.0, brn.network().remedies().rmax());
        assertEquals(1.0, brn.network().remedies().dmax());
        assertEquals(0.0, brn.network().remedies().dropout(), "the other variants' overrides do not leak");
        RunConfig plain = runs.get(2);
        assertEquals(NormKind.NONE, plain.network().norm());
        assertEquals(0.5, plain.network().remedies().gradientClip());
        assertEquals(0.0001, plain.network().remedies().l1());
        assertEquals(0.1, plain.schedule().factor(0), 1e-15);
        assertEquals(0.0, plain.schedule().factor(500), 1e-15);
    }

    @Test
    void aVariantsRemedyIsValidatedWithTheVariantsName() {
        InvalidExperimentException ex = org.junit.jupiter.api.Assertions.assertThrows(InvalidExperimentException.class,
                () -> ExperimentJson.read("""
                        {"network": {"hidden": [16, 16]}, "normalization": {"kind": "batch"},
                         "variants": [{"name": "BN"}, {"name": "GN", "normalization": {"kind": "group", "groups": 3}}]}
                        """, "bad.json"));
        String all = String.join("\n", ex.problems());
        assertTrue(all.contains("variant \"GN\": normalization.groups must divide every hidden width"), all);
    }
}

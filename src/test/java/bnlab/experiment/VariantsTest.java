package bnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.data.BatchSampler;
import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSpec;
import bnlab.data.DatasetSplit;
import bnlab.nn.Network;
import bnlab.nn.NormKind;
import bnlab.train.RunConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantsTest {
    static final String THREE = """
            {
              "name": "Normalizations",
              "normalization": {"kind": "batch", "momentum": 0.2},
              "optimizer": {"kind": "sgd", "learningRate": 0.1, "momentum": 0.9},
              "batchSize": 16,
              "steps": 200,
              "variants": [
                {"name": "BN"},
                {"name": "LN", "normalization": {"kind": "layer"}},
                {"name": "LN, rate 0.01", "normalization": {"kind": "layer"}, "optimizer": {"learningRate": 0.01}}
              ]
            }
            """;

    static DatasetSplit spiral() throws Exception {
        return DatasetLoader.load(DatasetSpec.of("spiral"), 1, Path.of("."));
    }

    @Test
    void overridesMergeFieldByFieldIntoTheSharedExperiment() throws Exception {
        Experiment e = ExperimentJson.read(THREE, "three.json");
        List<Variants.Resolved> v = RunPlan.variants(e);
        assertEquals(List.of("BN", "LN", "LN, rate 0.01"), v.stream().map(Variants.Resolved::name).toList());
        Experiment ln = v.get(2).experiment();
        assertEquals("layer", ln.normalization().kind());
        assertEquals(0.2, ln.normalization().momentum(), "a field the override leaves out keeps the shared value");
        assertEquals(0.01, ln.optimizer().learningRate());
        assertEquals(0.9, ln.optimizer().momentum());
        assertEquals("batch", v.get(0).experiment().normalization().kind());
        assertEquals(0.1, v.get(1).experiment().optimizer().learningRate());
        for (Variants.Resolved r : v) {
            assertTrue(r.experiment().variants().isEmpty());
            assertEquals(e.seed(), r.experiment().seed());
            assertEquals(e.steps(), r.experiment().steps());
        }
    }

    @Test
    void savingThenOpeningGivesBackTheSameExperiment(@TempDir Path dir) throws Exception {
        Experiment e = ExperimentJson.read(THREE, "three.json");
        Path file = dir.resolve("three.json");
        ExperimentJson.write(e, file);
        Experiment back = ExperimentJson.read(file);
        assertEquals(e, back);
        assertEquals(Files.readString(file), ExperimentJson.write(back));
        assertTrue(Files.readString(file).contains("\"name\" : \"LN, rate 0.01\""), Files.readString(file));
        // A file without variants is written without the field, as before.
        assertFalse(ExperimentJson.write(ExperimentDefaults.EXPERIMENT).contains("variants"));
    }

    @Test
    void validationNamesTheVariantInEveryMessage() {
        String bad = THREE.replace("\"optimizer\": {\"learningRate\": 0.01}", "\"optimizer\": {\"learningRate\": -1}")
                .replace("{\"name\": \"LN\", \"normalization\": {\"kind\": \"layer\"}}",
                        "{\"name\": \"LN\", \"normalization\": {\"kind\": \"grouped\", \"epsilom\": 1}}");
        InvalidExperimentException ex = assertThrows(InvalidExperimentException.class,
                () -> ExperimentJson.read(bad, "bad.json"));
        String all = String.join("\n", ex.problems());
        assertTrue(all.contains("variant \"LN, rate 0.01\": optimizer.learningRate must be above 0"), all);
        assertTrue(all.contains("variant \"LN\": normalization.epsilom is not a known field (did you mean normalization.epsilon?)"), all);
        for (String p : ex.problems()) assertTrue(p.startsWith("variant \""), p);
        // Once the field names are right, the value rules name the variant too.
        InvalidExperimentException values = assertThrows(InvalidExperimentException.class,
                () -> ExperimentJson.read(bad.replace(", \"epsilom\": 1", ""), "bad.json"));
        assertTrue(String.join("\n", values.problems()).contains("variant \"LN\": normalization.kind must be one of"),
                values.problems().toString());
    }

    @Test
    void aProblemOfTheSharedExperimentIsReportedOnceWithoutAVariant() {
        InvalidExperimentException ex = assertThrows(InvalidExperimentException.class,
                () -> ExperimentJson.read(THREE.replace("\"steps\": 200", "\"steps\": 0"), "bad.json"));
        assertEquals(List.of("steps must be between 1 and 100000000; got 0"), ex.problems());
    }

    @Test
    void theListItselfIsChecked() {
        String one = "{\"variants\": [{\"name\": \"BN\"}]}";
        assertProblem(one, "variants must list 2 or 3 variants; got 1");
        assertProblem("{\"variants\": [{\"name\": \"A\"}, {\"name\": \"B\"}, {\"name\": \"C\"}, {\"name\": \"D\"}]}",
                "variants must list 2 or 3 variants; got 4");
        assertProblem("{\"variants\": [{\"name\": \"A\"}, {\"normalization\": {\"kind\": \"layer\"}}]}",
                "variants[1] needs a name");
        assertProblem("{\"variants\": [{\"name\": \"A\"}, {\"name\": \"A\"}]}",
                "variant \"A\": another variant has the same name");
        assertProblem("{\"compare\": true, \"variants\": [{\"name\": \"A\"}, {\"name\": \"B\"}]}",
                "compare and variants cannot be used together");
        assertProblem("{\"variants\": [{\"name\": \"A\"}, {\"name\": \"B\", \"dataset\": {\"source\": \"moons\"}}]}",
                "variant \"B\": dataset is shared by every variant");
        assertProblem("{\"variants\": [{\"name\": \"A\"}, {\"name\": \"B\", \"seed\": 2}]}",
                "variant \"B\": seed is shared by every variant");
        assertProblem("{\"variants\": {\"name\": \"A\"}}", "variants must be a list");
    }

    private static void assertProblem(String json, String expected) {
        InvalidExperimentException ex = assertThrows(InvalidExperimentException.class,
                () -> ExperimentJson.read(json, "v.json"));
        assertTrue(ex.problems().stream().anyMatch(p -> p.startsWith(expected)), ex.problems().toString());
    }

    @Test
    void compareStaysTheShorthandForThisNormalizationAgainstNone() throws Exception {
        Experiment e = ExperimentDefaults.EXPERIMENT.withCompare(true)
                .withSwitches(List.of(new Experiment.Switch(10, false)));
        List<Variants.Resolved> v = RunPlan.variants(e);
        assertEquals(List.of("bn", "plain"), v.stream().map(Variants.Resolved::name).toList());
        assertEquals("none", v.get(1).experiment().normalization().kind());
        assertTrue(v.get(1).experiment().switches().isEmpty(), "the twin has nothing to switch");
        assertEquals(1, v.get(0).experiment().switches().size());
        assertEquals(List.of("bn"), RunPlan.variants(e.withCompare(false)).stream().map(Variants.Resolved::name).toList());
    }

    @Test
    void everyShippedLessonStillLoads() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("assets/lessons"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.json")).toList()) {
                Experiment e = ExperimentJson.read(f);
                assertEquals(e, ExperimentJson.read(ExperimentJson.write(e), f.toString()), f.toString());
                assertFalse(RunPlan.variants(e).isEmpty());
            }
        }
    }

    @Test
    void variantsShareTheLayersTheyHaveInCommonAndTheOrderOfTheData() throws Exception {
        DatasetSplit data = spiral();
        Experiment e = ExperimentJson.read("""
                {"network": {"hidden": [16, 16, 16]}, "batchSize": 8,
                 "variants": [
                   {"name": "BN"},
                   {"name": "plain, rate 0.5", "normalization": {"kind": "none"}, "optimizer": {"learningRate": 0.5}},
                   {"name": "wider last layer, batch 16", "network": {"hidden": [16, 16, 32]}, "batchSize": 16}
                 ]}
                """, "v.json");
        List<RunConfig> runs = RunPlan.runs(e, data, false);
        assertEquals(List.of("BN", "plain, rate 0.5", "wider last layer, batch 16"), runs.stream().map(RunConfig::name).toList());
        assertEquals(NormKind.NONE, runs.get(1).network().norm());
        assertEquals(0.5, runs.get(1).learningRate());
        Network bn = new Network(runs.get(0).network());
        Network plain = new Network(runs.get(1).network());
        Network wide = new Network(runs.get(2).network());
        for (int l = 0; l < 3; l++) {
            assertArrayEquals(bn.hiddenLayers().get(l).weights().data, plain.hiddenLayers().get(l).weights().data,
                    "layer " + (l + 1) + ": same shape, so the same initial weights");
        }
        for (int l = 0; l < 2; l++) {
            assertArrayEquals(bn.hiddenLayers().get(l).weights().data, wide.hiddenLayers().get(l).weights().data,
                    "layer " + (l + 1) + " comes before the wider one, so it starts alike");
        }
        assertEquals(16 * 32, wide.hiddenLayers().get(2).weights().getNumElements());

        // Equal batch sizes: identical batches. Batch 16 against batch 8: the same examples in the same
        // order, two small batches to one large one.
        int d = data.train().featureCount();
        BatchSampler a = new BatchSampler(data.train(), 8, runs.get(0).dataSeed());
        BatchSampler b = new BatchSampler(data.train(), 8, runs.get(1).dataSeed());
        BatchSampler c = new BatchSampler(data.train(), 16, runs.get(2).dataSeed());
        double[] xa = new double[16 * d], xb = new double[8 * d], xc = new double[16 * d];
        int[] ya = new int[16], yb = new int[8], yc = new int[16];
        int batchesPerEpochOfEight = (data.train().size() + 7) / 8;
        for (int step = 0; step < batchesPerEpochOfEight * 3; step++) { // across epoch boundaries too
            double[] firstHalf = new double[8 * d];
            int[] firstLabels = new int[8];
            a.nextBatch(firstHalf, firstLabels);
            b.nextBatch(xb, yb);
            assertArrayEquals(firstHalf, xb, "equal batch sizes see identical batches, step " + step);
            assertArrayEquals(firstLabels, yb);
            if (step % 2 == 0) {
                System.arraycopy(firstHalf, 0, xa, 0, 8 * d);
                System.arraycopy(firstLabels, 0, ya, 0, 8);
            } else {
                System.arraycopy(firstHalf, 0, xa, 8 * d, 8 * d);
                System.arraycopy(firstLabels, 0, ya, 8, 8);
                c.nextBatch(xc, yc);
                assertArrayEquals(xa, xc, "batch 16 holds the two batches of 8, in order, step " + step);
                assertArrayEquals(ya, yc);
            }
        }
        assertNotEquals(Arrays.hashCode(xa), 0);
    }
}

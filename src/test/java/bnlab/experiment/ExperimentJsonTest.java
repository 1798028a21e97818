package bnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.data.DatasetSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentJsonTest {
    static final String PAPER = """
            {
              "name": "Internal covariate shift",
              "seed": 1,
              "dataset": {"source": "fashion-mnist", "trainSize": 10000, "testSize": 2000},
              "network": {"hidden": [100, 100, 100], "activation": "sigmoid", "init": "gaussian", "initScale": 1.0},
              "normalization": {"kind": "batch", "placement": "before-activation", "momentum": 0.1, "epsilon": 1e-5},
              "optimizer": {"kind": "sgd", "learningRate": 0.5, "momentum": 0.0, "weightDecay": 0.0},
              "batchSize": 60,
              "steps": 3000,
              "compare": true,
              "evalEvery": 100
            }
            """;

    @Test
    void readsTheIssuesExampleExactly() throws Exception {
        Experiment e = ExperimentJson.read(PAPER, "paper.json");
        assertEquals("Internal covariate shift", e.name());
        assertEquals(List.of(100, 100, 100), e.network().hidden());
        assertEquals("sigmoid", e.network().activation());
        assertEquals(0.5, e.optimizer().learningRate());
        assertEquals(1e-5, e.normalization().epsilon());
        assertEquals(60, e.batchSize());
        assertEquals(3000, e.steps());
        assertTrue(e.compare());
        assertEquals(100, e.statsEvery(), "statsEvery defaults to evalEvery");
        assertEquals(10000, e.dataset().trainSize());
    }

    @Test
    void savingAndLoadingRoundTripsExactly(@TempDir Path dir) throws Exception {
        Experiment e = ExperimentJson.read(PAPER, "paper.json")
                .withSwitches(List.of(new Experiment.Switch(1000, false), new Experiment.Switch(2000, true)));
        Path file = dir.resolve("saved.json");
        ExperimentJson.write(e, file);
        Experiment back = ExperimentJson.read(file);
        assertEquals(e, back);
        // And the text is stable: writing what was read gives the same bytes.
        assertEquals(Files.readString(file), ExperimentJson.write(back));
        // Every field of every kind of dataset survives.
        Experiment csv = e.withDataset(new DatasetSpec("csv", 100, null, null, null, null, null, null, null, null,
                "data/iris.csv", "species", 0.25, true)).withCompare(false);
        assertEquals(csv, ExperimentJson.read(ExperimentJson.write(csv), "csv.json"));
    }

    @Test
    void missingFieldsTakeTheDocumentedDefaults() throws Exception {
        Experiment e = ExperimentJson.read("{\"name\": \"tiny\"}", "tiny.json");
        Experiment d = ExperimentDefaults.EXPERIMENT;
        assertEquals(d.network(), e.network());
        assertEquals(d.normalization(), e.normalization());
        assertEquals(d.batchSize(), e.batchSize());
        assertEquals(d.dataset(), e.dataset());
    }

    @Test
    void reportsEveryProblemAtOnceInStudentSentences() {
        String bad = """
                {
                  "name": "broken",
                  "dataset": {"source": "mnist"},
                  "network": {"hidden": [100, 0], "activation": "swish", "initScael": 2},
                  "normalization": {"kind": "batch", "momentum": 1.5},
                  "optimizer": {"kind": "sgd", "learningRate": -1},
                  "batchSize": 1,
                  "steps": "many",
                  "colour": "blue"
                }
                """;
        InvalidExperimentException ex = assertThrows(InvalidExperimentException.class,
                () -> ExperimentJson.read(bad, "broken.json"));
        String all = String.join("\n", ex.problems());
        assertTrue(all.contains("network.initScael is not a known field (did you mean network.initScale?)"), all);
        assertTrue(all.contains("colour is not a known field"), all);
        assertTrue(all.contains("steps must be a whole number; got \"many\""), all);
        assertTrue(ex.getMessage().startsWith("broken.json: "), ex.getMessage());
        // Type and name problems come first; value rules are checked once the file reads cleanly.
        InvalidExperimentException values = assertThrows(InvalidExperimentException.class,
                () -> ExperimentJson.read(bad.replace("\"initScael\": 2", "\"initScale\": 2")
                        .replace("\"steps\": \"many\",", "\"steps\": 10,").replace(",\n  \"colour\": \"blue\"", ""),
                        "broken.json"));
        String v = String.join("\n", values.problems());
        assertTrue(v.contains("batchSize must be at least 2 with batch normalization"), v);
        assertTrue(v.contains("got 1"), v);
        assertTrue(v.contains("network.activation must be one of sigmoid, tanh, relu, leaky-relu, identity; got \"swish\""), v);
        assertTrue(v.contains("every width in network.hidden must be between 2 and 512; got 0"), v);
        assertTrue(v.contains("normalization.momentum must be above 0 and at most 1"), v);
        assertTrue(v.contains("optimizer.learningRate must be above 0"), v);
        assertTrue(v.contains("dataset.source must be one of"), v);
        assertTrue(values.problems().size() >= 6, v);
    }

    @Test
    void syntaxErrorsSayWhere() {
        InvalidExperimentException ex = assertThrows(InvalidExperimentException.class,
                () -> ExperimentJson.read("{\n  \"name\": \"x\",\n  \"seed\": 1,,\n}", "typo.json"));
        assertTrue(ex.getMessage().contains("typo.json: line 3"), ex.getMessage());
        assertTrue(ex.getMessage().contains("not valid JSON"), ex.getMessage());
    }

    @Test
    void aMissingFileIsReportedPlainly(@TempDir Path dir) {
        InvalidExperimentException ex = assertThrows(InvalidExperimentException.class,
                () -> ExperimentJson.read(dir.resolve("nope.json")));
        assertTrue(ex.getMessage().contains("nope.json: the file does not exist"), ex.getMessage());
    }

    @Test
    void compareNeedsNormalization() {
        InvalidExperimentException ex = assertThrows(InvalidExperimentException.class, () -> ExperimentJson.read(
                "{\"normalization\": {\"kind\": \"none\"}, \"compare\": true}", "c.json"));
        assertTrue(ex.getMessage().contains("compare trains a twin without normalization"), ex.getMessage());
    }
}

package bnlab.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantsRunTest {
    @Test
    void theRunnerWritesEachVariantUnderItsName(@TempDir Path out) throws Exception {
        Experiment e = ExperimentJson.read("""
                {"steps": 30, "evalEvery": 10, "switches": [{"step": 20, "enabled": false}],
                 "variants": [{"name": "BN"}, {"name": "LN, rate 0.01", "normalization": {"kind": "layer"},
                               "optimizer": {"learningRate": 0.01}}]}
                """, "v.json");
        DatasetSplit data = DatasetLoader.load(e.dataset(), e.seed(), Path.of("."));
        ExperimentRunner.Result r = ExperimentRunner.run(e, data, out, null);
        assertEquals(List.of("BN", "LN, rate 0.01"), r.finals().stream().map(s -> s.name()).toList());
        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals(1 + 2 * 31, metrics.size(), "a header, step 0 and 30 steps for each variant");
        assertEquals(31, metrics.stream().filter(l -> l.startsWith(l.split(",")[0] + ",BN,")).count());
        assertEquals(31, metrics.stream().filter(l -> l.matches("\\d+,\"LN, rate 0\\.01\",.*")).count());
        List<String> events = Files.readAllLines(out.resolve("events.csv"));
        assertTrue(events.stream().anyMatch(l -> l.startsWith("20,BN,normalization_off")), events.toString());
        assertTrue(events.stream().anyMatch(l -> l.startsWith("20,\"LN, rate 0.01\",normalization_off")), events.toString());
        assertTrue(Files.readAllLines(out.resolve("layers.csv")).stream().anyMatch(l -> l.startsWith("0,\"LN, rate 0.01\",1,")));
        assertEquals(e, ExperimentJson.read(out.resolve("experiment.json")));
    }
}

package bnlab.cli;

import static bnlab.cli.RunCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values that cannot mean what they say are refused, and experiment.json says every value used. */
class StatedValuesTest {
    @Test
    void experimentJsonRecordsTheDatasetDefaultsUsed(@TempDir Path dir) throws Exception {
        Path exp = Files.writeString(dir.resolve("e.json"), """
                {"dataset": {"source": "moons"}, "network": {"hidden": [4]}, "normalization": {"kind": "none"},
                 "steps": 5}
                """);
        assertEquals(0, cli("run", exp.toString(), "--out", dir.resolve("out").toString(), "--quiet")[0]);
        String written = Files.readString(dir.resolve("out/experiment.json"));
        for (String field : new String[] {"\"points\" : 500", "\"noise\" : 0.1", "\"classes\" : 2", "\"testFraction\" : 0.2",
                "\"standardize\" : false", "\"probeSize\" : 256", "\"statsEvery\" : 100"}) {
            assertTrue(written.contains(field), field + " in " + written);
        }
        Experiment again = ExperimentJson.read(dir.resolve("out/experiment.json"));
        assertEquals(ExperimentJson.read(exp).withDataset(again.dataset()), again, "the same experiment, spelled out");
    }

    @Test
    void benchRefusesSecondsThatAreNotANumber() {
        Object[] r = cli("bench", "--seconds", "NaN");
        assertEquals(2, r[0]);
        assertEquals("--seconds must be between 0.5 and 86400 (a shorter measurement is mostly timer noise); got NaN",
                ((String) r[2]).trim());
        assertEquals(2, cli("bench", "--seconds", "Infinity")[0]);
    }
}

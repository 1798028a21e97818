package bnlab.cli;

import static bnlab.cli.RunCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bnlab run} exits 3 when a network did not train (diverged or not learning), for every network. */
class ExitStatusTest {
    @Test
    void bothNetworksAtAHugeLearningRateAreFlaggedAndTheRunExits3(@TempDir Path dir) throws Exception {
        Path exp = Files.writeString(dir.resolve("lr1000.json"), """
                {"dataset": {"source": "digits"},
                 "network": {"hidden": [32, 32], "activation": "sigmoid", "init": "gaussian", "initScale": 1.0},
                 "normalization": {"kind": "batch"}, "optimizer": {"kind": "sgd", "learningRate": 1000},
                 "batchSize": 60, "steps": 600, "compare": true, "evalEvery": 100}
                """);
        Object[] r = cli("run", exp.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertEquals(3, r[0], (String) r[2]);
        String out = (String) r[1];
        assertTrue(out.contains("bn\tnot learning after 600 steps"), out);
        assertTrue(out.contains("plain\tnot learning after 600 steps"), out);
        List<String> events = Files.readAllLines(dir.resolve("out/events.csv"));
        assertTrue(events.stream().anyMatch(l -> l.contains(",bn,not_learning,")), events.toString());
        assertTrue(events.stream().anyMatch(l -> l.contains(",plain,not_learning,")), events.toString());
        assertTrue(events.stream().noneMatch(l -> l.contains("reset")), "advice for the command line, not the window's button");
    }
}

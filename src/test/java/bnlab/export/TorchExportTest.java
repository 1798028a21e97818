package bnlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.experiment.Experiment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports experiments covering every feature the script writes, runs each train.py with Debian's
 * PyTorch, and checks that it trains to the app's numbers: the loss of every step, the test loss
 * and accuracy of every evaluation and every final weight, to 1e-9. Not skipped without PyTorch:
 * CI installs it (.ci/run).
 */
class TorchExportTest {
    @TempDir
    Path dir;

    static Map<String, String> cases() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("bn-and-none", """
                "normalization": {"kind": "batch", "placement": "before-activation", "momentum": 0.2, "epsilon": 1e-4},
                "optimizer": {"kind": "momentum", "learningRate": 0.1, "momentum": 0.9, "weightDecay": 0.001},
                "compare": true""");
        c.put("layernorm-adam-digits", """
                "dataset": {"source": "digits", "trainSize": 300, "testSize": 100},
                "normalization": {"kind": "layer", "placement": "before-activation", "momentum": 0.1, "epsilon": 1e-5},
                "optimizer": {"kind": "adam", "learningRate": 0.01}""");
        c.put("groupnorm-after", """
                "normalization": {"kind": "group", "placement": "after-activation", "momentum": 0.1, "epsilon": 1e-5, "groups": 2}""");
        c.put("renorm-warmup", """
                "normalization": {"kind": "batch-renorm", "placement": "before-activation", "momentum": 0.1,
                                  "epsilon": 1e-5, "rmax": 3, "dmax": 5, "renormWarmup": 30},
                "batchSize": 4""");
        c.put("noisy-bn", """
                "normalization": {"kind": "noisy-batch", "placement": "before-activation", "momentum": 0.1, "epsilon": 1e-5},
                "switches": [{"step": 30, "enabled": false}, {"step": 40, "enabled": true}]""");
        c.put("dropout", """
                "network": {"hidden": [12, 8], "activation": "leaky-relu", "init": "he", "initScale": 1.0, "dropout": 0.3},
                "normalization": {"kind": "batch", "placement": "before-activation", "momentum": 0.1, "epsilon": 1e-5}""");
        c.put("clip-warmup-cosine", """
                "optimizer": {"kind": "momentum", "learningRate": 0.5, "momentum": 0.5, "l1": 0.001, "gradientClip": 0.5,
                              "schedule": {"kind": "cosine", "cosineSteps": 30, "minFactor": 0.1,
                                           "warmupSteps": 10, "warmupStartFactor": 0.1}}""");
        c.put("live-switch", """
                "normalization": {"kind": "batch", "placement": "before-activation", "momentum": 0.1, "epsilon": 1e-5},
                "optimizer": {"kind": "momentum", "learningRate": 0.1, "momentum": 0.9,
                              "schedule": {"kind": "step", "stepSize": 25, "gamma": 0.5}},
                "switches": [{"step": 0, "enabled": false}, {"step": 20, "enabled": true}, {"step": 45, "enabled": false}]""");
        c.put("three-variants", """
                "normalization": {"kind": "batch", "placement": "before-activation", "momentum": 0.1, "epsilon": 1e-5},
                "variants": [{"name": "BN, rate 0.3"},
                             {"name": "LN, Adam", "normalization": {"kind": "layer"}, "optimizer": {"kind": "adam", "learningRate": 0.01}},
                             {"name": "none, clipped", "normalization": {"kind": "none"}, "optimizer": {"gradientClip": 0.2}}]""");
        return c;
    }

    @Test
    void everyExportedScriptTrainsToTheAppsNumbers() throws Exception {
        Map<String, Path> exported = new LinkedHashMap<>();
        Map<String, Integer> networks = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : cases().entrySet()) {
            Experiment e = ExportedScripts.small(c.getKey(), c.getValue());
            TorchExport.Result r = ExportedScripts.export(e, dir.resolve(c.getKey()));
            assertTrue(r.notes().isEmpty(), c.getKey() + " exports exactly: " + r.notes());
            exported.put(c.getKey(), r.dir());
            networks.put(c.getKey(), r.networks());
        }
        ExecutorService two = Executors.newFixedThreadPool(2); // the machine's two cores
        try {
            List<Future<String>> outputs = new ArrayList<>();
            for (Path d : exported.values()) outputs.add(two.submit(() -> ExportedScripts.run(d)));
            int i = 0;
            for (Map.Entry<String, Path> c : exported.entrySet()) {
                String out = outputs.get(i++).get();
                int n = networks.get(c.getKey());
                assertEquals("matches BatchNorm Lab to 1e-9 over 60 steps (" + n + (n == 1 ? " network)" : " networks)"),
                        ExportedScripts.lastLine(out), c.getKey() + ":\n" + out);
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aNumberThatDiffersIsNamedWithItsStepNetworkAndBothValues() throws Exception {
        Experiment e = ExportedScripts.small("tampered", "\"compare\": true, "
                + "\"normalization\": {\"kind\": \"batch\", \"placement\": \"before-activation\", \"momentum\": 0.1, \"epsilon\": 1e-5}");
        Path d = ExportedScripts.export(e, dir.resolve("tampered")).dir();
        Path expected = d.resolve("expected.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(expected));
        int row = rows.indexOf(rows.stream().filter(r -> r.startsWith("plain,7,loss,")).findFirst().orElseThrow());
        double app = Double.parseDouble(rows.get(row).split(",")[3]);
        rows.set(row, "plain,7,loss," + (app + 1e-6));
        Files.write(expected, rows);
        String out = ExportedScripts.run(d);
        assertTrue(ExportedScripts.lastLine(out).startsWith("differs from BatchNorm Lab at step 7, network 'plain', loss: PyTorch "
                + app + ", the app " + (app + 1e-6)), out);
    }
}

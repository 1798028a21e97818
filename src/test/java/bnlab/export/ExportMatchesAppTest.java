package bnlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.runner.ExperimentRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * expected.csv holds the app's own numbers: the engine's run inside the export gives, bit for bit,
 * the training loss of every step and the test accuracy of every evaluation that {@code bnlab run}
 * (the app's training threads, with their live statistics) writes, with dropout and switches.
 */
class ExportMatchesAppTest {
    @Test
    void expectedCsvIsWhatTheAppsRunMeasures(@TempDir Path dir) throws Exception {
        Experiment e = ExportedScripts.small("app", """
                "network": {"hidden": [12, 8], "activation": "relu", "init": "he", "initScale": 1.0, "dropout": 0.2},
                "normalization": {"kind": "batch", "placement": "after-activation", "momentum": 0.1, "epsilon": 1e-5},
                "switches": [{"step": 30, "enabled": false}],
                "compare": true""");
        Path export = ExportedScripts.export(e, dir.resolve("export")).dir();
        DatasetSplit data = DatasetLoader.load(e.dataset(), e.seed(), null);
        ExperimentRunner.run(e, data, dir.resolve("run"), null);

        Map<String, String> exported = new HashMap<>(); // "network,step,quantity" -> value
        for (String row : Files.readAllLines(export.resolve("expected.csv"))) {
            int last = row.lastIndexOf(',');
            exported.put(row.substring(0, last), row.substring(last + 1));
        }
        List<String> metrics = Files.readAllLines(dir.resolve("run").resolve("metrics.csv"));
        List<String> header = List.of(metrics.get(0).split(","));
        int compared = 0;
        for (String row : metrics.subList(1, metrics.size())) {
            String[] f = row.split(",");
            String key = f[1] + "," + f[0];
            if (!f[0].equals("0")) {
                assertEquals(Double.parseDouble(exported.get(key + ",loss")), Double.parseDouble(f[header.indexOf("train_loss")]),
                        0.0, "the loss of step " + f[0] + " of " + f[1]);
                compared++;
            }
            String acc = f[header.indexOf("test_acc")];
            if (!acc.isEmpty()) {
                assertEquals(Double.parseDouble(exported.get(key + ",test_accuracy")), Double.parseDouble(acc), 0.0,
                        "the test accuracy at step " + f[0] + " of " + f[1]);
            }
        }
        assertEquals(2 * 60, compared, "every step of both networks");
        assertFalse(Files.exists(dir.resolve(".export.partial")), "no half-written folder is left");

        ExportException again = assertThrows(ExportException.class, () -> ExportedScripts.export(e, export));
        assertTrue(again.getMessage().endsWith("holds an earlier export; choose another folder, or replace it (--force)."),
                again.getMessage());
        Files.writeString(dir.resolve("notes.txt"), "a student's own file");
        ExportException other = assertThrows(ExportException.class,
                () -> TorchExport.export(e, null, dir, true, done -> { }));
        assertTrue(other.getMessage().endsWith("holds other files; choose a new folder for the export."), other.getMessage());
        assertTrue(Files.exists(dir.resolve("notes.txt")), "a folder that is not an export is never replaced");
    }
}

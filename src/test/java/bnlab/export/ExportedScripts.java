package bnlab.export;

import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Exports small experiments and runs their train.py with Debian's PyTorch, for the export tests. */
final class ExportedScripts {
    static final String PYTHON = "/usr/bin/python3";

    private ExportedScripts() {}

    /** A small experiment on 200 generated points; the top-level {@code fields} replace the shared ones. */
    static Experiment small(String name, String fields) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode e = (ObjectNode) json.readTree("""
                {"name": "%s", "seed": 3,
                 "dataset": {"source": "moons", "points": 200, "noise": 0.15, "standardize": true},
                 "network": {"hidden": [12, 8], "activation": "tanh", "init": "xavier", "initScale": 1.0},
                 "optimizer": {"kind": "sgd", "learningRate": 0.3},
                 "batchSize": 16, "steps": 60, "evalEvery": 20, "statsEvery": 20}
                """.formatted(name));
        e.setAll((ObjectNode) json.readTree("{" + fields + "}"));
        return ExperimentJson.read(json.writeValueAsString(e), name);
    }

    static TorchExport.Result export(Experiment e, Path dir) throws Exception {
        return TorchExport.export(e, null, dir, false, done -> { });
    }

    /** What {@code python3 DIR/train.py} printed (stdout and stderr), its last line last. */
    static String run(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(PYTHON, dir.resolve("train.py").toString()))
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("train.py in " + dir + " did not finish in 2 minutes");
        }
        String text = new String(out, StandardCharsets.UTF_8).strip();
        if (text.contains("No module named 'torch'")) {
            throw new AssertionError("PyTorch is missing: apt-get install -y python3-torch (.ci/run installs it)\n" + text);
        }
        return text;
    }

    static String lastLine(String text) {
        String[] lines = text.split("\n");
        return lines[lines.length - 1];
    }
}

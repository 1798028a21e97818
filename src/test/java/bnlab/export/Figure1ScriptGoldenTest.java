package bnlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The train.py of the Figure 1 lesson, reviewed by eye and kept as a golden file: a change to the
 * generated code shows here as a diff to read. After a deliberate change, regenerate it with
 * {@code mvn -o -q test -Dtest=Figure1ScriptGoldenTest -Dbnlab.golden.update=true} and review the diff.
 */
class Figure1ScriptGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/bnlab/export/01-covariate-shift.train.py");

    @Test
    void figure1ScriptIsTheReviewedOne() throws Exception {
        Experiment e = ExperimentJson.read(Path.of("assets/lessons/01-covariate-shift.json"));
        DatasetSplit data = DatasetLoader.load(e.dataset(), e.seed(), null);
        String script = TorchExport.script(e, data);
        if (Boolean.getBoolean("bnlab.golden.update")) Files.writeString(GOLDEN, script, StandardCharsets.UTF_8);
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), script,
                "train.py of lesson 1 changed: review it, then regenerate the golden file (see this class)");
        long lines = script.lines().count();
        assertTrue(lines < 120, "a student reads it in one sitting: " + lines + " lines");
    }

    @Test
    void figure1ScriptHasNoNoise() throws Exception {
        String script = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        for (String unused : new String[] {"lr_scheduler", "clip_grad_norm_", "AppDropout", "BatchRenorm1d",
                "switch_normalization", "weight_decay", "NoisyBatchNorm1d", "last_step", "train.csv", "if \""}) {
            assertTrue(!script.contains(unused), "lesson 1 uses no " + unused + ", so its script has none");
        }
        for (String module : new String[] {"csv", "gzip", "os", "sys"}) {
            assertTrue(script.contains(module + "."), "import " + module + " is used");
        }
    }
}

package bnlab.ui;

import static bnlab.ui.AppTestSupport.onFx;
import static bnlab.ui.AppTestSupport.runFx;
import static bnlab.ui.AppTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.experiment.Experiment;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PyTorch tab on the running app: the network's code, following the edited settings, copyable, in both languages. */
class TorchTabTest {
    @TempDir
    Path dir;
    BnLabApp app;

    @AfterEach
    void stop() throws Exception {
        AppTestSupport.stop(app);
    }

    private String code() {
        return onFx(() -> app.controller().charts().torch().code());
    }

    @Test
    void showsTheNetworkAndFollowsTheSettings() throws Exception {
        app = AppTestSupport.start(dir, AppTestSupport.SPIRAL);
        runFx(() -> app.controller().charts().detailTabs.getSelectionModel().select(app.controller().charts().torchTab));
        waitFor(() -> code().contains("nn.BatchNorm1d(n, momentum=0.1, eps=1e-5)"), 10, "the BN network's code");
        assertTrue(code().contains("layers, n_in = [], 2\n    for n in [12, 12, 12]:"), code());
        assertTrue(code().contains("nn.Linear(n_in, 3)"), "three classes of the spiral:\n" + code());
        assertTrue(code().contains("optimizer = torch.optim.SGD(model.parameters(), lr=0.1)"), code());
        assertTrue(code().contains("loss.backward()"), "the training step:\n" + code());
        assertTrue(code().contains("# batch statistics"), code());

        Experiment layer = onFx(() -> app.model().experiment()).withNormalization(
                new Experiment.NormalizationSection("layer", "before-activation", 0.1, 1e-5));
        runFx(() -> app.view().editedExperimentProperty().set(layer));
        waitFor(() -> code().contains("nn.LayerNorm(n, eps=1e-5)"), 10, "the edited settings' code");
        assertFalse(code().contains("BatchNorm1d"), code());

        runFx(() -> app.controller().charts().torch().copy());
        assertEquals(code(), onFx(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void fileExportAsPyTorchWritesAScriptThatMatchesTheApp() throws Exception {
        app = AppTestSupport.start(dir, AppTestSupport.SPIRAL);
        Experiment e = onFx(() -> app.model().experiment()).withSteps(30);
        Path out = dir.resolve("spiral-pytorch");
        runFx(() -> app.controller().files().exportTorchTo(e, out));
        var task = onFx(() -> app.controller().files().lastExport());
        waitFor(() -> onFx(task::isDone), 60, "the export");
        assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, onFx(task::getState), String.valueOf(onFx(task::getException)));
        Process p = new ProcessBuilder("/usr/bin/python3", out.resolve("train.py").toString()).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        p.waitFor();
        assertTrue(printed.endsWith("matches BatchNorm Lab to 1e-9 over 30 steps (1 network)"), printed);
    }

    @Test
    void itsCommentsAreInTheWindowsLanguage() throws Exception {
        app = AppTestSupport.start(dir, AppTestSupport.SPIRAL, "--lang=zh");
        waitFor(() -> code().contains("nn.BatchNorm1d"), 10, "the code");
        assertTrue(code().contains("# 使用批统计量"), code());
        assertTrue(code().contains("每个隐藏层依次为"), code());
        assertEquals(Locale.SIMPLIFIED_CHINESE, onFx(() -> app.view().languageProperty().get()));
    }
}

package bnlab.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app (headless, Monocle) on a small experiment and waits for conditions. */
final class AppTestSupport {
    private AppTestSupport() {}

    static final String SPIRAL = """
            {"name": "Test spiral", "seed": 2,
             "dataset": {"source": "spiral", "points": 400},
             "network": {"hidden": [12, 12, 12], "activation": "tanh", "init": "xavier", "initScale": 1.0},
             "normalization": {"kind": "batch", "placement": "before-activation", "momentum": 0.1, "epsilon": 1e-5},
             "optimizer": {"kind": "sgd", "learningRate": 0.1, "momentum": 0.0, "weightDecay": 0.0},
             "batchSize": 32, "steps": 1000000, "compare": false, "evalEvery": 50}
            """;

    static BnLabApp start(Path dir, String experimentJson, String... more) throws Exception {
        Path file = dir.resolve("experiment.json");
        Files.writeString(file, experimentJson);
        FxToolkit.registerPrimaryStage();
        String[] args = new String[more.length + 2];
        args[0] = "--experiment=" + file;
        args[1] = "--lang=en";
        System.arraycopy(more, 0, args, 2, more.length);
        BnLabApp app = (BnLabApp) FxToolkit.setupApplication(BnLabApp.class, args);
        waitFor(() -> onFx(() -> app.model().session() != null), 30, "the experiment to load");
        return app;
    }

    static void stop(BnLabApp app) throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    static <T> T onFx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }

    static void runFx(Runnable r) {
        onFx(() -> {
            r.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void waitFor(BooleanSupplier condition, double seconds, String what) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) return;
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e); // never a silent pass
            }
        }
        fail("timed out after " + seconds + " s waiting for " + what);
    }

    static boolean isFxThread() {
        return Platform.isFxApplicationThread();
    }
}

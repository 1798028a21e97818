package bnlab.ui;

import static bnlab.ui.AppTestSupport.onFx;
import static bnlab.ui.AppTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export writes off the JavaFX thread with a progress window, and a failure met again and again shows once. */
class BackgroundWorkTest {
    @TempDir
    Path dir;
    BnLabApp app;

    @BeforeEach
    void start() throws Exception {
        app = AppTestSupport.start(dir, AppTestSupport.SPIRAL);
    }

    @AfterEach
    void stop() throws Exception {
        AppTestSupport.stop(app);
    }

    @Test
    void theExportRunsOffTheJavaFxThreadAndReportsProgress() throws Exception {
        Path file = dir.resolve("metrics.csv");
        CountDownLatch release = new CountDownLatch(1);
        List<Double> shares = new CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        var runs = onFx(() -> app.model().session().snapshots());
        Task<Void> task = onFx(() -> BackgroundExport.start(null, Messages.bundle(java.util.Locale.ROOT), file,
                (f, progress) -> {
                    onFxThread.add(AppTestSupport.isFxThread());
                    try {
                        assertTrue(release.await(30, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        throw new java.io.IOException(e);
                    }
                    CsvExport.writeMetrics(runs, f, share -> {
                        shares.add(share);
                        progress.accept(share);
                    });
                }));
        waitFor(() -> !onFxThread.isEmpty(), 10, "the export to start");
        // The export is blocked; the JavaFX thread still answers, and the progress window shows.
        assertEquals("Writing metrics.csv…", onFx(BackgroundWorkTest::progressHeader));
        release.countDown();
        waitFor(() -> onFx(task::getState) == Worker.State.SUCCEEDED, 30, "the export to finish");
        assertEquals(List.of(false), onFxThread);
        assertEquals(1.0, shares.get(shares.size() - 1));
        assertEquals(1.0, onFx(task::getProgress));
        assertTrue(Files.readAllLines(file).get(1).startsWith("0,bn,,,"));
        waitFor(() -> onFx(BackgroundWorkTest::progressHeader) == null, 10, "the progress window to close");
    }

    @Test
    void theSameFailureMetOnEveryFrameOpensOneDialog() {
        RuntimeException bug = new IllegalStateException("a bug met on every frame");
        for (int i = 0; i < 50; i++) AppTestSupport.runFx(() -> app.failures().uncaught(Thread.currentThread(), bug));
        assertEquals(1, (int) onFx(() -> app.failures().dialogsShown()));
    }

    private static String progressHeader() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                    && p.getHeaderText() != null && p.getHeaderText().startsWith("Writing ")) {
                return p.getHeaderText();
            }
        }
        return null;
    }
}

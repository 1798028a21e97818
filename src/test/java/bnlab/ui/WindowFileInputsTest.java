package bnlab.ui;

import static bnlab.ui.AppTestSupport.onFx;
import static bnlab.ui.AppTestSupport.runFx;
import static bnlab.ui.AppTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * What the window is given to open: a pipe that has no writer yet (the window stays responsive
 * while it waits, and loads what comes), a device, and names of every length (the window stays
 * whole; a name past the limit is refused in a bounded sentence).
 */
class WindowFileInputsTest {
    @TempDir
    Path dir;
    BnLabApp app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = AppTestSupport.start(dir, AppTestSupport.SPIRAL);
    }

    @AfterEach
    void stop() throws Exception {
        for (Window w : Window.getWindows().toArray(Window[]::new)) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane) runFx(() -> ((javafx.stage.Stage) w).close());
        }
        AppTestSupport.stop(app);
    }

    private static String errorText() {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                    && p.getStyleClass().contains(ErrorDialog.STYLE_CLASS) && w.isShowing()) {
                return p.getContent() instanceof Label l ? l.getText() : "";
            }
        }
        return null;
    }

    @Test
    void aPipeIsReadInTheBackgroundWhileTheWindowStaysResponsive() throws Exception {
        Path pipe = bnlab.data.NotAFileTestAccess.fifo(dir.resolve("waiting.json"));
        runFx(() -> app.controller().openExperimentFile(pipe));
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            assertEquals("Test spiral", onFx(() -> app.model().experiment().name()), "the current experiment is kept");
            assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "the FX thread answered while the pipe had no writer");
            robot.sleep(100);
        }
        Files.writeString(pipe, AppTestSupport.SPIRAL.replace("Test spiral", "From the pipe"));
        waitFor(() -> onFx(() -> "From the pipe".equals(app.model().experiment().name())), 20, "the piped experiment");
    }

    @Test
    void aDeviceEndsInABoundedSentence() {
        runFx(() -> app.controller().openExperimentFile(Path.of("/dev/zero")));
        waitFor(() -> onFx(() -> errorText() != null), 10, "an error dialog");
        String shown = onFx(WindowFileInputsTest::errorText);
        assertTrue(shown.startsWith("zero: this file is a device, not a file (/dev/zero)"), shown);
        assertEquals("Test spiral", onFx(() -> app.model().experiment().name()));
    }

    @Test
    void namesOfEveryLengthLeaveTheWindowWhole() throws Exception {
        double chartsWidth = onFx(() -> app.controller().grids().get(0).getWidth());
        for (int length : new int[] {40, 120, 200}) {
            String name = "N".repeat(length);
            Path file = Files.writeString(dir.resolve("n" + length + ".json"), AppTestSupport.SPIRAL.replace("Test spiral", name));
            runFx(() -> app.controller().openExperimentFile(file));
            waitFor(() -> onFx(() -> name.equals(app.model().experiment().name()) && app.model().session() != null), 20,
                    "the experiment named with " + length + " characters");
            robot.sleep(500);
            Label label = robot.lookup(".experiment-label").queryAs(Label.class);
            assertTrue(onFx(label::getWidth) <= 320.5, length + ": the label is clipped, " + onFx(label::getWidth));
            assertEquals(name, onFx(() -> label.getTooltip().getText()), "the whole name on hover");
            assertEquals(chartsWidth, onFx(() -> app.controller().grids().get(0).getWidth()), 1.0, "the charts keep their room");
        }
        Path tooLong = Files.writeString(dir.resolve("long.json"), AppTestSupport.SPIRAL.replace("Test spiral", "L".repeat(20_000)));
        runFx(() -> app.controller().openExperimentFile(tooLong));
        waitFor(() -> onFx(() -> errorText() != null), 10, "an error dialog");
        String shown = onFx(WindowFileInputsTest::errorText);
        assertTrue(shown.contains("name must be at most 200 characters long; got \"LLLL") && shown.contains("(20,000 characters)")
                && shown.length() < 600, shown);
    }
}

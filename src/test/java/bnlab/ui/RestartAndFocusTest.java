package bnlab.ui;

import static bnlab.ui.AppTestSupport.onFx;
import static bnlab.ui.AppTestSupport.runFx;
import static bnlab.ui.AppTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.train.Session;
import bnlab.train.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Nothing trained is thrown away unasked; a reset plays when asked to; the focus view opens and closes by key. */
class RestartAndFocusTest {
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
        AppTestSupport.stop(app);
    }

    private long step() {
        return onFx(() -> app.model().session().snapshots().get(0).step());
    }

    private void trainAndPause() {
        runFx(() -> app.model().play());
        waitFor(() -> step() > 100, 30, "training");
        runFx(() -> app.model().pause());
        waitFor(() -> onFx(() -> app.model().session().snapshots().get(0).state()) == bnlab.train.RunState.PAUSED, 5, "pause");
    }

    private static DialogPane restartDialog() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                    && p.getStyleClass().contains(RestartGuard.STYLE_CLASS)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void compareAfterTrainingAsksFirstAndEscKeepsTheTraining() {
        trainAndPause();
        long trained = step();
        Session before = onFx(() -> app.model().session());
        robot.type(KeyCode.C);
        waitFor(() -> onFx(() -> restartDialog() != null), 5, "the question");
        String header = onFx(() -> restartDialog().getHeaderText());
        assertTrue(header.contains(String.format(java.util.Locale.ENGLISH, "%,d", trained)), header + " names step " + trained);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> onFx(() -> restartDialog() == null), 5, "the dialog to close");
        assertSame(before, onFx(() -> app.model().session()), "the training is kept");
        assertEquals(trained, step());
        assertFalse(onFx(() -> robot.lookup("#compareToggle").queryAs(ToggleButton.class).isSelected()),
                "the toggle is back where it was");

        robot.type(KeyCode.C);
        waitFor(() -> onFx(() -> restartDialog() != null), 5, "the question again");
        runFx(() -> ((javafx.scene.control.Button) restartDialog().lookupButton(restartDialog().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow()))
                .fire());
        waitFor(() -> onFx(() -> app.model().session() != before && app.model().session().runs().size() == 2), 20,
                "the comparison to start");
    }

    @Test
    void nothingIsAskedBeforeTheFirstStep() {
        Session before = onFx(() -> app.model().session());
        robot.type(KeyCode.C);
        waitFor(() -> onFx(() -> app.model().session() != before), 20, "the comparison to start without a question");
        assertEquals(null, onFx(RestartAndFocusTest::restartDialog));
    }

    @Test
    void playPressedWhileAResetBuildsTheNetworksPlaysTheNewOnes() {
        trainAndPause();
        List<TrainingRun> old = onFx(() -> app.model().session().runs());
        runFx(() -> {
            app.controller().toolbar().reset();
            app.model().play(); // at once: the new networks are still being built
        });
        waitFor(() -> onFx(() -> app.model().session().runs() != old), 20, "the new networks");
        waitFor(() -> step() > 20, 20, "the new networks to train");
        assertNotSame(old, onFx(() -> app.model().session().runs()));
        assertTrue(onFx(() -> app.model().playingProperty().get()));
    }

    @Test
    void gridHeadingsFollowTheExperimentLoaded() throws Exception {
        Path bn = dir.resolve("bn.json");
        Files.writeString(bn, AppTestSupport.SPIRAL.replace("\"compare\": false", "\"compare\": true"));
        runFx(() -> app.controller().openExperimentFile(bn));
        waitFor(() -> onFx(() -> app.model().session().runs().size() == 2
                && "With batch norm".equals(app.controller().grids().get(0).heading())), 20, "the BN comparison");
        Path ln = dir.resolve("ln.json");
        Files.writeString(ln, AppTestSupport.SPIRAL.replace("\"compare\": false", "\"compare\": true")
                .replace("\"kind\": \"batch\"", "\"kind\": \"layer\""));
        runFx(() -> app.controller().openExperimentFile(ln));
        waitFor(() -> onFx(() -> "With layer norm".equals(app.controller().grids().get(0).heading())), 20,
                "the heading to follow the LayerNorm comparison");
        assertEquals("Without normalization", onFx(() -> app.controller().grids().get(1).heading()));
    }

    @Test
    void aDigitShowsThatLayerLargeAndEscGoesBack() {
        trainAndPause();
        robot.type(KeyCode.DIGIT2);
        waitFor(() -> onFx(() -> app.controller().focusView().isActive()), 5, "the focus view");
        assertEquals(1, (int) onFx(() -> app.controller().focusView().layer()));
        waitFor(() -> onFx(() -> app.controller().focusView().histogramViews().get(0)[0].getData() != null), 5,
                "layer 2's histograms");
        robot.type(KeyCode.DIGIT9); // the network has 3 layers: nothing happens
        assertEquals(1, (int) onFx(() -> app.controller().focusView().layer()));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> onFx(() -> !app.controller().focusView().isActive()), 5, "back to the grid");
        robot.clickOn(onFx(() -> app.controller().grids().get(0).histogram(2, bnlab.stats.Quantity.GRADIENT)));
        waitFor(() -> onFx(() -> app.controller().focusView().isActive() && app.controller().focusView().layer() == 2), 5,
                "a click on layer 3 opens it");
    }
}

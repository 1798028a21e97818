package bnlab.ui;

import static bnlab.ui.AppTestSupport.onFx;
import static bnlab.ui.AppTestSupport.runFx;
import static bnlab.ui.AppTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.stats.Quantity;
import bnlab.train.RunState;
import bnlab.ui.chart.HistogramData;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The main window, driven as a user would (headless Monocle). */
class MainWindowTest {
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

    private HistogramData firstLayerPreActivation() {
        return onFx(() -> app.controller().grids().get(0).histogram(0, Quantity.PRE_ACTIVATION).getData());
    }

    @Test
    void switchingBatchNormWhileTrainingChangesTheFirstLayersHistogramWithinASecond() {
        // A classroom pace: at full speed γ would move visibly within the second being measured.
        runFx(() -> app.model().setSpeed(30));
        robot.clickOn("#playButton");
        waitFor(() -> step() > 15, 20, "training to run");
        HistogramData before = firstLayerPreActivation();
        assertEquals(1.0, before.std(), 0.05, "BN on: the pre-activation is normalized (batch statistics)");
        ToggleButton sw = robot.lookup("#normSwitch").queryAs(ToggleButton.class);
        assertTrue(sw.isSelected());
        robot.clickOn(sw);
        long clicked = System.nanoTime();
        waitFor(() -> {
            HistogramData now = firstLayerPreActivation();
            return now != null && Math.abs(now.std() - 1.0) > 0.1;
        }, 1.0, "the first layer's histogram to change after switching BN off");
        assertTrue((System.nanoTime() - clicked) / 1e9 <= 1.0);
        assertFalse(onFx(sw::isSelected));
        assertTrue(onFx(() -> sw.getText().contains("OFF")));
        assertTrue(onFx(() -> app.model().session().snapshots().get(0).history().events().stream()
                .anyMatch(e -> e.kind() == bnlab.train.RunEvent.Kind.NORMALIZATION_OFF)));
        robot.clickOn(sw);
        // γ and β were kept while BN was off, so the normalized spread comes back as it was.
        waitFor(() -> Math.abs(firstLayerPreActivation().std() - before.std()) < 0.1, 1.0, "BN back on");
    }

    @Test
    void playPauseStepAndReset() {
        assertEquals(0, step());
        Button play = robot.lookup("#playButton").queryAs(Button.class);
        String playText = onFx(play::getText);
        robot.clickOn(play);
        waitFor(() -> step() > 20, 20, "training after Play");
        assertNotEquals(playText, onFx(play::getText), "the button now offers Pause");
        robot.clickOn(play);
        waitFor(() -> onFx(() -> app.model().session().snapshots().get(0).state()) == RunState.PAUSED, 5, "pause");
        long paused = step();
        robot.sleep(300);
        assertEquals(paused, step(), "no training while paused");
        robot.clickOn("#stepButton");
        waitFor(() -> step() == paused + 1, 5, "one step");
        robot.type(javafx.scene.input.KeyCode.S); // the classroom shortcut
        waitFor(() -> step() == paused + 2, 5, "one more step with S");
        robot.clickOn("#resetButton");
        waitFor(() -> step() == 0, 5, "reset to step 0");
        Label status = robot.lookup("#stepStatus").queryAs(Label.class);
        waitFor(() -> onFx(status::getText).contains("0"), 2, "the status bar to show step 0");
    }

    @Test
    void changingTheLayerCountRebuildsTheGrid() {
        waitFor(() -> onFx(() -> app.controller().grids().get(0).layerCount()) == 3, 5, "3 rows");
        @SuppressWarnings("unchecked")
        Spinner<Integer> layers = robot.lookup("#layersSpinner").queryAs(Spinner.class);
        runFx(() -> layers.getValueFactory().setValue(5));
        Button apply = robot.lookup("#applyButton").queryAs(Button.class);
        runFx(apply::fire); // below the fold of the settings panel at the test window's size
        waitFor(() -> onFx(() -> app.controller().grids().get(0).layerCount()) == 5, 20, "5 rows after applying");
        assertEquals(5, (int) onFx(() -> app.model().experiment().network().hidden().size()));
        assertEquals(5, (int) onFx(() -> app.model().session().snapshots().get(0).history().layerCount()));
    }

    @Test
    void anInvalidExperimentShowsAnErrorAndKeepsTheCurrentOne() throws Exception {
        var before = onFx(() -> app.model().experiment());
        var session = onFx(() -> app.model().session());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"batchSize\": 1, \"normalization\": {\"kind\": \"batch\"}, \"learningRate\": 3}");
        runFx(() -> app.controller().openExperimentFile(bad));
        waitFor(() -> onFx(() -> errorDialog() != null), 5, "an error dialog");
        String shown = onFx(() -> errorDialog().getContent() instanceof Label l ? l.getText() : "");
        assertTrue(shown.contains("bad.json"), shown);
        assertTrue(shown.contains("learningRate is not a known field"), shown);
        assertTrue(shown.contains("previous experiment is still loaded"), shown);
        assertEquals(before, onFx(() -> app.model().experiment()));
        assertTrue(session == onFx(() -> app.model().session()), "the running session is kept");
        runFx(() -> ((javafx.stage.Stage) errorDialog().getScene().getWindow()).close());
    }

    @Test
    void aPausedWindowRedrawsNoChartUntilTrainingMovesOn() {
        robot.clickOn("#playButton");
        waitFor(() -> step() > 20, 20, "training after Play");
        robot.clickOn("#playButton");
        waitFor(() -> onFx(() -> app.model().session().snapshots().get(0).state()) == RunState.PAUSED, 5, "pause");
        robot.sleep(1500); // the last measurements and a round of the slow charts are drawn
        long drawn = onFx(this::chartDraws);
        robot.sleep(1500);
        assertEquals(drawn, (long) onFx(this::chartDraws), "nothing changed, so no chart was redrawn");
        robot.clickOn("#stepButton");
        waitFor(() -> onFx(this::chartDraws) > drawn, 2, "the charts to show the new step");
    }

    @Test
    void aNetworkThatStopsLearningIsNamedInTheStatusBar() throws Exception {
        Path file = dir.resolve("collapse.json");
        Files.writeString(file, """
                {"name": "Collapsing", "seed": 1, "dataset": {"source": "spiral"},
                 "network": {"hidden": [16, 16, 16], "activation": "sigmoid", "init": "gaussian", "initScale": 1.0},
                 "normalization": {"kind": "none"}, "optimizer": {"kind": "sgd", "learningRate": 20},
                 "batchSize": 32, "steps": 100000, "compare": false, "evalEvery": 50}
                """);
        runFx(() -> app.controller().openExperimentFile(file));
        waitFor(() -> onFx(() -> app.model().session() != null && "Collapsing".equals(app.model().experiment().name())
                && app.model().session().snapshots().get(0).step() == 0), 20, "the experiment to load");
        robot.clickOn("#playButton");
        Label state = robot.lookup("#stateStatus").queryAs(Label.class);
        waitFor(() -> onFx(state::getText).startsWith("Not learning since step 50"), 30, "the warning");
        // The bar shows the whole sentence where it fits, else its headline; hover (and a click) the whole.
        String said = onFx(() -> state.getTooltip().getText());
        assertTrue(said.startsWith(onFx(state::getText)) || said.startsWith("Not learning since step 50"), said);
        assertTrue(said.contains("learning rate (20.0) is so high"), said);
        assertTrue(said.contains("add batch normalization"), said);
        assertTrue(onFx(() -> state.getStyleClass().contains("warning")));
        assertFalse(onFx(() -> state.getStyleClass().contains("alarm")), "a warning, not a divergence");
    }

    /** Canvas redraws of every chart in the window so far. */
    private long chartDraws() {
        long sum = 0;
        for (javafx.scene.Node n : robot.lookup(n -> n instanceof bnlab.ui.chart.ChartView).queryAll()) {
            sum += ((bnlab.ui.chart.ChartView) n).getDrawCount();
        }
        return sum;
    }

    private static DialogPane errorDialog() {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                    && p.getStyleClass().contains(ErrorDialog.STYLE_CLASS) && w.isShowing()) {
                return p;
            }
        }
        return null;
    }
}

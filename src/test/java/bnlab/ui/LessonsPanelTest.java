package bnlab.ui;

import static bnlab.ui.AppTestSupport.onFx;
import static bnlab.ui.AppTestSupport.runFx;
import static bnlab.ui.AppTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.lessons.Lesson;
import bnlab.stats.Quantity;
import java.nio.file.Path;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Choosing a lesson loads its experiment, shows its text and highlights the charts it talks about. */
class LessonsPanelTest {
    @TempDir
    Path dir;
    BnLabApp app;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        AppTestSupport.stop(app);
    }

    @Test
    void runningALessonLoadsItsExperimentAndHighlightsItsCharts() throws Exception {
        app = AppTestSupport.start(dir, AppTestSupport.SPIRAL);
        // Lesson 5 (vanishing gradients) points at the gradient histograms.
        Lesson lesson = onFx(() -> app.model().lessons().byId("05-vanishing-gradients").orElseThrow());
        runFx(() -> app.controller().sideTabs.getSelectionModel().select(app.controller().lessonsTab));
        LessonsPanel panel = onFx(() -> (LessonsPanel) app.controller().lessons().lessonsBox.getChildren().get(0));
        runFx(() -> panel.list().getSelectionModel().select(lesson));
        Button run = panel.runButton();
        robot.clickOn(run);
        waitFor(() -> onFx(() -> lesson.equals(app.model().lessonProperty().get())), 60, "the lesson to load");
        assertEquals(lesson.experiment(), onFx(() -> app.model().experiment()));
        waitFor(() -> onFx(() -> app.model().session().snapshots().get(0).step()) > 0, 30, "the lesson to run");
        int layers = lesson.experiment().network().hidden().size();
        waitFor(() -> onFx(() -> app.controller().grids().get(0).layerCount()) == layers, 10, "the lesson's grid");
        assertTrue(onFx(() -> app.controller().grids().get(0).histogram(0, Quantity.GRADIENT).getParent()
                .getStyleClass().contains("highlighted")), "the gradient histograms are outlined");
        assertFalse(onFx(() -> app.controller().grids().get(0).histogram(0, Quantity.ACTIVATION).getParent()
                .getStyleClass().contains("highlighted")), "other columns are not");
        String shown = onFx(() -> robot.lookup(".lesson-title").queryLabeled().getText());
        assertTrue(shown.contains(lesson.title(java.util.Locale.ENGLISH)), shown);

        // Opening another experiment ends the lesson: its highlights go.
        runFx(() -> app.controller().load(BnLabApp.startExperiment().withSteps(10), dir));
        waitFor(() -> onFx(() -> app.model().lessonProperty().get() == null), 10, "the lesson to end");
        waitFor(() -> onFx(() -> !app.controller().grids().get(0).histogram(0, Quantity.GRADIENT).getParent()
                .getStyleClass().contains("highlighted")), 30, "highlights cleared");
    }
}

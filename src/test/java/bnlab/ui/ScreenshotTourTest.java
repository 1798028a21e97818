package bnlab.ui;

import static bnlab.ui.AppTestSupport.onFx;
import static bnlab.ui.AppTestSupport.runFx;
import static bnlab.ui.AppTestSupport.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the screenshots in screenshots/ from the real app, headless:
 * {@code mvn -Pscreenshots test}. Not part of {@code mvn verify} (tagged "screenshots").
 */
@Tag("screenshots")
class ScreenshotTourTest {
    static final Path OUT = Path.of("screenshots");

    @TempDir
    Path dir;
    BnLabApp app;

    @AfterEach
    void stop() throws Exception {
        AppTestSupport.stop(app);
    }

    private static String resource(String name) throws Exception {
        try (var in = ScreenshotTourTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private void trainTo(long steps) {
        runFx(() -> app.model().play());
        waitFor(() -> onFx(() -> app.model().session().snapshots().stream().allMatch(s -> s.step() >= steps)), 300,
                steps + " steps");
        runFx(() -> app.model().pause());
        waitFor(() -> onFx(() -> app.model().session().snapshots().stream()
                .allMatch(s -> s.state() != bnlab.train.RunState.RUNNING)), 10, "pause");
        pause(1500); // let the slower views catch up with the last measurement
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void shoot(String name) throws Exception {
        Files.createDirectories(OUT);
        runFx(() -> {
            try {
                PngExport.write(app.stage().getScene().getRoot(), OUT.resolve(name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * The window as on a 1280×720 projector, the most common in classrooms: the stage at that size and,
     * for presenter mode, the presenter layout (what full screen on such a projector shows).
     */
    private void projector(boolean presenter) {
        runFx(() -> {
            app.stage().setWidth(1280);
            app.stage().setHeight(720);
            app.controller().presenterLayout().apply(presenter);
            app.controller().liveView().invalidate();
        });
        pause(1500);
    }

    private void selectDetailTab(int index) {
        runFx(() -> ((TabPane) app.stage().getScene().lookup("#detailTabs")).getSelectionModel().select(index));
    }

    @Test
    void paperExperimentInCompareMode() throws Exception {
        app = AppTestSupport.start(dir, resource(BnLabApp.START_EXPERIMENT));
        trainTo(1500);
        runFx(() -> app.controller().charts().unitOnlyBox.setSelected(true));
        projector(false);
        shoot("compare-figure1.png");
    }

    @Test
    void spiralWithItsDecisionBoundary() throws Exception {
        app = AppTestSupport.start(dir, AppTestSupport.SPIRAL.replace("\"compare\": false", "\"compare\": true"));
        runFx(() -> app.model().setSpeed(0));
        trainTo(3000);
        selectDetailTab(1);
        projector(false);
        shoot("spiral-decision-boundary.png");
    }

    @Test
    void presenterMode() throws Exception {
        app = AppTestSupport.start(dir, resource(BnLabApp.START_EXPERIMENT));
        trainTo(800);
        projector(true);
        shoot("presenter-mode.png");
    }

    /** Three variants at batch size 2, as lesson 7 compares them: one quantity per network, smoothed curves. */
    @Test
    void threeVariantsOnAProjector() throws Exception {
        app = AppTestSupport.start(dir, WindowLayoutTest.THREE.replace("\"batchSize\": 32", "\"batchSize\": 2")
                .replace("\"Test spiral\"", "\"Spiral at batch size 2\""));
        runFx(() -> app.model().setSpeed(300)); // a class's pace (README): measured often enough for the bands
        trainTo(3000);
        projector(true);
        shoot("three-variants-presenter.png");
        runFx(() -> app.controller().openFocus(0));
        pause(1500);
        shoot("focus-view-presenter.png");
    }

    @Test
    void lessonOneWithItsTextAndHighlights() throws Exception {
        app = AppTestSupport.start(dir, AppTestSupport.SPIRAL);
        var lesson = onFx(() -> app.model().lessons().lessons().get(0));
        runFx(() -> {
            app.controller().sideTabs.getSelectionModel().select(app.controller().lessonsTab);
            app.controller().actions().loadLesson(lesson, false);
        });
        waitFor(() -> onFx(() -> lesson.equals(app.model().lessonProperty().get())), 60, "the lesson to load");
        trainTo(1500);
        shoot("lesson-covariate-shift.png");
    }

    @Test
    void chineseInterface() throws Exception {
        app = AppTestSupport.start(dir, resource(BnLabApp.START_EXPERIMENT));
        runFx(() -> app.showWindow(Messages.CHINESE));
        trainTo(800);
        selectDetailTab(2);
        pause(500);
        shoot("chinese-interface.png");
    }

    @Test
    void insideBatchNormOnLessonTen() throws Exception {
        app = AppTestSupport.start(dir, AppTestSupport.SPIRAL);
        var lesson = onFx(() -> app.model().lessons().byId("10-covariate-shift-revisited").orElseThrow());
        runFx(() -> app.controller().actions().loadLesson(lesson, false));
        waitFor(() -> onFx(() -> lesson.equals(app.model().lessonProperty().get())), 60, "the lesson to load");
        runFx(() -> app.controller().charts().detailTabs.getSelectionModel().select(app.controller().charts().insideTab));
        trainTo(600);
        shoot("inside-bn.png");
    }

    @Test
    void guidedStepWithAQuestionInPresenterMode() throws Exception {
        app = AppTestSupport.start(dir, AppTestSupport.SPIRAL, "--presenter");
        var lesson = onFx(() -> app.model().lessons().byId("14-switch-off").orElseThrow());
        runFx(() -> app.view().guidedLessonProperty().set(lesson));
        GuidedLesson guided = onFx(() -> app.controller().lessons().guided().guided());
        waitFor(() -> onFx(() -> guided.phase() == GuidedLesson.Phase.SETTLED), 300, "step 1 to train to step 1,000");
        runFx(guided::next);
        runFx(() -> guided.predict("b"));
        waitFor(() -> onFx(() -> guided.phase() == GuidedLesson.Phase.SETTLED), 60, "the answer");
        // A 1280x720 projector: the window's content laid out at that size.
        runFx(() -> app.stage().getScene().getRoot().resize(1280, 720));
        pause(2000);
        runFx(() -> app.stage().getScene().getRoot().resize(1280, 720));
        pause(500);
        shoot("guided-question-presenter.png");
        // In presenter mode the toolbar is wider than 1280 pixels; a 1280x720 screen shows the left part.
        Path png = OUT.resolve("guided-question-presenter.png");
        var image = javax.imageio.ImageIO.read(png.toFile());
        javax.imageio.ImageIO.write(image.getSubimage(0, 0, Math.min(1280, image.getWidth()),
                Math.min(720, image.getHeight())), "png", png.toFile());
    }
}

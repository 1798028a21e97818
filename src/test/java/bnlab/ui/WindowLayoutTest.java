package bnlab.ui;

import static bnlab.ui.AppTestSupport.onFx;
import static bnlab.ui.AppTestSupport.runFx;
import static bnlab.ui.AppTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at the common screen sizes, in normal and presenter mode, after some training:
 * every control and chart inside the window, no chart squashed, and no text cut short (in
 * presenter mode not even inside a chart). Headless, so each size is rendered exactly.
 */
class WindowLayoutTest {
    static final int[][] SIZES = {{1024, 768}, {1280, 720}, {1366, 768}, {1920, 1080}};

    @TempDir
    Path dir;
    BnLabApp app;

    @AfterEach
    void stop() throws Exception {
        AppTestSupport.stop(app);
    }

    static final String COMPARE = AppTestSupport.SPIRAL.replace("\"compare\": false", "\"compare\": true");

    @Test
    void aComparisonFitsEverySizeInBothModes() throws Exception {
        app = AppTestSupport.start(dir, COMPARE);
        train(2);
        assertFits(SIZES);
    }

    /**
     * Lesson 5's depth (eight hidden layers) at every size in both modes: the grids scroll rather than
     * squash eight rows of histograms into the window (they once pushed the status bar off screen and
     * left every plot a pixel or two high).
     */
    @Test
    void aDeepComparisonScrollsRatherThanSquashes() throws Exception {
        app = AppTestSupport.start(dir, COMPARE.replace("[12, 12, 12]", "[12, 12, 12, 12, 12, 12, 12, 12]"));
        train(2);
        assertEquals(8, (int) onFx(() -> app.controller().grids().get(0).layerCount()));
        assertFits(SIZES);
    }

    @Test
    void threeRunsFitEverySizeInBothModes() throws Exception {
        app = AppTestSupport.start(dir, THREE);
        train(3);
        List<String> headings = onFx(() -> app.controller().grids().subList(0, 3).stream().map(HistogramGrid::heading).toList());
        assertEquals(List.of("BN", "LN", "no normalization"), headings, "the variants' own names, in the file's order");
        // At 1024×768 too: on a projector the histograms keep a legible plot, beside the settings their width.
        assertFits(SIZES);
        assertTrue(onFx(() -> app.controller().grids().get(0).histogram(0, bnlab.stats.Quantity.ACTIVATION).getParent()
                .isVisible() == false), "three runs: one quantity per grid");
    }

    @Test
    void theFocusViewFitsAProjectorWithThreeRuns() throws Exception {
        app = AppTestSupport.start(dir, THREE);
        train(3);
        runFx(() -> app.controller().openFocus(1));
        assertTrue(onFx(() -> app.controller().focusView().isActive()));
        assertFits(new int[][] {{1024, 768}, {1280, 720}, {1366, 768}});
        assertEquals(3, (int) onFx(() -> app.controller().focusView().histogramViews().size()), "a row per run");
        // The bands span the steps trained, the same for every run (they once spanned only their own, or none).
        long trained = onFx(() -> BandsPanel.stepsTrained(app.model().session().snapshots()));
        long measured = onFx(() -> app.model().session().snapshots().stream().mapToLong(s -> {
            var p = s.history().percentiles(false, 1, bnlab.stats.Quantity.PRE_ACTIVATION);
            return p.size() == 0 ? 0 : (long) p.get(p.size() - 1, 0);
        }).max().orElse(0));
        List<bnlab.ui.chart.ValueRange> spans = onFx(() -> app.controller().focusView().bandViews().stream()
                .map(b -> b.fixedStepRangeProperty().get()).toList());
        assertEquals(3, spans.size());
        for (bnlab.ui.chart.ValueRange r : spans) {
            assertTrue(r != null && r.min() == 0 && r.max() == (measured > 0 ? measured : trained),
                    "bands span 0 to the last measurement of any run (" + measured + "), or to the steps trained (" + trained
                    + ") while only step 0 is measured: " + r);
            assertEquals(spans.get(0), r, "every run's bands over the same steps");
        }
        assertTrue(onFx(() -> app.controller().focusView().histogramViews().get(2)[0].getData() != null),
                "the third run's layer 2 is shown");
    }

    /**
     * The status bar's longest sentences (a divergence's cause and advice) on a projector: the bar
     * shows the headline whole, on at most two lines, and keeps the whole explanation for hover and click.
     */
    @Test
    void aLongStatusSentenceReadsOnAProjector() throws Exception {
        app = AppTestSupport.start(dir, THREE.replace("{\"name\": \"no normalization\", \"normalization\": {\"kind\": \"none\"}}",
                "{\"name\": \"no normalization\", \"normalization\": {\"kind\": \"none\"}, \"optimizer\": {\"learningRate\": 1000}}"));
        waitFor(() -> onFx(() -> app.model().session().runs().size()) == 3, 20, "3 runs");
        runFx(() -> app.model().play());
        waitFor(() -> onFx(() -> app.model().session().snapshots().stream()
                .anyMatch(s -> s.state() == bnlab.train.RunState.DIVERGED || s.stall() != null)), 90,
                "the third network to diverge or stop learning");
        waitFor(() -> onFx(() -> app.model().session().snapshots().get(0).step() > 300), 60, "training");
        runFx(() -> app.model().pause());
        // Three runs: normal mode from 1280 on, as above; the projector at every size (its bar is narrowest at 1024).
        assertFits(SIZES, new boolean[] {true});
        assertFits(new int[][] {{1280, 720}, {1920, 1080}}, new boolean[] {false});
        String full = onFx(() -> app.controller().liveView().status().fullState());
        String shown = onFx(() -> ((javafx.scene.control.Label) app.stage().getScene().lookup("#stateStatus")).getText());
        assertTrue(full.startsWith("no norm") && full.contains("Reset"), "the whole sentence, with its advice: " + full);
        int name = shown.indexOf(": ");
        String what = name < 0 ? "" : shown.substring(name + 2, shown.indexOf(':', name + 2)); // "Not learning since step 50"
        assertTrue(shown.startsWith("no norm") && !what.isEmpty() && full.contains(what),
                "presenter mode shows the sentence's headline: " + shown + " / " + full);
        assertTrue(shown.length() < full.length(), "the cause and advice are a hover or a click away");
    }

    /**
     * The Lessons tab beside the charts on a projector (a teacher choosing the next lesson): the
     * list's titles, the lesson's text and every button read whole in the side panel's width, and the
     * rest of the window as well (histograms tall enough to read, curves, bands and their controls
     * whole and inside the window) at every size.
     */
    @Test
    void theLessonsTabReadsOnAProjector() throws Exception {
        app = AppTestSupport.start(dir, COMPARE);
        train(2);
        openTheLessonsTab();
        // The whole window, not only the panel: the histograms, curves and bands beside it read too.
        assertFits(SIZES, new boolean[] {true});
        assertTrue(onFx(() -> app.controller().lessons().lessonsBox.isVisible() && app.controller().lessons().lessonsBox.getWidth() > 0),
                "the lessons panel is shown in presenter mode");
        LessonsPanel panel = onFx(() -> (LessonsPanel) app.controller().lessons().lessonsBox.getChildren().get(0));
        assertTrue(onFx(() -> panel.guideButton().getText().length() > 10 && panel.list().getItems().size() > 9),
                "the lessons and the guided lesson's button are there to be checked");
    }

    /**
     * Three networks beside the Lessons tab on a projector (lesson 7 shows BN, LN and none): the whole
     * window legible at every size; at 1024×768 the grids' headings a size smaller, so that
     * "normalization" reads whole rather than broken inside the word.
     */
    @Test
    void threeRunsBesideTheLessonsTabReadOnAProjector() throws Exception {
        app = AppTestSupport.start(dir, THREE);
        train(3);
        openTheLessonsTab();
        assertFits(new int[][] {{1280, 720}, {1366, 768}, {1920, 1080}, {1024, 768}}, new boolean[] {true});
        assertTrue(onFx(() -> app.controller().lessons().lessonsBox.isVisible() && app.controller().lessons().lessonsBox.getWidth() > 0),
                "the lessons panel is shown in presenter mode");
        javafx.scene.control.Label heading = onFx(() -> app.controller().grids().get(2).headingLabel());
        javafx.scene.text.Text word = new javafx.scene.text.Text("normalization");
        word.setFont(onFx(heading::getFont));
        assertTrue(word.getLayoutBounds().getWidth() <= onFx(heading::getWidth),
                "\"normalization\" fits its heading at 1024x768, not broken inside the word: " + onFx(heading::getWidth));
    }

    private void openTheLessonsTab() {
        runFx(() -> {
            var side = (javafx.scene.control.TabPane) app.stage().getScene().lookup(".side-tabs");
            side.getTabs().stream().filter(t -> t.getContent() == app.controller().lessons().lessonsBox).findFirst()
                    .ifPresent(t -> side.getSelectionModel().select(t));
        });
    }

    /**
     * Three networks, one of them clipping its gradients (lesson 13), on a projector at every size: the
     * whole window, with the three curve charts' titles and event markers, the three networks' bands
     * without sideways scrolling (where side by side too narrow, they stack) and the histograms.
     */
    @Test
    void threeRunsWithTheGradientNormReadOnAProjector() throws Exception {
        app = AppTestSupport.start(dir, THREE.replace("{\"name\": \"LN\", \"normalization\": {\"kind\": \"layer\"}}",
                "{\"name\": \"LN\", \"normalization\": {\"kind\": \"layer\"}, \"optimizer\": {\"gradientClip\": 1}}"));
        train(3);
        runFx(() -> app.model().setLearningRate(0.05)); // an event marker in every curve chart
        runFx(() -> app.model().play());
        long at = onFx(() -> app.model().session().snapshots().get(0).step());
        waitFor(() -> onFx(() -> app.model().session().snapshots().get(0).step() > at + 200), 60, "more training");
        runFx(() -> app.model().pause());
        assertTrue(onFx(() -> curves().gradientNormShown()), "the gradient norm's chart is shown");
        // 1024×768 last: the bands' arrangement is asserted there below.
        assertFits(new int[][] {{1280, 720}, {1366, 768}, {1920, 1080}, {1024, 768}}, new boolean[] {true});
        assertTrue(onFx(() -> ((BandsPanel) app.stage().getScene().lookup(".bands-panel")).isStacked()),
                "three networks' bands stack on a projector at 1024x768");
        // "no normalization" takes two lines there: the other headings as many, so layer 1 sits beside layer 1.
        List<Double> tops = onFx(() -> app.controller().grids().subList(0, 3).stream().map(g -> {
            var h = g.histogram(0, bnlab.stats.Quantity.PRE_ACTIVATION);
            return h.localToScene(h.getLayoutBounds()).getMinY();
        }).toList());
        assertTrue(onFx(() -> app.controller().grids().get(2).headingLabel().getHeight()
                > 1.5 * app.controller().grids().get(2).headingLabel().getFont().getSize()), "the long name takes two lines");
        assertEquals(tops.get(0), tops.get(2), 0.5, "every network's layer 1 at the same height: " + tops);
        assertEquals(tops.get(0), tops.get(1), 0.5, "every network's layer 1 at the same height: " + tops);
        assertEquals(1L, (long) onFx(() -> curves().lossView().getEvents().stream().filter(e -> e.label().equals("learning rate")).count()),
                "the change landed at one step in all three (lockstep): one marker, not three stacked");
    }

    private CurvesPanel curves() {
        return (CurvesPanel) ((javafx.scene.layout.HBox) app.stage().getScene().lookup("#curvesHolder")).getChildren().get(0);
    }

    /** Batch norm, layer norm and none, as lesson 7 compares them, with the names a file gives them. */
    static final String THREE = AppTestSupport.SPIRAL.replace("\"compare\": false,", """
            "variants": [{"name": "BN"}, {"name": "LN", "normalization": {"kind": "layer"}},
                         {"name": "no normalization", "normalization": {"kind": "none"}}],""");

    private void train(int runs) {
        waitFor(() -> onFx(() -> app.model().session().runs().size()) == runs, 20, runs + " runs");
        runFx(() -> app.model().play());
        waitFor(() -> onFx(() -> app.model().session().snapshots().stream().allMatch(s -> s.step() > 300)), 60, "training");
        runFx(() -> app.model().pause());
    }

    private void assertFits(int[][] sizes) {
        assertFits(sizes, new boolean[] {false, true});
    }

    private void assertFits(int[][] sizes, boolean[] modes) {
        List<String> all = new ArrayList<>();
        for (boolean presenter : modes) {
            for (int[] size : sizes) {
                List<String> found = layoutAt(size[0], size[1], presenter);
                for (String p : found) all.add((presenter ? "presenter " : "normal ") + size[0] + "x" + size[1] + ": " + p);
            }
        }
        all.forEach(System.out::println);
        assertTrue(all.isEmpty(), all.size() + " layout problems:\n" + String.join("\n", all));
    }

    private List<String> layoutAt(int w, int h, boolean presenter) {
        return layoutAt(w, h, presenter, javafx.scene.Scene::getRoot);
    }

    /** The problems found in {@code part} of the window (its root: the whole window) at this size. */
    private List<String> layoutAt(int w, int h, boolean presenter, java.util.function.Function<javafx.scene.Scene, javafx.scene.Parent> part) {
        runFx(() -> {
            Stage stage = app.stage();
            stage.setWidth(w);
            stage.setHeight(h);
            app.controller().presenterLayout().apply(presenter);
            app.controller().liveView().invalidate();
        });
        // The slow charts take turns over a few frames; then every view has drawn at this size.
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return onFx(() -> {
            var scene = app.stage().getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            assertEquals(w, scene.getWidth(), 1, "the window's width");
            assertEquals(h, scene.getHeight(), 1, "the window's height");
            return WindowLayout.problems(part.apply(scene), w, h, presenter);
        });
    }
}

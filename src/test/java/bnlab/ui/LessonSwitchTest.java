package bnlab.ui;

import static bnlab.ui.AppTestSupport.onFx;
import static bnlab.ui.AppTestSupport.runFx;
import static bnlab.ui.AppTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.lessons.Lesson;
import bnlab.stats.Quantity;
import bnlab.train.Session;
import bnlab.ui.chart.HistogramData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Switching from one lesson of three networks to another while training plays (lesson 13 to 11):
 * every histogram then shows the new networks, none keeps the old ones' data.
 */
class LessonSwitchTest {
    @TempDir
    Path dir;
    BnLabApp app;

    @AfterEach
    void stop() throws Exception {
        AppTestSupport.stop(app);
    }

    private Lesson lesson(String id) {
        return onFx(() -> app.model().lessons().lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow());
    }

    private List<HistogramData> shownData() {
        return onFx(() -> {
            List<HistogramData> out = new ArrayList<>();
            for (HistogramGrid g : app.controller().grids().subList(0, app.model().session().runs().size())) {
                for (int l = 0; l < g.layerCount(); l++) {
                    for (Quantity q : HistogramGrid.COLUMNS) out.add(g.histogram(l, q).getData());
                }
            }
            return out;
        });
    }

    @Test
    void histogramsFollowTheNewLessonWhileTrainingPlays() {
        app = start();
        Lesson thirteen = lesson("13-exploding-gradients");
        Lesson eleven = lesson("11-small-batch-remedies");
        runFx(() -> app.controller().actions().loadLesson(thirteen, true));
        waitFor(() -> onFx(() -> thirteen.equals(app.model().lessonProperty().get())
                && app.model().session().runs().size() == 3), 120, "lesson 13");
        waitFor(() -> onFx(() -> app.model().session().snapshots().stream().allMatch(s -> s.step() > 200)), 120, "lesson 13 to train");
        waitFor(() -> shownData().stream().noneMatch(java.util.Objects::isNull), 30, "lesson 13's histograms");
        Set<HistogramData> old = Collections.newSetFromMap(new IdentityHashMap<>());
        old.addAll(shownData());
        Session before = onFx(() -> app.model().session());
        runFx(() -> app.controller().actions().loadLesson(eleven, true)); // while lesson 13 plays
        waitFor(() -> onFx(() -> restartDialog() != null), 10, "the question whether to discard lesson 13's steps");
        runFx(() -> ((javafx.scene.control.Button) restartDialog().lookupButton(restartDialog().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow())).fire());
        waitFor(() -> onFx(() -> app.model().session() != before && eleven.equals(app.model().lessonProperty().get())),
                120, "lesson 11");
        waitFor(() -> onFx(() -> app.model().session().snapshots().stream().allMatch(s -> s.step() > 300)), 120,
                "lesson 11 to train");
        assertTrue(onFx(() -> app.model().playingProperty().get()), "still playing");
        assertEquals(List.of("BN", "Batch Renorm", "GroupNorm"),
                onFx(() -> app.controller().grids().subList(0, 3).stream().map(HistogramGrid::heading).toList()));
        // A few more measurements while it plays; every histogram must have been replaced by then.
        long at = onFx(() -> app.model().session().snapshots().get(0).step());
        waitFor(() -> onFx(() -> app.model().session().snapshots().get(0).step()) > at + 300, 120, "more training");
        List<HistogramData> now = shownData();
        List<String> stale = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) == null || old.contains(now.get(i))) stale.add("grid " + i / 9 + " cell " + i % 9);
        }
        assertTrue(stale.isEmpty(), "still lesson 13's data (or none) while lesson 11 plays: " + stale);
    }

    /**
     * As seen in the window (2026-12-01, Xvfb, 1280×720): lesson 13 played to its end, then lesson 11
     * run; when lesson 11 had finished, layer 2 of every grid and all of GroupNorm's still showed
     * lesson 13's histograms (μ 1.21e54 under "BN"). Every cell must show the final measurement.
     */
    @Test
    void afterTheNewLessonFinishesEveryHistogramIsItsLastMeasurement() throws Exception {
        // As in the window: lesson 13's file opened and played from the command line, then lesson 11 run from the list.
        String file = new String(getClass().getResourceAsStream("/assets/lessons/13-exploding-gradients.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        app = AppTestSupport.start(dir, file, "--play");
        runFx(() -> { app.stage().setWidth(1280); app.stage().setHeight(720); });
        Lesson eleven = lesson("11-small-batch-remedies");
        runFx(() -> {
            app.controller().sideTabs.getSelectionModel().select(app.controller().lessonsTab);
            ((LessonsPanel) app.controller().lessons().lessonsBox.getChildren().get(0)).list().getSelectionModel().select(eleven);
        });
        waitFor(() -> onFx(() -> app.model().session().runs().size() == 3
                && app.model().session().snapshots().stream().allMatch(s -> s.state() == bnlab.train.RunState.FINISHED)),
                180, "lesson 13 to finish");
        waitFor(() -> shownData().stream().noneMatch(java.util.Objects::isNull), 30, "lesson 13's histograms");
        Session before = onFx(() -> app.model().session());
        runFx(() -> app.controller().actions().loadLesson(eleven, true));
        waitFor(() -> onFx(() -> restartDialog() != null), 10, "the question whether to discard lesson 13's steps");
        runFx(() -> ((javafx.scene.control.Button) restartDialog().lookupButton(restartDialog().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow())).fire());
        waitFor(() -> onFx(() -> app.model().session() != before && eleven.equals(app.model().lessonProperty().get())
                && app.model().session().snapshots().stream().allMatch(s -> s.state() == bnlab.train.RunState.FINISHED)),
                180, "lesson 11 to finish");
        org.testfx.util.WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS); // a few frames to draw
        List<String> wrong = onFx(() -> {
            List<String> out = new ArrayList<>();
            var runs = app.model().session().snapshots();
            for (int r = 0; r < runs.size(); r++) {
                var f = runs.get(r).stats();
                var layers = f.hasTrainingMode() ? f.training() : f.inference();
                HistogramGrid g = app.controller().grids().get(r);
                for (int l = 0; l < layers.size(); l++) {
                    for (Quantity q : HistogramGrid.COLUMNS) {
                        HistogramData d = g.histogram(l, q).getData();
                        double mean = layers.get(l).get(q).mean();
                        if (d == null || Double.compare(d.mean(), mean) != 0) {
                            out.add(runs.get(r).name() + " layer " + (l + 1) + " " + q.id() + ": shows μ "
                                    + (d == null ? "nothing" : d.mean()) + ", measured " + mean);
                        }
                    }
                }
            }
            return out;
        });
        assertTrue(wrong.isEmpty(), "histograms not showing lesson 11's last measurement: " + wrong);
    }

    private BnLabApp start() {
        try {
            return AppTestSupport.start(dir, AppTestSupport.SPIRAL);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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
}

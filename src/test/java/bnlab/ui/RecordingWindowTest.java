package bnlab.ui;

import static bnlab.ui.AppTestSupport.onFx;
import static bnlab.ui.AppTestSupport.runFx;
import static bnlab.ui.AppTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.*;

import bnlab.ui.chart.ChartView;
import bnlab.ui.chart.HistogramView;
import bnlab.ui.record.GifReading;
import bnlab.ui.record.Recording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Record (a GIF of the charts while training), Copy chart as image, and the window's icons (headless Monocle). */
class RecordingWindowTest {
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

    private long step() {
        return onFx(() -> app.model().session().snapshots().get(0).step());
    }

    private Label indicator() {
        return onFx(() -> (Label) app.stage().getScene().lookup("#recordIndicator"));
    }

    @Test
    void recordsTheChartAreaAsALoopingGifWhileTrainingGoesOn() throws Exception {
        runFx(() -> app.model().setSpeed(200));
        runFx(() -> app.model().play());
        waitFor(() -> step() > 5, 20, "training to run");
        Path file = dir.resolve("run.gif");
        AtomicReference<Recording.Result> result = new AtomicReference<>();
        Node center = onFx(() -> app.controller().root.getCenter());
        Bounds size = onFx(center::getLayoutBounds);
        // Where the histogram grid is inside the recorded picture.
        Bounds grid = onFx(() -> {
            Node networks = app.stage().getScene().lookup("#networksBox");
            return center.sceneToLocal(networks.localToScene(networks.getLayoutBounds()));
        });
        Label indicator = indicator();
        Button button = onFx(() -> (Button) app.stage().getScene().lookup("#recordButton"));
        String during = onFx(() -> {
            app.controller().recorder().start(file, 1.5, (r, e) -> result.set(r));
            return indicator.isVisible() + " " + indicator.getStyleClass().contains("recording") + " "
                    + indicator.getText() + " | " + button.getText();
        });
        assertEquals("true true ● REC 0:00 | ■ Stop 0:00", during,
                "a visible indicator with the elapsed time while recording");

        waitFor(() -> result.get() != null, 30, "the recording to finish by itself");
        Recording.Result r = result.get();
        assertEquals(15, r.frames() + r.dropped(), "1.5 s at 10 frames/s, captured or dropped");
        GifReading gif = GifReading.read(file);
        assertEquals((int) Math.ceil(size.getWidth()), gif.width, "the chart area's own pixel size");
        assertEquals((int) Math.ceil(size.getHeight()), gif.height);
        assertEquals(r.frames(), gif.frames.size());
        assertTrue(gif.loopsForever);
        assertTrue(r.frames() >= 2, r.toString());
        int[] first = gif.frames.get(0);
        int[] last = gif.frames.get(gif.frames.size() - 1);
        int moved = 0;
        for (int y = (int) grid.getMinY(); y < (int) grid.getMaxY(); y++) {
            for (int x = (int) grid.getMinX(); x < (int) grid.getMaxX(); x++) {
                if (first[y * gif.width + x] != last[y * gif.width + x]) moved++;
            }
        }
        assertTrue(moved > 100, "the histograms moved between the first and the last frame: " + moved + " pixels");
        assertTrue(onFx(() -> indicator.getText().startsWith("Saved run.gif: " + r.frames() + " frames")),
                onFx(indicator::getText));
        assertEquals("● Rec", onFx(button::getText));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".part")).count());
        }
    }

    @Test
    void stoppingFinishesTheFile() throws Exception {
        Path file = dir.resolve("stopped.gif");
        AtomicReference<Recording.Result> result = new AtomicReference<>();
        runFx(() -> app.controller().recorder().start(file, Recording.MAX_SECONDS, (r, e) -> result.set(r)));
        waitFor(() -> onFx(() -> indicator().getText().startsWith("● REC 0:01")), 10, "a second of recording");
        assertFalse(Files.exists(file), "nothing at the target until the recording is complete");
        runFx(() -> app.controller().toolbar().toggleRecording());
        waitFor(() -> result.get() != null, 30, "the file to be finished");
        GifReading gif = GifReading.read(file);
        assertEquals(result.get().frames(), gif.frames.size());
        assertTrue(gif.frames.size() >= 2 && gif.frames.size() < 60, "stopped after about a second: " + gif.frames.size());
    }

    @Test
    void aRecordingThatCannotBeWrittenSaysSoInADialog() {
        Path file = dir.resolve("no-such-folder").resolve("x.gif");
        AtomicReference<Throwable> error = new AtomicReference<>();
        runFx(() -> app.controller().recorder().start(file, 0.3, (r, e) -> error.set(e)));
        waitFor(() -> error.get() != null, 30, "the failure to be reported");
        waitFor(() -> onFx(() -> Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane d
                && d.getHeaderText().equals("The recording could not be saved"))), 5, "the dialog");
        assertFalse(onFx(() -> indicator().isVisible()), "no indicator once it failed");
    }

    @Test
    void rightClickOnAChartCopiesItToTheClipboardAsAnImage() {
        waitFor(() -> onFx(() -> app.stage().getScene().getRoot().lookupAll(".chart-view").size()
                + app.controller().grids().get(0).lookupAll("*").stream().filter(n -> n instanceof HistogramView).count() > 0),
                10, "charts");
        HistogramView chart = onFx(() -> (HistogramView) app.controller().grids().get(0).lookupAll("*").stream()
                .filter(n -> n instanceof HistogramView && n.isVisible()).findFirst().orElseThrow());
        runFx(() -> {
            Point2D screen = chart.localToScreen(20, 20);
            Event.fireEvent(chart, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 20,
                    screen.getX(), screen.getY(), false, new PickResult(chart, 20, 20)));
        });
        ContextMenu menu = onFx(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).findFirst().orElseThrow());
        assertEquals("Copy chart as image", onFx(() -> menu.getItems().get(0).getText()));
        runFx(() -> Clipboard.getSystemClipboard().clear());
        runFx(() -> menu.getItems().get(0).fire());
        Image image = onFx(() -> Clipboard.getSystemClipboard().getImage());
        assertNotNull(image, "an image on the clipboard");
        assertEquals(Math.ceil(onFx(() -> chart.getLayoutBounds().getWidth())), image.getWidth(), 1);
        assertEquals(Math.ceil(onFx(() -> chart.getLayoutBounds().getHeight())), image.getHeight(), 1);
        assertTrue(ChartView.class.isAssignableFrom(chart.getClass()));
    }

    @Test
    void theWindowHasTheIconAtSeveralSizes() {
        var sizes = onFx(() -> app.stage().getIcons().stream().map(i -> (int) i.getWidth()).toList());
        assertEquals(java.util.List.of(16, 24, 32, 48, 64, 128, 256), sizes);
    }
}

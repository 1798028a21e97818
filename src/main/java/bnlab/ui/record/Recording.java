package bnlab.ui.record;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * Records what a node shows as a looping animated GIF, {@value #FRAMES_PER_SECOND} frames a
 * second, at the node's own pixel size (as it was when recording started), for at most a given
 * number of seconds. Snapshots are taken on the JavaFX thread (the only place they can be taken);
 * encoding runs on its own thread ({@link GifEncoder}). When encoding falls behind, or snapshots
 * get expensive (a busy machine), frames are dropped rather than the window stalled, and the next
 * frame's delay covers the gap, so the GIF still plays in real time. Use on the JavaFX thread.
 */
public final class Recording {
    public static final int FRAMES_PER_SECOND = 10;
    /** The longest recording: two minutes is a long slide, and a few megabytes of GIF. */
    public static final double MAX_SECONDS = 120;
    /** Frames that may wait for encoding at once (each is width × height × 4 bytes): a second's worth,
     *  for the encoder's first, slow (not yet compiled) frames and for a busy machine. */
    private static final int BUFFERS = FRAMES_PER_SECOND;
    /**
     * At most this share of the JavaFX thread's time goes to snapshots: a snapshot renders the whole
     * chart area again (a few milliseconds on an idle machine, 50 or more on a busy one), and the
     * window must stay responsive. A frame whose turn comes sooner is dropped.
     */
    private static final double SNAPSHOT_SHARE = 0.25;

    /** What a finished recording produced: its file, frames written and dropped, picture size, file size. */
    public record Result(Path file, int frames, int dropped, int width, int height, long bytes) {}

    private final Node node;
    private final GifEncoder encoder;
    private final int maxFrames;
    private final WritableImage image;
    private final SnapshotParameters parameters = new SnapshotParameters();
    private final Timeline timeline;
    private final ReadOnlyDoubleWrapper elapsed = new ReadOnlyDoubleWrapper(0);
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private long startNanos;
    private long nextSnapshotNanos;
    private int ticks;
    private int dropped;
    private boolean stopped;

    private Recording(Node node, Path file, double seconds) {
        this.node = node;
        Bounds b = node.getLayoutBounds();
        int width = Math.max(1, (int) Math.ceil(b.getWidth()));
        int height = Math.max(1, (int) Math.ceil(b.getHeight()));
        maxFrames = (int) Math.round(Math.min(seconds, MAX_SECONDS) * FRAMES_PER_SECOND);
        image = new WritableImage(width, height);
        parameters.setFill(Color.WHITE);
        encoder = new GifEncoder(file, width, height, BUFFERS, 100 / FRAMES_PER_SECOND);
        timeline = new Timeline(new KeyFrame(Duration.millis(1000.0 / FRAMES_PER_SECOND), e -> tick()));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    /**
     * Starts recording {@code node} into {@code file} for {@code seconds} (at most
     * {@link #MAX_SECONDS}); it stops by itself then, or at {@link #stop()}.
     */
    public static Recording start(Node node, Path file, double seconds) {
        if (!(seconds > 0)) throw new IllegalArgumentException("seconds must be positive: " + seconds);
        Recording r = new Recording(node, file, seconds);
        r.startNanos = System.nanoTime();
        r.tick();
        r.timeline.play();
        return r;
    }

    /** Stops capturing; the file is completed in the background ({@link #result()}). Idempotent. */
    public void stop() {
        if (stopped) return;
        stopped = true;
        timeline.stop();
        encoder.finish().whenComplete((r, e) -> {
            if (e != null) result.completeExceptionally(e);
            else result.complete(new Result(r.file(), r.frames(), dropped, encoder.width(), encoder.height(), r.bytes()));
        });
    }

    /** Completes (on the encoder's thread) when the file is written, or with why it could not be. */
    public CompletableFuture<Result> result() {
        return result;
    }

    /** Seconds since recording started (updated every frame). */
    public ReadOnlyDoubleProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public boolean isStopped() {
        return stopped;
    }

    /** Frames captured or dropped so far; recording ends at {@code seconds × FRAMES_PER_SECOND}. */
    public int ticks() {
        return ticks;
    }

    public int width() {
        return encoder.width();
    }

    public int height() {
        return encoder.height();
    }

    private void tick() {
        if (stopped) return;
        if (encoder.done().isDone()) { // it failed (a full disk, say): stop and report
            stop();
            return;
        }
        long now = System.nanoTime();
        elapsed.set((now - startNanos) / 1e9);
        ticks++;
        int[] buffer = now >= nextSnapshotNanos ? encoder.borrow() : null;
        if (buffer == null) {
            dropped++;
        } else {
            node.snapshot(parameters, image);
            image.getPixelReader().getPixels(0, 0, encoder.width(), encoder.height(), PixelFormat.getIntArgbInstance(),
                    buffer, 0, encoder.width());
            encoder.submit(buffer, now);
            // Half a frame's slack: the timeline's ticks jitter by a pulse or two.
            nextSnapshotNanos = now + (long) ((System.nanoTime() - now) / SNAPSHOT_SHARE) - 500_000_000L / FRAMES_PER_SECOND;
        }
        if (ticks >= maxFrames) stop();
    }
}

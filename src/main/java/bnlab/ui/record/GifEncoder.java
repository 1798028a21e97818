package bnlab.ui.record;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Turns captured frames into a GIF on a thread of its own, so that capturing never waits for
 * encoding. Frames travel in a fixed number of pixel buffers: the capturing side borrows one,
 * fills it and submits it; when none is free (encoding has fallen behind) it drops that frame
 * instead of waiting. Each frame is written as the rectangle that changed since the previous one,
 * unchanged pixels inside it transparent, which keeps a chart recording small. The file is written
 * under a temporary name beside the target and renamed when complete: the target is either the
 * whole recording or untouched.
 */
final class GifEncoder {
    /** What a finished recording produced. */
    record Result(Path file, int frames, long bytes) {}

    private record Frame(int[] argb, long nanos) {}

    private static final Frame END = new Frame(null, 0);

    private final Path target;
    private final Path temporary;
    private final int width;
    private final int height;
    private final BlockingQueue<int[]> free;
    private final BlockingQueue<Frame> queue = new LinkedBlockingQueue<>();
    private final CompletableFuture<Result> done = new CompletableFuture<>();
    private final int nominalCentiseconds;

    // Encoder-thread state.
    private int[] previous;
    private int[] changed;
    private GifFile gif;
    private byte[] pending;
    private int[] pendingRect;
    private GifPalette pendingPalette;
    private long firstNanos;
    private int writtenCentiseconds;
    private int frames;

    /**
     * @param buffers             how many frames may wait for encoding at once (the bound on memory)
     * @param nominalCentiseconds how long the last frame shows (the capture interval)
     */
    GifEncoder(Path target, int width, int height, int buffers, int nominalCentiseconds) {
        this.target = target.toAbsolutePath();
        this.temporary = this.target.resolveSibling("." + this.target.getFileName() + ".part");
        this.width = width;
        this.height = height;
        this.nominalCentiseconds = nominalCentiseconds;
        free = new ArrayBlockingQueue<>(buffers);
        for (int i = 0; i < buffers; i++) free.add(new int[width * height]);
        Thread thread = new Thread(this::run, "gif-encoder");
        thread.setDaemon(true);
        thread.start();
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** A buffer of width × height ARGB pixels to fill, or null if encoding is behind (drop the frame). */
    int[] borrow() {
        return done.isDone() ? null : free.poll();
    }

    /** Hands a filled buffer (from {@link #borrow}) to the encoder; never blocks. */
    void submit(int[] argb, long nanos) {
        queue.add(new Frame(argb, nanos));
    }

    /** No more frames: the file is completed and renamed; the future tells when, or why not. */
    CompletableFuture<Result> finish() {
        queue.add(END);
        return done;
    }

    CompletableFuture<Result> done() {
        return done;
    }

    private void run() {
        try {
            while (true) {
                Frame f = queue.take();
                if (f == END) break;
                try {
                    encode(f);
                } finally {
                    free.add(f.argb());
                }
            }
            if (gif == null) throw new IOException("no frame was captured");
            writePending(nominalCentiseconds);
            gif.close();
            gif = null;
            move();
            done.complete(new Result(target, frames, Files.size(target)));
        } catch (IOException | RuntimeException e) {
            fail(e);
        } catch (InterruptedException e) {
            fail(e);
            Thread.currentThread().interrupt();
        }
    }

    private void encode(Frame f) throws IOException {
        int[] px = f.argb();
        if (gif == null) {
            Files.deleteIfExists(temporary);
            gif = new GifFile(temporary);
            previous = new int[width * height];
            changed = new int[width * height];
            pending = new byte[width * height];
            firstNanos = f.nanos();
            pendingRect = new int[] {0, 0, width, height};
            pendingPalette = GifPalette.of(px, px.length);
            for (int i = 0; i < px.length; i++) pending[i] = (byte) pendingPalette.indexOf(px[i]);
        } else {
            // The previous frame shows until this one arrives.
            int until = (int) Math.round((f.nanos() - firstNanos) / 1e7);
            writePending(until - writtenCentiseconds);
            changedRectangle(px);
        }
        System.arraycopy(px, 0, previous, 0, px.length);
    }

    /** Encodes the rectangle of {@code px} that differs from the previous frame into {@code pending}. */
    private void changedRectangle(int[] px) {
        int minX = width, minY = height, maxX = -1, maxY = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (px[row + x] != previous[row + x]) {
                    if (x < minX) minX = x;
                    if (x > maxX) maxX = x;
                    if (y < minY) minY = y;
                    maxY = y;
                }
            }
        }
        if (maxX < 0) { // nothing moved: one transparent pixel keeps the frame (and its time)
            pendingRect = new int[] {0, 0, 1, 1};
            pending[0] = (byte) GifPalette.TRANSPARENT;
            pendingPalette = GifPalette.of(px, 1);
            return;
        }
        int w = maxX - minX + 1;
        int h = maxY - minY + 1;
        int n = 0;
        for (int y = minY; y <= maxY; y++) {
            int row = y * width;
            for (int x = minX; x <= maxX; x++) {
                if (px[row + x] != previous[row + x]) changed[n++] = px[row + x];
            }
        }
        GifPalette palette = GifPalette.of(changed, n);
        int k = 0;
        for (int y = minY; y <= maxY; y++) {
            int row = y * width;
            for (int x = minX; x <= maxX; x++) {
                int p = px[row + x];
                pending[k++] = (byte) (p == previous[row + x] ? GifPalette.TRANSPARENT : palette.indexOf(p));
            }
        }
        pendingPalette = palette;
        pendingRect = new int[] {minX, minY, w, h};
    }

    private void writePending(int centiseconds) throws IOException {
        int delay = Math.max(1, centiseconds);
        gif.write(pending, pendingPalette, pendingRect[0], pendingRect[1], pendingRect[2], pendingRect[3], delay);
        writtenCentiseconds += delay;
        frames++;
    }

    private void move() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void fail(Exception e) {
        try {
            if (gif != null) gif.close();
        } catch (IOException ignored) {
            // the write failure is the one to report
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // nothing more can be done about a half-written temporary file
        }
        done.completeExceptionally(e);
        // Frames still queued go back, so a capturing side that keeps trying gets nulls, not a hang.
        queue.clear();
    }
}

package bnlab.ui.record;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GIF encoder writes a looping GIF that shows exactly the frames it was given, atomically. */
class GifEncoderTest {
    private static final int W = 64;
    private static final int H = 40;
    private static final int[] COLOURS = {0xFFFFFFFF, 0xFF0072B2, 0xFFE69F00, 0xFF009E73, 0xFF000000};

    /** Frame k: white, with a bar of height 3k (a histogram bar growing), a moving dot, and a fixed axis. */
    private static int[] frame(int k) {
        int[] px = new int[W * H];
        java.util.Arrays.fill(px, COLOURS[0]);
        for (int x = 0; x < W; x++) px[(H - 1) * W + x] = COLOURS[4];
        for (int y = H - 1 - 3 * k; y < H - 1; y++) for (int x = 10; x < 20; x++) px[y * W + x] = COLOURS[1 + k % 3];
        px[5 * W + 30 + k] = COLOURS[2];
        return px;
    }

    private static GifEncoder.Result encode(Path file, int frames, long intervalNanos) throws Exception {
        GifEncoder e = new GifEncoder(file, W, H, 2, 10);
        for (int k = 0; k < frames; k++) {
            int[] buf = null;
            while (buf == null && !e.done().isDone()) buf = e.borrow(); // a test may wait; the app drops the frame
            if (buf == null) break; // it failed
            System.arraycopy(frame(k), 0, buf, 0, buf.length);
            e.submit(buf, k * intervalNanos);
        }
        return e.finish().get(30, TimeUnit.SECONDS);
    }

    @Test
    void showsEveryFrameExactlyAndLoops() throws Exception {
        Path file = Files.createTempDirectory("gif").resolve("run.gif");
        GifEncoder.Result r = encode(file, 12, 100_000_000L);
        assertEquals(12, r.frames());
        assertEquals(Files.size(file), r.bytes());
        GifReading gif = GifReading.read(file);
        assertEquals(W, gif.width);
        assertEquals(H, gif.height);
        assertTrue(gif.loopsForever, "NETSCAPE2.0 extension with loop count 0");
        assertEquals(12, gif.frames.size());
        for (int k = 0; k < 12; k++) assertArrayEquals(frame(k), gif.frames.get(k), "frame " + k);
        assertTrue(gif.delays.stream().allMatch(d -> d == 10), "10 frames a second: " + gif.delays);
    }

    @Test
    void aGapInTheFramesLengthensTheDelaySoPlaybackKeepsRealTime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gap.gif");
        GifEncoder e = new GifEncoder(file, W, H, 2, 10);
        long[] at = {0, 100, 200, 500, 600}; // milliseconds: frames at 300 and 400 were dropped
        for (int k = 0; k < at.length; k++) {
            int[] buf = null;
            while (buf == null) buf = e.borrow();
            System.arraycopy(frame(k), 0, buf, 0, buf.length);
            e.submit(buf, at[k] * 1_000_000L);
        }
        e.finish().get(30, TimeUnit.SECONDS);
        assertEquals(java.util.List.of(10, 10, 30, 10, 10), GifReading.read(file).delays);
    }

    @Test
    void anUnchangedFrameIsKeptAsAFrame(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("still.gif");
        GifEncoder e = new GifEncoder(file, W, H, 2, 10);
        for (int k = 0; k < 3; k++) {
            int[] buf = null;
            while (buf == null) buf = e.borrow();
            System.arraycopy(frame(0), 0, buf, 0, buf.length);
            e.submit(buf, k * 100_000_000L);
        }
        e.finish().get(30, TimeUnit.SECONDS);
        GifReading gif = GifReading.read(file);
        assertEquals(3, gif.frames.size());
        for (int[] f : gif.frames) assertArrayEquals(frame(0), f);
    }

    @Test
    void moreThan255ColoursMapToTheNearest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("many.gif");
        GifEncoder e = new GifEncoder(file, W, H, 1, 10);
        int[] buf = e.borrow();
        for (int i = 0; i < buf.length; i++) buf[i] = 0xFF000000 | ((i * 997) & 0xFFFFFF);
        int[] original = buf.clone();
        e.submit(buf, 0);
        e.finish().get(30, TimeUnit.SECONDS);
        int[] shown = GifReading.read(file).frames.get(0);
        double error = 0;
        for (int i = 0; i < shown.length; i++) {
            for (int s = 0; s < 24; s += 8) error += Math.abs(((shown[i] >> s) & 0xFF) - ((original[i] >> s) & 0xFF));
        }
        // 2,560 distinct colours in 255 entries: close, not exact.
        assertTrue(error / (3.0 * shown.length) < 40, "mean channel error " + error / (3.0 * shown.length));
    }

    @Test
    void aFailedWriteLeavesNeitherTargetNorTemporaryFile(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("run.gif");
        ExecutionException ex = assertThrows(ExecutionException.class, () -> encode(missing, 3, 100_000_000L));
        assertNotNull(ex.getCause().getMessage());
        assertFalse(Files.exists(missing));
        assertFalse(Files.exists(dir.resolve("no-such-folder")));
    }

    @Test
    void theTargetIsReplacedOnlyWhenTheRecordingIsComplete(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.gif");
        Files.writeString(file, "an older recording");
        GifEncoder e = new GifEncoder(file, W, H, 2, 10);
        int[] buf = e.borrow();
        System.arraycopy(frame(1), 0, buf, 0, buf.length);
        e.submit(buf, 0);
        // Written so far only under the temporary name.
        assertEquals("an older recording", Files.readString(file));
        e.finish().get(30, TimeUnit.SECONDS);
        assertEquals(1, GifReading.read(file).frames.size());
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void noFrameNoFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.gif");
        GifEncoder e = new GifEncoder(file, W, H, 2, 10);
        assertThrows(ExecutionException.class, () -> e.finish().get(30, TimeUnit.SECONDS));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}

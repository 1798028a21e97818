package bnlab.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable, memory-bounded series of fixed-width points (e.g. step, loss, accuracy). Appending
 * returns a new series that shares every full chunk with the old one, so the training thread can
 * publish a fresh snapshot many times a second without copying the whole history. When it grows
 * past {@code capacity}, the older half is thinned to every other point: recent history keeps
 * full resolution, an hour-long run stays bounded.
 */
public final class Series {
    private static final int CHUNK = 128;

    private final int width;
    private final int capacity;
    private final List<double[]> chunks; // each full: CHUNK * width values; never mutated
    private final double[] tail;         // partly filled chunk; never mutated after construction
    private final int tailPoints;

    private Series(int width, int capacity, List<double[]> chunks, double[] tail, int tailPoints) {
        this.width = width;
        this.capacity = capacity;
        this.chunks = chunks;
        this.tail = tail;
        this.tailPoints = tailPoints;
    }

    /** An empty series of points with {@code width} values each, keeping at most about {@code capacity} points. */
    public static Series empty(int width, int capacity) {
        if (width < 1 || capacity < 4 * CHUNK) throw new IllegalArgumentException("bad series shape");
        return new Series(width, capacity, List.of(), new double[0], 0);
    }

    public int width() {
        return width;
    }

    public int size() {
        return chunks.size() * CHUNK + tailPoints;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** Value {@code field} of point {@code i}. */
    public double get(int i, int field) {
        int c = i / CHUNK;
        int o = (i % CHUNK) * width + field;
        return c < chunks.size() ? chunks.get(c)[o] : tail[o];
    }

    /** The last point's value {@code field}, or NaN if empty. */
    public double last(int field) {
        int n = size();
        return n == 0 ? Double.NaN : get(n - 1, field);
    }

    public Series append(double... point) {
        return appendAll(point, 1);
    }

    /** Appends {@code count} points stored one after another in {@code points}. */
    public Series appendAll(double[] points, int count) {
        if (count == 0) return this;
        if (points.length < count * width) throw new IllegalArgumentException("not enough values");
        List<double[]> newChunks = chunks;
        double[] newTail = tail;
        int newTailPoints = tailPoints;
        boolean chunksCopied = false;
        int consumed = 0;
        while (consumed < count) {
            int room = CHUNK - newTailPoints;
            int take = Math.min(room, count - consumed);
            double[] t = new double[(newTailPoints + take) * width];
            System.arraycopy(newTail, 0, t, 0, newTailPoints * width);
            System.arraycopy(points, consumed * width, t, newTailPoints * width, take * width);
            newTail = t;
            newTailPoints += take;
            consumed += take;
            if (newTailPoints == CHUNK) {
                if (!chunksCopied) {
                    newChunks = new ArrayList<>(chunks);
                    chunksCopied = true;
                }
                newChunks.add(newTail);
                newTail = new double[0];
                newTailPoints = 0;
            }
        }
        List<double[]> frozen = chunksCopied ? Collections.unmodifiableList(newChunks) : newChunks;
        Series s = new Series(width, capacity, frozen, newTail, newTailPoints);
        return s.size() > capacity ? s.thinned() : s;
    }

    /** Keeps every other point of the older half and all of the recent half. */
    private Series thinned() {
        int n = size();
        int half = n / 2;
        int kept = (half + 1) / 2 + (n - half);
        double[] all = new double[kept * width];
        int o = 0;
        for (int i = 0; i < n; i++) {
            if (i < half && (i % 2) != 0) continue;
            for (int f = 0; f < width; f++) all[o++] = get(i, f);
        }
        return empty(width, capacity).appendAllUnbounded(all, kept);
    }

    private Series appendAllUnbounded(double[] points, int count) {
        List<double[]> newChunks = new ArrayList<>();
        int full = count / CHUNK;
        for (int c = 0; c < full; c++) {
            double[] chunk = new double[CHUNK * width];
            System.arraycopy(points, c * CHUNK * width, chunk, 0, chunk.length);
            newChunks.add(chunk);
        }
        int rest = count - full * CHUNK;
        double[] t = new double[rest * width];
        System.arraycopy(points, full * CHUNK * width, t, 0, t.length);
        return new Series(width, capacity, Collections.unmodifiableList(newChunks), t, rest);
    }
}

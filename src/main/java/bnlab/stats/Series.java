package bnlab.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable, memory-bounded series of fixed-width points (e.g. step, loss, accuracy). Appending
 * returns a new series that shares every full chunk with the old one, so the training thread can
 * publish a fresh snapshot many times a second without copying the whole history. When it grows
 * past {@code capacity}, the older half is thinned to every other point (without copying the
 * recent half): recent history keeps full resolution, an hour-long run stays bounded.
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
        while (s.size() > capacity) s = s.thinned();
        return s;
    }

    /**
     * Keeps every other point of the older half and all of the recent half. The older half is whole
     * chunks, each two of them becoming one, so the recent chunks and the tail are shared, not
     * copied: a network that trains 60,000 steps a second thins its loss history 30 times a second.
     */
    private Series thinned() {
        int merged = chunks.size() / 4 * 2; // an even number of the oldest chunks: about half the points
        List<double[]> kept = new ArrayList<>(chunks.size() - merged / 2);
        for (int c = 0; c < merged; c += 2) {
            double[] chunk = new double[CHUNK * width];
            int o = 0;
            for (double[] old : List.of(chunks.get(c), chunks.get(c + 1))) {
                for (int i = 0; i < CHUNK; i += 2, o += width) System.arraycopy(old, i * width, chunk, o, width);
            }
            kept.add(chunk);
        }
        kept.addAll(chunks.subList(merged, chunks.size()));
        return new Series(width, capacity, Collections.unmodifiableList(kept), tail, tailPoints);
    }
}

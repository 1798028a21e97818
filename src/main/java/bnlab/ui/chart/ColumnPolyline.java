package bnlab.ui.chart;

import javafx.scene.canvas.GraphicsContext;

/**
 * Strokes a long series as a polyline with at most four vertices per pixel column (the first, the
 * lowest, the highest and the last point that fall into it). That draws exactly the same picture
 * as all the points would at this resolution, spikes included, at a cost bounded by the width.
 * Feed points in increasing x, in pixels; a NaN y breaks the line (a gap, e.g. after divergence).
 */
final class ColumnPolyline {
    private double[] xs = new double[512];
    private double[] ys = new double[512];
    private int n;
    private GraphicsContext gc;

    private long column = Long.MIN_VALUE;
    private int count;
    private double firstX;
    private double firstY;
    private double lastX;
    private double lastY;
    private double minY;
    private double maxY;
    private int minOrder;
    private int maxOrder;

    /** Start a new line; the stroke style must already be set on {@code gc}. */
    void begin(GraphicsContext g) {
        gc = g;
        n = 0;
        count = 0;
        column = Long.MIN_VALUE;
    }

    void add(double px, double py) {
        if (Double.isNaN(py) || Double.isNaN(px)) {
            flushColumn();
            strokeSegment();
            return;
        }
        long c = (long) Math.floor(px);
        if (c != column) {
            flushColumn();
            column = c;
            firstX = px;
            firstY = py;
            minY = py;
            maxY = py;
            minOrder = 0;
            maxOrder = 0;
        }
        if (py < minY) {
            minY = py;
            minOrder = count;
        }
        if (py > maxY) {
            maxY = py;
            maxOrder = count;
        }
        lastX = px;
        lastY = py;
        count++;
    }

    /** Stroke what is left. */
    void end() {
        flushColumn();
        strokeSegment();
        gc = null;
    }

    private void flushColumn() {
        if (count == 0) {
            return;
        }
        push(firstX, firstY);
        if (count > 2) {
            double mid = (firstX + lastX) / 2;
            if (minOrder <= maxOrder) {
                push(mid, minY);
                push(mid, maxY);
            } else {
                push(mid, maxY);
                push(mid, minY);
            }
        }
        if (count > 1) {
            push(lastX, lastY);
        }
        count = 0;
        column = Long.MIN_VALUE;
    }

    private void push(double x, double y) {
        if (n == xs.length) {
            xs = java.util.Arrays.copyOf(xs, n * 2);
            ys = java.util.Arrays.copyOf(ys, n * 2);
        }
        xs[n] = x;
        ys[n] = y;
        n++;
    }

    private void strokeSegment() {
        if (n == 1) {
            double r = Math.max(1, gc.getLineWidth()); // a lone point between gaps stays visible
            gc.strokeLine(xs[0] - r / 2, ys[0], xs[0] + r / 2, ys[0]);
        } else if (n > 1) {
            gc.strokePolyline(xs, ys, n);
        }
        n = 0;
    }

    /** Vertices stroked so far in the current segment (for tests). */
    int pendingVertices() { return n; }
}

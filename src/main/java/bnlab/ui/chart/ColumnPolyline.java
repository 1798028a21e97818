package bnlab.ui.chart;

import javafx.scene.canvas.GraphicsContext;

/**
 * Strokes a long series as a polyline with at most two vertices per pixel column: a column with
 * one or two points keeps them as they are; a denser one becomes a vertical stroke from its lowest
 * to its highest point (in the order they occurred) at the column's centre. The picture matches
 * all the points to within a pixel, spikes included, at a cost bounded by the width (recording a
 * vertex costs ~0.1 µs, so 20,000 raw vertices would cost milliseconds).
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
        if (count <= 2) {
            push(firstX, firstY);
            if (count == 2) {
                push(lastX, lastY);
            }
        } else {
            double mid = column + 0.5;
            if (minY == maxY) {
                push(mid, minY);
            } else if (minOrder <= maxOrder) {
                push(mid, minY);
                push(mid, maxY);
            } else {
                push(mid, maxY);
                push(mid, minY);
            }
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

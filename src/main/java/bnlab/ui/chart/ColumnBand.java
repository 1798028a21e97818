package bnlab.ui.chart;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;

/**
 * Fills the area between a lower and an upper series, reduced per pixel column to the envelope
 * (the lowest lower edge and the highest upper edge of the points in that column), so that no
 * excursion is hidden and the cost is bounded by the width. Feed points in increasing x, in pixels;
 * NaN breaks the band.
 */
final class ColumnBand {
    private double[] xs = new double[512];
    private double[] x0s = new double[512];
    private double[] top = new double[512];
    private double[] bottom = new double[512];
    private int n;
    private double[] px = new double[1024];
    private double[] py = new double[1024];
    private GraphicsContext gc;
    private long column = Long.MIN_VALUE;

    /** Start a new band; the fill must already be set on {@code gc}. */
    void begin(GraphicsContext g) {
        gc = g;
        n = 0;
        column = Long.MIN_VALUE;
    }

    /** {@code yTop} and {@code yBottom} are pixel rows (yTop ≤ yBottom on screen). */
    void add(double x, double yTop, double yBottom) {
        if (Double.isNaN(x) || Double.isNaN(yTop) || Double.isNaN(yBottom)) {
            fill();
            return;
        }
        long c = (long) Math.floor(x);
        if (c == column && n > 0) {
            // Same column: widen the envelope over the column's whole x extent (first to last point).
            top[n - 1] = Math.min(top[n - 1], yTop);
            bottom[n - 1] = Math.max(bottom[n - 1], yBottom);
            xs[n - 1] = x;
            return;
        }
        column = c;
        if (n == xs.length) {
            xs = Arrays.copyOf(xs, n * 2);
            x0s = Arrays.copyOf(x0s, n * 2);
            top = Arrays.copyOf(top, n * 2);
            bottom = Arrays.copyOf(bottom, n * 2);
        }
        x0s[n] = x;
        xs[n] = x;
        top[n] = yTop;
        bottom[n] = yBottom;
        n++;
    }

    void end() {
        fill();
        gc = null;
    }

    private void fill() {
        if (n == 1) {
            gc.fillRect(x0s[0] - 0.5, top[0], Math.max(1, xs[0] - x0s[0] + 1), Math.max(1, bottom[0] - top[0]));
        } else if (n > 1) {
            int m = 4 * n;
            if (px.length < m) {
                px = new double[m];
                py = new double[m];
            }
            // Upper edge left to right, then lower edge back. A column holding several points is a
            // flat step across its whole pixel, so a one-step excursion keeps its full height and
            // full width instead of becoming a faint sliver; a lone point stays where it is.
            for (int i = 0; i < n; i++) {
                boolean dense = xs[i] != x0s[i];
                double xa = dense ? Math.floor(x0s[i]) : x0s[i];
                double xb = dense ? xa + 1 : xs[i];
                px[2 * i] = xa;
                py[2 * i] = top[i];
                px[2 * i + 1] = xb;
                py[2 * i + 1] = top[i];
                px[m - 1 - 2 * i] = xa;
                py[m - 1 - 2 * i] = bottom[i];
                px[m - 2 - 2 * i] = xb;
                py[m - 2 - 2 * i] = bottom[i];
            }
            gc.fillPolygon(px, py, m);
        }
        n = 0;
        column = Long.MIN_VALUE;
    }
}

package bnlab.ui.chart;

import java.util.function.DoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The rectangle where data go, the scales that map data into it, its ticks, and the drawing of the
 * grid and axes around it. One per view, reused across draws so that a draw allocates little.
 */
final class PlotFrame {
    /** Writes a tick value; {@code step} is the spacing of the ticks, which decides the decimals. */
    interface TickFormat {
        String format(double value, double step);
    }

    double left;
    double top;
    double right;
    double bottom;
    final AxisScale x = new AxisScale();
    final AxisScale y = new AxisScale();
    double[] xTicks = new double[0];
    String[] xLabels = new String[0];
    double[] yTicks = new double[0];
    String[] yLabels = new String[0];

    void setBounds(double left, double top, double right, double bottom) {
        this.left = Math.round(left);
        this.top = Math.round(top);
        this.right = Math.round(Math.max(right, left + 1));
        this.bottom = Math.round(Math.max(bottom, top + 1));
    }

    double width() { return right - left; }
    double height() { return bottom - top; }

    boolean contains(double px, double py) {
        return px >= left && px <= right && py >= top && py <= bottom;
    }

    /** Linear y ticks that leave at least ~1.8 lines of text between labels. */
    void chooseYTicks(ChartStyle s, double min, double max, double plotHeight, TickFormat fmt) {
        int maxTicks = Math.max(1, (int) (plotHeight / (s.lineHeight() * 1.8)));
        NiceScale.Ticks t = NiceScale.linear(min, max, maxTicks);
        yTicks = t.values();
        yLabels = new String[yTicks.length];
        for (int i = 0; i < yTicks.length; i++) {
            yLabels[i] = fmt.format(yTicks[i], t.step());
        }
    }

    void chooseLogYTicks(ChartStyle s, double min, double max, double plotHeight, DoubleFunction<String> fmt) {
        int maxTicks = Math.max(1, (int) (plotHeight / (s.lineHeight() * 1.8)));
        yTicks = NiceScale.log10(min, max, maxTicks).values();
        yLabels = labels(yTicks, fmt);
    }

    /** Log x ticks at powers of ten, as many as fit with their labels side by side. */
    void chooseLogXTicks(ChartStyle s, double min, double max, double plotWidth, DoubleFunction<String> fmt) {
        Font f = s.font();
        int maxTicks = Math.max(1, (int) (plotWidth / (f.getSize() * 4)));
        xTicks = NiceScale.log10(min, max, maxTicks).values();
        xLabels = labels(xTicks, fmt);
    }

    /** As many linear x ticks as fit with their labels side by side and a gap between them. */
    void chooseXTicks(ChartStyle s, double min, double max, double plotWidth, TickFormat fmt) {
        chooseXTicks(s, min, max, plotWidth, 0, fmt);
    }

    /** As above, with tick spacing at least {@code minStep} (1 for whole training steps). */
    void chooseXTicks(ChartStyle s, double min, double max, double plotWidth, double minStep, TickFormat fmt) {
        Font f = s.font();
        int maxTicks = Math.max(1, (int) (plotWidth / (f.getSize() * 2.5)));
        if (minStep > 0) {
            maxTicks = (int) Math.max(1, Math.min(maxTicks, Math.floor((max - min) / minStep)));
        }
        while (true) {
            NiceScale.Ticks t = NiceScale.linear(min, max, maxTicks);
            String[] labels = new String[t.size()];
            double total = 0;
            for (int i = 0; i < labels.length; i++) {
                labels[i] = fmt.format(t.values()[i], t.step());
                total += TextMeasure.width(f, labels[i]) + f.getSize() * 1.5;
            }
            // Two labels need one gap between them, not one each: a narrow chart still shows where its axis ends.
            if (labels.length == 2) total -= f.getSize() * 1.5;
            if (total <= plotWidth && labels.length >= 2) {
                xTicks = t.values();
                xLabels = labels;
                return;
            }
            if (maxTicks == 1 || labels.length < 2) {
                oneXTick(min, max, minStep, fmt);
                return;
            }
            maxTicks = Math.max(1, Math.min(maxTicks - 1, (int) (maxTicks * plotWidth / total)));
        }
    }

    /**
     * Room for one label only: the last of two nice ticks (e.g. 5,000 on an axis to 7,782), which
     * tells the scale, rather than a lone 0 at the axis's start, or nothing where the axis starts past 0.
     */
    private void oneXTick(double min, double max, double minStep, TickFormat fmt) {
        NiceScale.Ticks t = NiceScale.linear(min, max, 2);
        if (t.size() == 0 || (minStep > 0 && t.step() < minStep)) t = NiceScale.linear(min, max, 1);
        int last = t.size() - 1;
        xTicks = last < 0 ? new double[0] : new double[] {t.values()[last]};
        xLabels = last < 0 ? new String[0] : new String[] {fmt.format(t.values()[last], t.step())};
    }

    private static String[] labels(double[] ticks, DoubleFunction<String> fmt) {
        String[] l = new String[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            l[i] = fmt.apply(ticks[i]);
        }
        return l;
    }

    /** Width of the widest y tick label. */
    static double widest(Font f, String[] labels) {
        double w = 0;
        for (String l : labels) {
            w = Math.max(w, TextMeasure.width(f, l));
        }
        return w;
    }

    /** Light horizontal lines at the y ticks, behind the data. */
    void drawHorizontalGrid(GraphicsContext gc, ChartStyle s) {
        double lw = s.line(1);
        gc.setFill(s.grid());
        for (double v : yTicks) {
            double py = crisp(y.toPixel(v), lw);
            if (py >= top - 0.5 && py <= bottom + 0.5) {
                horizontalLine(gc, left, right, py, lw);
            }
        }
    }

    /** Left axis line with tick marks and right-aligned labels. */
    void drawYAxis(GraphicsContext gc, ChartStyle s) {
        double lw = s.line(1);
        gc.setFill(s.axis());
        double ax = crisp(left, lw);
        verticalLine(gc, ax, top, bottom, lw);
        double tick = s.gap(4);
        for (double v : yTicks) {
            double py = y.toPixel(v);
            if (py >= top - 0.5 && py <= bottom + 0.5) {
                horizontalLine(gc, ax - tick, ax, crisp(py, lw), lw);
            }
        }
        gc.setFont(s.font());
        gc.setFill(s.foreground());
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < yTicks.length; i++) {
            double py = y.toPixel(yTicks[i]);
            if (py >= top - 0.5 && py <= bottom + 0.5) {
                gc.fillText(yLabels[i], ax - tick - s.gap(2), py);
            }
        }
    }

    /**
     * Bottom axis line with tick marks and centred labels; a label that would collide with the
     * previous one or leave the view is skipped rather than overlapped.
     */
    void drawXAxis(GraphicsContext gc, ChartStyle s, double viewWidth) {
        double lw = s.line(1);
        gc.setFill(s.axis());
        double ay = crisp(bottom, lw);
        horizontalLine(gc, left, right, ay, lw);
        double tick = s.gap(4);
        for (double v : xTicks) {
            double px = x.toPixel(v);
            if (px >= left - 0.5 && px <= right + 0.5) {
                verticalLine(gc, crisp(px, lw), ay, ay + tick, lw);
            }
        }
        gc.setFont(s.font());
        gc.setFill(s.foreground());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xTicks.length; i++) {
            double px = x.toPixel(xTicks[i]);
            if (px < left - 0.5 || px > right + 0.5) {
                continue;
            }
            double half = TextMeasure.width(s.font(), xLabels[i]) / 2;
            double lx = Math.max(half + 1, Math.min(px, viewWidth - half - 1));
            if (lx - half < lastEnd + s.gap(6)) {
                continue;
            }
            gc.fillText(xLabels[i], lx, ay + tick + 1);
            lastEnd = lx + half;
        }
    }

    /** Height taken below {@link #bottom} by tick marks and x labels. */
    static double xAxisHeight(ChartStyle s) {
        return s.gap(4) + 1 + s.lineHeight();
    }

    /** Axis caption centred under the x labels. */
    void drawXCaption(GraphicsContext gc, ChartStyle s, String caption, double yTop) {
        drawXCaption(gc, s, caption, yTop, right + Math.max(0, left - right));
    }

    /** The same, in a view {@code viewW} wide: a caption wider than the plot may use the view's whole width. */
    void drawXCaption(GraphicsContext gc, ChartStyle s, String caption, double yTop, double viewW) {
        if (caption == null || caption.isEmpty()) {
            return;
        }
        gc.setFont(s.smallFont());
        gc.setFill(s.mutedText());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        // Wider than the plot, it is centred under the whole view instead (the y labels' room is free below them).
        double tw = TextMeasure.width(s.smallFont(), caption);
        double centre = (left + right) / 2;
        if (tw > width()) {
            centre = Math.max(tw / 2 + 2, Math.min(viewW - tw / 2 - 2, centre));
            gc.fillText(TextMeasure.fit(s.smallFont(), caption, viewW - 4), centre, yTop);
            return;
        }
        gc.fillText(caption, centre, yTop);
    }

    /** Axis caption written horizontally above the y axis (rotated text is hard to read projected). */
    static void drawYCaption(GraphicsContext gc, ChartStyle s, String caption, double x, double yTop, double maxW) {
        if (caption == null || caption.isEmpty()) {
            return;
        }
        gc.setFont(s.smallFont());
        gc.setFill(s.mutedText());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        if (yCaptionLines(s, caption, maxW) == 2) {
            String[] halves = captionHalves(caption);
            gc.fillText(halves[0], x, yTop);
            gc.fillText(halves[1], x, yTop + s.smallLineHeight());
            return;
        }
        gc.fillText(TextMeasure.fit(s.smallFont(), caption, maxW), x, yTop);
    }

    /**
     * The lines a y caption takes: two where it does not fit on one but each half does (a narrow
     * chart on a projector: "fraction" / "correct", "cross-" / "entropy"), else one (shortened, if need be).
     */
    static int yCaptionLines(ChartStyle s, String caption, double maxW) {
        if (caption == null || caption.isEmpty() || TextMeasure.width(s.smallFont(), caption) <= maxW) return 1;
        String[] halves = captionHalves(caption);
        return halves != null && TextMeasure.width(s.smallFont(), halves[0]) <= maxW
                && TextMeasure.width(s.smallFont(), halves[1]) <= maxW ? 2 : 1;
    }

    /** The caption split at its last space (dropped) or else its last hyphen (kept on the first line); null if neither. */
    private static String[] captionHalves(String c) {
        int space = c.lastIndexOf(' ');
        if (space > 0) return new String[] {c.substring(0, space), c.substring(space + 1)};
        int hyphen = c.lastIndexOf('-');
        return hyphen > 0 && hyphen < c.length() - 1 ? new String[] {c.substring(0, hyphen + 1), c.substring(hyphen + 1)} : null;
    }

    /** Clip further drawing to the plot rectangle (call inside gc.save/restore). */
    void clip(GraphicsContext gc) {
        gc.beginPath();
        gc.rect(left, top, width(), height());
        gc.clip();
    }

    /** Pixel-centre a line of width {@code lw} so 1-px lines are sharp, not smeared over two rows. */
    /**
     * An axis-aligned line of width {@code lw} as a filled rectangle: the pixels of
     * {@code strokeLine} with JavaFX's default square caps, but without the path rasterizer, which
     * in JavaFX's software renderer (no GPU) costs many times more than a rectangle.
     */
    static void horizontalLine(GraphicsContext gc, double x0, double x1, double py, double lw) {
        gc.fillRect(Math.min(x0, x1) - lw / 2, py - lw / 2, Math.abs(x1 - x0) + lw, lw);
    }

    /** The vertical counterpart of {@link #horizontalLine}; the fill colour is the line's. */
    static void verticalLine(GraphicsContext gc, double px, double y0, double y1, double lw) {
        gc.fillRect(px - lw / 2, Math.min(y0, y1) - lw / 2, lw, Math.abs(y1 - y0) + lw);
    }

    static double crisp(double p, double lw) {
        return Math.round(lw) % 2 == 1 ? Math.floor(p) + 0.5 : Math.round(p);
    }
}

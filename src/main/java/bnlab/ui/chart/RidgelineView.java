package bnlab.ui.chart;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Recent histograms of one quantity as stacked, offset curves (TensorBoard's "offset" histogram
 * mode): oldest at the back and top, newest in front at the bottom, step labels on the right, and
 * a line through the rows' means drawn over everything. Shows how a distribution drifts over
 * training at a glance.
 * All rows share one x axis (the union of their ranges) and one height scale.
 */
public class RidgelineView extends ChartView {
    private final ObjectProperty<List<StepHistogram>> history = redrawing("history", List.of());
    private final IntegerProperty maxRows = new SimpleIntegerProperty(this, "maxRows", 12);
    private final StringProperty xAxisLabel = redrawingString("xAxisLabel", null);
    private final ObjectProperty<Color> lineColor = redrawing("lineColor", Palette.BLUE);

    private final PlotFrame frame = new PlotFrame();
    private double ridgeHeight;
    private double rowGap;
    private int firstRow;
    private int rowCount;
    private double[] xs = new double[0];
    private double[] ys = new double[0];

    public RidgelineView() {
        maxRows.addListener(o -> markDirty());
        history.addListener(o -> refreshHover());
    }

    /** Histograms in step order, oldest first; the newest {@link #maxRowsProperty()} are drawn. Copied. */
    public final ObjectProperty<List<StepHistogram>> historyProperty() { return history; }
    public final List<StepHistogram> getHistory() { return history.get(); }
    public final void setHistory(List<StepHistogram> h) { history.set(h == null ? List.of() : List.copyOf(h)); }

    /** How many of the newest histograms to stack (default 12). */
    public final IntegerProperty maxRowsProperty() { return maxRows; }
    public final void setMaxRows(int n) { maxRows.set(Math.max(1, n)); }

    /** Caption under the x axis; null uses the bundle's "value". */
    public final StringProperty xAxisLabelProperty() { return xAxisLabel; }
    public final void setXAxisLabel(String s) { xAxisLabel.set(s); }

    public final ObjectProperty<Color> lineColorProperty() { return lineColor; }
    public final void setLineColor(Color c) { lineColor.set(c == null ? Palette.BLUE : c); }

    @Override
    protected void draw(GraphicsContext gc, double w, double h) {
        ChartStyle s = getChartStyle();
        ChartStrings str = getStrings();
        NumberText num = str.numbers();
        double top = drawHeader(gc, w, null);
        List<StepHistogram> all = getHistory();
        if (all.isEmpty()) {
            rowCount = 0;
            drawNoData(gc, top, w, h);
            return;
        }
        rowCount = Math.min(all.size(), Math.max(1, maxRows.get()));
        firstRow = all.size() - rowCount;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double peak = 0;
        double labelW = 0;
        for (int r = firstRow; r < all.size(); r++) {
            HistogramData d = all.get(r).histogram();
            lo = Math.min(lo, d.lo());
            hi = Math.max(hi, d.hi());
            peak = Math.max(peak, d.peakFraction());
            labelW = Math.max(labelW, TextMeasure.width(s.smallFont(), stepLabel(str, all.get(r).step())));
        }
        double pad = s.gap(4);
        boolean showXCaption = h >= 120 * s.fontScale();
        double bottom = h - pad - PlotFrame.xAxisHeight(s) - (showXCaption ? s.smallLineHeight() : 0);
        frame.setBounds(pad + s.gap(10), top + s.gap(4), w - pad - labelW - s.gap(8), bottom);
        frame.x.set(lo, hi, frame.left, frame.right, false);
        frame.chooseXTicks(s, lo, hi, frame.width(), num::tick);

        // Ridges overlap: each may rise over the ~2 rows behind it, as in TensorBoard.
        ridgeHeight = rowCount == 1 ? frame.height() : Math.min(frame.height() * 0.6, frame.height() * 3 / (rowCount + 2));
        rowGap = rowCount == 1 ? 0 : (frame.height() - ridgeHeight) / (rowCount - 1);
        int hovered = rowAt(hoverY());
        double labelEvery = Math.max(1, Math.ceil(s.smallLineHeight() / Math.max(1e-9, rowGap)));
        for (int j = 0; j < rowCount; j++) {
            StepHistogram sh = all.get(firstRow + j);
            double base = baseline(j);
            double t = rowCount == 1 ? 1 : j / (double) (rowCount - 1);
            drawRidge(gc, s, sh.histogram(), base, peak, t, j == hovered);
            boolean label = j == rowCount - 1 || ((rowCount - 1 - j) % labelEvery == 0 && rowCount - 1 - j >= labelEvery);
            if (label) {
                gc.setFont(s.smallFont());
                gc.setFill(j == rowCount - 1 ? s.foreground() : s.mutedText());
                gc.setTextAlign(TextAlignment.LEFT);
                gc.setTextBaseline(VPos.CENTER);
                gc.fillText(stepLabel(str, sh.step()), frame.right + s.gap(6), base);
            }
        }
        drawMeanSpine(gc, s, all);
        frame.drawXAxis(gc, s, w);
        if (showXCaption) {
            frame.drawXCaption(gc, s, HistogramView.orDefault(xAxisLabel.get(), str.text(ChartStrings.VALUE_AXIS)),
                    frame.bottom + PlotFrame.xAxisHeight(s), w);
        }
    }

    private void drawRidge(GraphicsContext gc, ChartStyle s, HistogramData d, double base, double peak,
            double age, boolean hot) {
        int n = d.binCount();
        if (xs.length < n + 2) {
            xs = new double[n + 2];
            ys = new double[n + 2];
        }
        xs[0] = frame.x.toPixel(d.lo());
        ys[0] = base;
        double scale = peak > 0 && d.total() > 0 ? ridgeHeight / peak / d.total() : 0;
        for (int i = 0; i < n; i++) {
            xs[i + 1] = frame.x.toPixel((d.binLo(i) + d.binHi(i)) / 2);
            ys[i + 1] = base - d.count(i) * scale;
        }
        xs[n + 1] = frame.x.toPixel(d.hi());
        ys[n + 1] = base;
        Color c = lineColor.get();
        // Older rows paler; fills are opaque so a front ridge hides the ones behind it.
        gc.setFill(Palette.mix(s.background(), c, 0.12 + 0.4 * age));
        gc.fillPolygon(xs, ys, n + 2);
        gc.setStroke(hot ? s.foreground() : Palette.mix(s.background(), c, 0.45 + 0.55 * age));
        gc.setLineWidth(s.line(hot ? 2 : 1.25));
        gc.setLineDashes();
        gc.strokePolyline(xs, ys, n + 2);
    }

    /**
     * The means of all rows joined into one line on top of the ridges: the drift of the mean over
     * training, which the ridges alone show only as a shift of shapes.
     */
    private void drawMeanSpine(GraphicsContext gc, ChartStyle s, List<StepHistogram> all) {
        double r = s.line(2.2);
        gc.setStroke(s.foreground());
        gc.setFill(s.foreground());
        gc.setLineWidth(s.line(1.25));
        gc.setLineDashes();
        double px = Double.NaN;
        double py = Double.NaN;
        for (int j = 0; j < rowCount; j++) {
            double m = all.get(firstRow + j).histogram().mean();
            if (!Double.isFinite(m) || m < frame.x.dataMin() || m > frame.x.dataMax()) {
                px = Double.NaN;
                continue;
            }
            double x = frame.x.toPixel(m);
            double y = baseline(j);
            if (!Double.isNaN(px)) {
                gc.strokeLine(px, py, x, y);
            }
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            px = x;
            py = y;
        }
    }

    private double baseline(int row) {
        return frame.top + ridgeHeight + row * rowGap;
    }

    /** Row (0 = oldest shown) whose baseline is the first at or below {@code py}; -1 if none. */
    private int rowAt(double py) {
        if (rowCount == 0 || Double.isNaN(py) || py < frame.top || py > frame.bottom + 2) {
            return -1;
        }
        if (rowCount == 1) {
            return 0;
        }
        int j = (int) Math.ceil((py - frame.top - ridgeHeight) / rowGap - 1e-9);
        return Math.max(0, Math.min(rowCount - 1, j));
    }

    private static String stepLabel(ChartStrings str, long step) {
        return str.format(ChartStrings.RIDGE_STEP, str.numbers().step(step));
    }

    @Override
    public String describeAt(double px, double py) {
        int j = rowAt(py);
        if (j < 0 || px < frame.left || px > frame.right) {
            return null;
        }
        List<StepHistogram> all = getHistory();
        if (firstRow + j >= all.size()) {
            return null;
        }
        StepHistogram sh = all.get(firstRow + j);
        HistogramData d = sh.histogram();
        double v = frame.x.toValue(px);
        if (v < d.lo() || v > d.hi() || d.total() <= 0) {
            return null;
        }
        int i = Math.min(d.binCount() - 1, (int) ((v - d.lo()) / d.binWidth()));
        ChartStrings str = getStrings();
        NumberText num = str.numbers();
        int dec = HistogramView.edgeDecimals(d.binWidth());
        return str.format(ChartStrings.RIDGE_HOVER, num.step(sh.step()), num.compact(d.mean()), num.compact(d.std()),
                num.fixed(d.binLo(i), dec), num.fixed(d.binHi(i), dec), num.count(d.count(i)),
                num.share(d.count(i), d.total()));
    }

    /** Pixel row of the baseline of the {@code k}-th newest row shown (0 = newest), from the last draw. */
    public final double baselineOfNewest(int k) {
        return baseline(rowCount - 1 - k);
    }

    /** Pixel column of value {@code v} on the x axis, from the last draw. */
    public final double xOf(double v) {
        return frame.x.toPixel(v);
    }
}

package bnlab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Slow-moving curves over training steps (loss, accuracy, update/data ratio), several named series
 * with colours, dash patterns and a legend; optional log y; event markers; an optional labelled
 * horizontal reference line. Each series is reduced to ≤ 4 vertices per pixel column, so tens of
 * thousands of points draw in bounded time without hiding spikes. Hover shows the nearest step.
 */
public class CurveView extends StepChartView {
    private final ObjectProperty<List<CurveSeries>> series = redrawing("series", List.of());
    private final BooleanProperty logScaleY = new SimpleBooleanProperty(this, "logScaleY", false);
    private final ObjectProperty<ReferenceLine> referenceLine = redrawing("referenceLine", null);
    private final ObjectProperty<List<CurveBand>> bands = redrawing("bands", List.of());
    private final BooleanProperty showLegend = new SimpleBooleanProperty(this, "showLegend", true);
    private final javafx.beans.property.DoubleProperty smoothing =
            new javafx.beans.property.SimpleDoubleProperty(this, "smoothing", 0);
    private final ColumnPolyline line = new ColumnPolyline();
    /** The values drawn for each series (smoothed where it asks for it), from the last draw. */
    private double[][] drawn = new double[0][];

    public CurveView() {
        logScaleY.addListener(o -> markDirty());
        smoothing.addListener(o -> { markDirty(); refreshHover(); });
        showLegend.addListener(o -> markDirty());
        series.addListener(o -> refreshHover());
    }

    /** The curves, drawn in list order (later on top). Copied. */
    public final ObjectProperty<List<CurveSeries>> seriesProperty() { return series; }
    public final List<CurveSeries> getSeries() { return series.get(); }
    public final void setSeries(List<CurveSeries> s) { series.set(s == null ? List.of() : List.copyOf(s)); }

    /** Shaded bands drawn under the curves, each from its low to its high value. Copied. */
    public final void setBands(List<CurveBand> b) { bands.set(b == null ? List.of() : List.copyOf(b)); }
    public final List<CurveBand> getBands() { return bands.get(); }

    /** Log10 y axis; values ≤ 0 then leave gaps. */
    public final BooleanProperty logScaleYProperty() { return logScaleY; }
    public final void setLogScaleY(boolean b) { logScaleY.set(b); }

    /** Horizontal reference line with a label; null for none. */
    public final ObjectProperty<ReferenceLine> referenceLineProperty() { return referenceLine; }
    public final void setReferenceLine(ReferenceLine r) { referenceLine.set(r); }

    /**
     * TensorBoard's smoothing weight for the series marked {@link CurveSeries#smooth}: 0 draws them as
     * they are; up to 0.99 draws the debiased exponential moving average, with the raw values faint behind.
     */
    public final javafx.beans.property.DoubleProperty smoothingProperty() { return smoothing; }
    public final double getSmoothing() { return smoothing.get(); }
    public final void setSmoothing(double w) { smoothing.set(Math.max(0, Math.min(0.99, w))); }

    /**
     * TensorBoard's smoothing: an exponential moving average debiased like Adam's first moment, so
     * the first points are not pulled towards zero. Non-finite values are passed through and skipped.
     */
    public static double[] smooth(double[] values, double weight) {
        double[] out = new double[values.length];
        double last = 0;
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                out[i] = v;
                continue;
            }
            last = last * weight + (1 - weight) * v;
            count++;
            double debias = weight == 0 ? 1 : 1 - Math.pow(weight, count);
            out[i] = last / debias;
        }
        return out;
    }

    /** The value drawn for point {@code i} of series {@code k} in the last draw (smoothed if it is). */
    private double shown(int k, CurveSeries c, int i) {
        return k < drawn.length && drawn[k] != null && drawn[k].length == c.size() ? drawn[k][i] : c.value(i);
    }

    public final BooleanProperty showLegendProperty() { return showLegend; }
    public final void setShowLegend(boolean b) { showLegend.set(b); }

    @Override
    protected void draw(GraphicsContext gc, double w, double h) {
        ChartStyle s = getChartStyle();
        double top = drawHeader(gc, w, null);
        List<CurveSeries> all = getSeries();
        boolean log = logScaleY.get();
        double stepMin = Double.POSITIVE_INFINITY;
        double stepMax = Double.NEGATIVE_INFINITY;
        for (CurveSeries c : all) {
            if (c.size() > 0) {
                stepMin = Math.min(stepMin, c.step(0));
                stepMax = Math.max(stepMax, c.step(c.size() - 1));
            }
        }
        for (CurveBand b : bands.get()) {
            if (b.size() > 0) {
                stepMin = Math.min(stepMin, b.step(0));
                stepMax = Math.max(stepMax, b.step(b.size() - 1));
            }
        }
        if (stepMin > stepMax) {
            noPlot();
            drawNoData(gc, top, w, h);
            return;
        }
        ValueRange sr = fixedStepRangeProperty().get();
        double from = sr != null ? sr.min() : stepMin;
        double to = sr != null ? sr.max() : stepMax;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (CurveSeries c : all) {
            for (int i = c.firstAtOrAfter(from); i < c.size() && c.step(i) <= to; i++) {
                double v = c.value(i);
                if (Double.isFinite(v) && (!log || v > 0)) {
                    yMin = Math.min(yMin, v);
                    yMax = Math.max(yMax, v);
                }
            }
        }
        for (CurveBand b : bands.get()) {
            for (int i = 0; i < b.size(); i++) {
                if (b.step(i) < from || b.step(i) > to) continue;
                for (double v : new double[] {b.lowAt(i), b.highAt(i)}) {
                    if (Double.isFinite(v) && (!log || v > 0)) {
                        yMin = Math.min(yMin, v);
                        yMax = Math.max(yMax, v);
                    }
                }
            }
        }
        ReferenceLine ref = referenceLine.get();
        if (ref != null && (!log || ref.value() > 0)) { // keep the reference line in view
            yMin = Math.min(yMin, ref.value());
            yMax = Math.max(yMax, ref.value());
        }
        if (yMin > yMax) {
            yMin = log ? 0.1 : 0;
            yMax = 1;
        }
        List<LegendRow.Item> legend = new ArrayList<>();
        if (showLegend.get()) {
            for (CurveBand b : bands.get()) {
                legend.add(new LegendRow.Item(b.name(), b.color(), LineDash.SOLID, LegendRow.Swatch.BAND));
            }
            for (CurveSeries c : all) {
                legend.add(new LegendRow.Item(c.name(), c.color(), c.dash(), LegendRow.Swatch.LINE));
            }
        }
        beginPlot(gc, w, h, top, legend, stepMin, stepMax, yMin, yMax, log);

        boolean showRef = ref != null && frame.y.accepts(ref.value());
        if (showRef) {
            drawReferenceLine(gc, s, ref);
        }
        for (CurveBand b : bands.get()) drawBand(gc, s, b);
        double lw = s.line(1.75);
        double w8 = smoothing.get();
        drawn = new double[all.size()][];
        for (int k = 0; k < all.size(); k++) {
            CurveSeries c = all.get(k);
            drawn[k] = c.smooth() && w8 > 0 ? smooth(c.values(), w8) : null;
        }
        // Raw values of the smoothed curves first, faint; then the curves; evaluations (not smoothed)
        // last, wider and on a white casing, so the noisiest training curve never hides them.
        for (int k = 0; k < all.size(); k++) {
            CurveSeries c = all.get(k);
            if (drawn[k] == null) continue;
            stroke(gc, c, Palette.mix(s.background(), c.color(), 0.2), s.line(1), c.values());
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < all.size(); k++) {
                CurveSeries c = all.get(k);
                boolean evaluation = !c.smooth();
                if (evaluation != (pass == 1)) continue;
                double[] values = drawn[k] != null ? drawn[k] : c.values();
                if (evaluation) stroke(gc, c, s.background(), s.line(4.5), values);
                stroke(gc, c, c.color(), evaluation ? s.line(2.5) : lw, values);
            }
        }
        gc.setLineDashes();
        if (showRef) {
            drawReferenceLabel(gc, s, ref); // over the data, so curves never hide it
        }
        drawHover(gc, s);
        endPlot(gc, w);
    }

    private void stroke(GraphicsContext gc, CurveSeries c, javafx.scene.paint.Color color, double width, double[] values) {
        gc.setStroke(color);
        gc.setLineWidth(width);
        if (color == c.color()) c.dash().apply(gc, width);
        else gc.setLineDashes();
        line.begin(gc);
        // One point beyond each end of the visible range, so lines run to the plot's edges.
        int i0 = Math.max(0, c.firstAtOrAfter(frame.x.dataMin()) - 1);
        for (int i = i0; i < c.size(); i++) {
            double v = values[i];
            line.add(frame.x.toPixel(c.step(i)), frame.y.accepts(v) ? clampPx(frame.y.toPixel(v)) : Double.NaN);
            if (c.step(i) > frame.x.dataMax()) {
                break;
            }
        }
        line.end();
    }

    /** The band as one polygon: along the high values, then back along the low ones (gaps split it). */
    private void drawBand(GraphicsContext gc, ChartStyle s, CurveBand b) {
        gc.setFill(b.color().deriveColor(0, 1, 1, s.highContrast() ? 0.45 : 0.3)); // translucent: bands may overlap
        int i = 0;
        while (i < b.size()) {
            while (i < b.size() && !(frame.y.accepts(b.lowAt(i)) && frame.y.accepts(b.highAt(i)))) i++;
            int start = i;
            while (i < b.size() && frame.y.accepts(b.lowAt(i)) && frame.y.accepts(b.highAt(i))) i++;
            int n = i - start;
            if (n == 0) continue;
            double[] xs = new double[2 * n];
            double[] ys = new double[2 * n];
            for (int k = 0; k < n; k++) {
                double x = frame.x.toPixel(b.step(start + k));
                xs[k] = x;
                ys[k] = clampPx(frame.y.toPixel(b.highAt(start + k)));
                xs[2 * n - 1 - k] = x;
                ys[2 * n - 1 - k] = clampPx(frame.y.toPixel(b.lowAt(start + k)));
            }
            if (n == 1) { // a single measurement: a short bar
                xs[0] -= s.line(1.5);
                xs[1] += s.line(1.5);
            }
            gc.fillPolygon(xs, ys, 2 * n);
        }
    }

    private void drawReferenceLine(GraphicsContext gc, ChartStyle s, ReferenceLine ref) {
        double lw = s.line(1.25);
        double y = PlotFrame.crisp(frame.y.toPixel(ref.value()), lw);
        gc.setStroke(s.foreground());
        gc.setLineWidth(lw);
        gc.setLineDashes(s.line(6), s.line(4));
        gc.strokeLine(frame.left, y, frame.right, y);
        gc.setLineDashes();
    }

    /** The label on a light chip at the line's right end, above it if there is room. */
    private void drawReferenceLabel(GraphicsContext gc, ChartStyle s, ReferenceLine ref) {
        if (ref.label().isEmpty()) {
            return;
        }
        double y = frame.y.toPixel(ref.value());
        double lh = s.smallLineHeight();
        double tw = TextMeasure.width(s.smallFont(), ref.label());
        double pad = s.gap(3);
        double x1 = frame.right - s.gap(4);
        boolean above = y - frame.top > lh + 2;
        double top = above ? y - 2 - lh : y + 2;
        gc.setFill(javafx.scene.paint.Color.rgb(255, 255, 255, 0.9));
        gc.fillRect(x1 - tw - pad, top, tw + 2 * pad, lh);
        gc.setFont(s.smallFont());
        gc.setFill(s.foreground());
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(ref.label(), x1, top + 1);
    }

    private double clampPx(double p) {
        return Math.max(frame.top - 1e4, Math.min(frame.bottom + 1e4, p));
    }

    /** Step of the point nearest to pixel column {@code px} over all series, NaN if none. */
    private double hoveredStep(double px, double py) {
        double step = stepAt(px, py);
        if (Double.isNaN(step)) {
            return Double.NaN;
        }
        double best = Double.NaN;
        for (CurveSeries c : getSeries()) {
            int i = c.nearestIndex(step);
            if (i >= 0 && (Double.isNaN(best) || Math.abs(c.step(i) - step) < Math.abs(best - step))) {
                best = c.step(i);
            }
        }
        return best;
    }

    /**
     * The point of a series shown for a hovered step: its nearest one, or for a sparse series (an
     * evaluation every few hundred steps) the latest at or before the step, so every curve is read out.
     */
    private int pointNear(CurveSeries c, double step) {
        int i = c.nearestIndex(step);
        if (i < 0) {
            return -1;
        }
        double tolerance = Math.abs(frame.x.toValue(frame.left + 6) - frame.x.toValue(frame.left));
        if (Math.abs(c.step(i) - step) <= tolerance) {
            return i;
        }
        int before = c.firstAtOrAfter(step + 1) - 1;
        return before >= 0 ? before : -1;
    }

    private void drawHover(GraphicsContext gc, ChartStyle s) {
        double step = hoveredStep(hoverX(), hoverY());
        if (Double.isNaN(step)) {
            return;
        }
        drawHoverGuide(gc, step);
        double r = s.line(2.5);
        List<CurveSeries> all = getSeries();
        for (int k = 0; k < all.size(); k++) {
            CurveSeries c = all.get(k);
            int i = pointNear(c, step);
            if (i >= 0 && frame.y.accepts(shown(k, c, i))) {
                double x = frame.x.toPixel(c.step(i));
                double y = frame.y.toPixel(shown(k, c, i));
                gc.setFill(c.color());
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    @Override
    public String describeAt(double px, double py) {
        double step = hoveredStep(px, py);
        if (Double.isNaN(step)) {
            return null;
        }
        ChartStrings str = getStrings();
        NumberText num = str.numbers();
        StringBuilder sb = new StringBuilder(str.format(ChartStrings.CURVE_HOVER_STEP, num.step((long) step)));
        List<CurveSeries> all = getSeries();
        for (int k = 0; k < all.size(); k++) {
            CurveSeries c = all.get(k);
            int i = pointNear(c, step);
            if (i >= 0) {
                sb.append('\n').append(str.format(ChartStrings.CURVE_HOVER_VALUE, c.name(), num.compact(shown(k, c, i))));
            }
        }
        return sb.toString();
    }
}

package bnlab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.canvas.GraphicsContext;

/**
 * A sweep's result: final test accuracy (y, 0 to 100%) against the swept value (x, on a log axis
 * where the values span a decade or more), one line per network through the seeds' mean, the
 * seeds' spread (lowest to highest) as a band around it, and a cross where a run diverged. The
 * pointer reads every network's figures at the nearest swept value.
 */
public class SweepChartView extends ChartView {
    private final ObjectProperty<List<SweepCurve>> curves = redrawing("curves", List.of());
    private final StringProperty xAxisLabel = redrawingString("xAxisLabel", "");
    private final BooleanProperty logX = new SimpleBooleanProperty(this, "logX", false);
    private final PlotFrame frame = new PlotFrame();
    private boolean hasPlot;

    public SweepChartView() {
        logX.addListener(o -> markDirty());
    }

    public final ObjectProperty<List<SweepCurve>> curvesProperty() { return curves; }
    public final List<SweepCurve> getCurves() { return curves.get(); }
    public final void setCurves(List<SweepCurve> c) {
        curves.set(c == null ? List.of() : List.copyOf(c));
        refreshHover();
    }

    /** The swept field's name, under the x axis. */
    public final StringProperty xAxisLabelProperty() { return xAxisLabel; }
    public final void setXAxisLabel(String l) { xAxisLabel.set(l == null ? "" : l); }

    /** Whether x is drawn on a log axis (every value must then be above 0). */
    public final BooleanProperty logXProperty() { return logX; }
    public final boolean isLogX() { return logX.get(); }
    public final void setLogX(boolean b) { logX.set(b); }

    @Override
    protected void draw(GraphicsContext gc, double w, double h) {
        ChartStyle s = getChartStyle();
        ChartStrings str = getStrings();
        NumberText num = str.numbers();
        double top = drawHeader(gc, w, null);
        List<SweepCurve> all = getCurves();
        boolean log = logX.get();
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        boolean anyDiverged = false;
        for (SweepCurve c : all) {
            for (int i = 0; i < c.size(); i++) {
                double v = c.xAt(i);
                if (!Double.isFinite(v) || (log && v <= 0)) continue;
                xMin = Math.min(xMin, v);
                xMax = Math.max(xMax, v);
                anyDiverged |= c.divergedAt(i) > 0;
            }
        }
        if (xMin > xMax) {
            hasPlot = false;
            drawNoData(gc, top, w, h);
            return;
        }
        // A little room either side, so the first and last points are not on the axes.
        if (log) {
            double pad = xMax > xMin ? Math.pow(xMax / xMin, 0.04) : 2;
            xMin /= pad;
            xMax *= pad;
        } else {
            double pad = xMax > xMin ? (xMax - xMin) * 0.04 : Math.max(Math.abs(xMin) * 0.1, 1);
            xMin -= pad;
            xMax += pad;
        }
        double pad = s.gap(4);
        List<LegendRow.Item> legend = new ArrayList<>();
        for (SweepCurve c : all) legend.add(new LegendRow.Item(c.name(), c.color(), LineDash.SOLID, LegendRow.Swatch.LINE));
        legend.add(new LegendRow.Item(str.text(ChartStrings.SWEEP_BAND), s.axis().deriveColor(0, 1, 1, 0.35), LineDash.SOLID,
                LegendRow.Swatch.BAND));
        if (anyDiverged) legend.add(new LegendRow.Item(str.text(ChartStrings.SWEEP_DIVERGED), s.alarm(), LineDash.SOLID,
                LegendRow.Swatch.RING));
        double legendH = LegendRow.height(s, legend, w - 2 * pad);
        if (legendH > (h - top) / 3) legendH = 0;
        else LegendRow.draw(gc, s, legend, pad, top, w - 2 * pad);
        double capTop = top + legendH;
        String yCaption = str.text(ChartStrings.SWEEP_Y_AXIS);
        int captionLines = PlotFrame.yCaptionLines(s, yCaption, w - 2 * pad);
        double plotTop = capTop + captionLines * s.smallLineHeight() + Math.ceil(s.font().getSize() * 0.5);
        boolean showXCaption = h >= 120 * s.fontScale();
        double bottom = h - pad - PlotFrame.xAxisHeight(s) - (showXCaption ? s.smallLineHeight() : 0);
        frame.chooseYTicks(s, 0, 1, bottom - plotTop, (v, step) -> num.percent(v, 0));
        double left = pad + PlotFrame.widest(s.font(), frame.yLabels) + s.gap(7);
        frame.setBounds(left, plotTop, w - pad - s.gap(10), bottom);
        frame.x.set(xMin, xMax, frame.left, frame.right, log);
        frame.y.set(0, 1, frame.bottom, frame.top, false);
        if (log) frame.chooseLogXTicks(s, xMin, xMax, frame.width(), v -> num.tick(v, v)); // 0.01, 0.1, 1, 10
        else frame.chooseXTicks(s, xMin, xMax, frame.width(), num::tick);
        frame.drawHorizontalGrid(gc, s);
        PlotFrame.drawYCaption(gc, s, yCaption, pad, capTop, w - 2 * pad);
        if (showXCaption) frame.drawXCaption(gc, s, xAxisLabel.get(), frame.bottom + PlotFrame.xAxisHeight(s), w);
        hasPlot = true;
        gc.save();
        frame.clip(gc);
        for (SweepCurve c : all) drawBand(gc, s, c);
        for (SweepCurve c : all) drawLine(gc, s, c);
        for (SweepCurve c : all) drawMarks(gc, s, c);
        drawHover(gc, s);
        gc.restore();
        frame.drawYAxis(gc, s);
        frame.drawXAxis(gc, s, w);
    }

    private boolean placed(SweepCurve c, int i, java.util.function.IntToDoubleFunction values) {
        return frame.x.accepts(c.xAt(i)) && Double.isFinite(values.applyAsDouble(i));
    }

    /** The seeds' spread as one polygon per run of measured values: along the highs, back along the lows. */
    private void drawBand(GraphicsContext gc, ChartStyle s, SweepCurve c) {
        gc.setFill(c.color().deriveColor(0, 1, 1, s.highContrast() ? 0.4 : 0.25));
        int i = 0;
        while (i < c.size()) {
            while (i < c.size() && !(placed(c, i, c::lowAt) && placed(c, i, c::highAt))) i++;
            int start = i;
            while (i < c.size() && placed(c, i, c::lowAt) && placed(c, i, c::highAt)) i++;
            int n = i - start;
            if (n == 0) continue;
            double[] xs = new double[2 * n + (n == 1 ? 2 : 0)];
            double[] ys = new double[xs.length];
            if (n == 1) { // one value: a short bar
                double x = frame.x.toPixel(c.xAt(start));
                double r = s.line(3);
                double hi = frame.y.toPixel(c.highAt(start));
                double lo = frame.y.toPixel(c.lowAt(start));
                gc.fillRect(x - r, Math.min(hi, lo), 2 * r, Math.max(1, Math.abs(lo - hi)));
                continue;
            }
            for (int k = 0; k < n; k++) {
                double x = frame.x.toPixel(c.xAt(start + k));
                xs[k] = x;
                ys[k] = frame.y.toPixel(c.highAt(start + k));
                xs[2 * n - 1 - k] = x;
                ys[2 * n - 1 - k] = frame.y.toPixel(c.lowAt(start + k));
            }
            gc.fillPolygon(xs, ys, 2 * n);
        }
    }

    private void drawLine(GraphicsContext gc, ChartStyle s, SweepCurve c) {
        gc.setStroke(c.color());
        gc.setLineWidth(s.line(2));
        gc.setLineDashes();
        boolean drawing = false;
        gc.beginPath();
        for (int i = 0; i < c.size(); i++) {
            if (!placed(c, i, c::meanAt)) {
                drawing = false;
                continue;
            }
            double x = frame.x.toPixel(c.xAt(i));
            double y = frame.y.toPixel(c.meanAt(i));
            if (drawing) gc.lineTo(x, y);
            else gc.moveTo(x, y);
            drawing = true;
        }
        gc.stroke();
    }

    /** A dot at each mean; a cross over it in the alarm colour where a run diverged. */
    private void drawMarks(GraphicsContext gc, ChartStyle s, SweepCurve c) {
        double r = s.line(2.5);
        for (int i = 0; i < c.size(); i++) {
            if (!placed(c, i, c::meanAt)) continue;
            double x = frame.x.toPixel(c.xAt(i));
            double y = frame.y.toPixel(c.meanAt(i));
            gc.setFill(c.color());
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (c.divergedAt(i) > 0) {
                double k = r * 2.2;
                gc.setStroke(s.background());
                gc.setLineWidth(s.line(4));
                gc.strokeLine(x - k, y - k, x + k, y + k);
                gc.strokeLine(x - k, y + k, x + k, y - k);
                gc.setStroke(s.alarm());
                gc.setLineWidth(s.line(2));
                gc.strokeLine(x - k, y - k, x + k, y + k);
                gc.strokeLine(x - k, y + k, x + k, y - k);
            }
        }
    }

    private void drawHover(GraphicsContext gc, ChartStyle s) {
        double x = hoveredValue(hoverX(), hoverY());
        if (Double.isNaN(x)) return;
        double px = PlotFrame.crisp(frame.x.toPixel(x), s.line(1));
        gc.setStroke(s.axis());
        gc.setLineWidth(s.line(1));
        gc.strokeLine(px, frame.top, px, frame.bottom);
    }

    /** The swept value nearest to the pointer's column (in pixels), NaN outside the plot. */
    private double hoveredValue(double px, double py) {
        if (!hasPlot || Double.isNaN(px) || px < frame.left - 2 || px > frame.right + 2 || py < frame.top || py > frame.bottom) {
            return Double.NaN;
        }
        double best = Double.NaN;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (SweepCurve c : getCurves()) {
            for (int i = 0; i < c.size(); i++) {
                if (!frame.x.accepts(c.xAt(i))) continue;
                double d = Math.abs(frame.x.toPixel(c.xAt(i)) - px);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c.xAt(i);
                }
            }
        }
        return best;
    }

    @Override
    public String describeAt(double px, double py) {
        double x = hoveredValue(px, py);
        if (Double.isNaN(x)) return null;
        ChartStrings str = getStrings();
        NumberText num = str.numbers();
        String field = xAxisLabel.get().isEmpty() ? "x" : xAxisLabel.get();
        StringBuilder b = new StringBuilder(str.format(ChartStrings.SWEEP_HOVER_VALUE, field, num.compact(x)));
        for (SweepCurve c : getCurves()) {
            for (int i = 0; i < c.size(); i++) {
                if (c.xAt(i) != x) continue;
                b.append('\n');
                if (!Double.isFinite(c.meanAt(i))) {
                    b.append(str.format(ChartStrings.SWEEP_HOVER_ONE, c.name(), "–"));
                } else if (c.runsAt(i) > 1) {
                    b.append(str.format(ChartStrings.SWEEP_HOVER_SEEDS, c.name(), num.percent(c.meanAt(i), 1),
                            num.percent(c.lowAt(i), 1), num.percent(c.highAt(i), 1), num.count(c.runsAt(i))));
                } else {
                    b.append(str.format(ChartStrings.SWEEP_HOVER_ONE, c.name(), num.percent(c.meanAt(i), 1)));
                }
                if (c.divergedAt(i) > 0) {
                    b.append(" · ").append(str.format(ChartStrings.SWEEP_HOVER_DIVERGED, num.count(c.divergedAt(i)), num.count(c.runsAt(i))));
                }
                if (c.notLearningAt(i) > 0) {
                    b.append(" · ").append(str.format(ChartStrings.SWEEP_HOVER_NOT_LEARNING, num.count(c.notLearningAt(i)), num.count(c.runsAt(i))));
                }
            }
        }
        return b.toString();
    }

    /** Pixel column of swept value {@code v} in the last draw (for tests). */
    public final double xOfValue(double v) { return frame.x.toPixel(v); }

    /** Pixel row of accuracy {@code v} in the last draw (for tests). */
    public final double yOfValue(double v) { return frame.y.toPixel(v); }

    @Override protected double computePrefHeight(double width) { return 260; }
}

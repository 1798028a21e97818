package bnlab.ui.chart;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Rows of dots, one dot per value, each row on its own horizontal axis: a strip plot whose dots
 * are spread up and down in a few lanes where they would overlap (a simple beeswarm). Marks draw
 * a value (a mean, say) as a vertical line and its ± spread as a bracket. The pointer's readout
 * names the row and the nearest dot's value.
 */
public class StripPlotView extends ChartView {
    private static final int LANES = 5;

    private final ObjectProperty<List<StripRow>> rows = redrawing("rows", List.of());
    private final javafx.beans.property.StringProperty note = redrawingString("note", "");
    private double[] rowTop = new double[0];
    private double[] rowLo = new double[0];
    private double[] rowHi = new double[0];
    private double plotLeft;
    private double plotWidth;
    private double rowHeight;

    public StripPlotView() {
        chartStyleProperty().addListener(o -> requestLayout());
    }

    public final ObjectProperty<List<StripRow>> rowsProperty() { return rows; }
    public final List<StripRow> getRows() { return rows.get(); }
    public final void setRows(List<StripRow> r) {
        int before = rows.get().size();
        rows.set(r == null ? List.of() : List.copyOf(r));
        if (rows.get().size() != before) requestLayout(); // the height follows the number of rows
        refreshHover();
    }

    /** A short note at the top right (e.g. the step). */
    public final void setNote(String n) { note.set(n == null ? "" : n); }

    @Override
    protected void draw(GraphicsContext gc, double w, double h) {
        ChartStyle s = getChartStyle();
        double top = drawHeader(gc, w, note.get());
        List<StripRow> list = rows.get();
        if (list.isEmpty()) {
            drawNoData(gc, top, w, h);
            rowTop = new double[0];
            return;
        }
        double pad = s.gap(6);
        plotLeft = pad;
        plotWidth = Math.max(10, w - 2 * pad);
        rowHeight = (h - top - pad) / list.size();
        rowTop = new double[list.size()];
        rowLo = new double[list.size()];
        rowHi = new double[list.size()];
        for (int r = 0; r < list.size(); r++) {
            double y0 = top + r * rowHeight;
            rowTop[r] = y0;
            drawRow(gc, s, list.get(r), r, y0);
        }
    }

    private void drawRow(GraphicsContext gc, ChartStyle s, StripRow row, int index, double y0) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < row.size(); i++) {
            double v = row.value(i);
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        for (StripRow.Mark m : row.marks()) {
            if (!Double.isFinite(m.value())) continue;
            double sp = Double.isFinite(m.spread()) ? Math.max(0, m.spread()) : 0;
            lo = Math.min(lo, m.value() - sp);
            hi = Math.max(hi, m.value() + sp);
        }
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(s.font());
        gc.setFill(s.foreground());
        gc.fillText(TextMeasure.fit(s.font(), row.label(), plotWidth), plotLeft, y0);
        double labelH = s.lineHeight();
        double tickH = s.smallLineHeight();
        double bandTop = y0 + labelH;
        double bandBottom = y0 + rowHeight - tickH - s.gap(2);
        if (!(hi >= lo) || bandBottom - bandTop < 4) return;
        if (hi - lo < 1e-9) {
            lo -= 0.5;
            hi += 0.5;
        }
        double margin = 0.04 * (hi - lo);
        lo -= margin;
        hi += margin;
        rowLo[index] = lo;
        rowHi[index] = hi;
        // Axis and ticks.
        gc.setStroke(s.axis());
        gc.setLineWidth(s.line(1));
        gc.strokeLine(plotLeft, bandBottom + 0.5, plotLeft + plotWidth, bandBottom + 0.5);
        NiceScale.Ticks ticks = NiceScale.linear(lo, hi, Math.max(2, (int) (plotWidth / (s.gap(60)))));
        gc.setFont(s.smallFont());
        gc.setFill(s.mutedText());
        gc.setTextAlign(TextAlignment.CENTER);
        for (double t : ticks.values()) {
            double x = x(t, lo, hi);
            gc.strokeLine(x, bandBottom, x, bandBottom + s.gap(3));
            gc.fillText(getStrings().numbers().tick(t, ticks.step()), x, bandBottom + s.gap(2));
        }
        // Marks under the dots.
        double markTop = bandTop;
        for (StripRow.Mark m : row.marks()) {
            if (!Double.isFinite(m.value())) continue;
            double x = x(m.value(), lo, hi);
            gc.setStroke(m.color());
            gc.setLineWidth(s.line(2));
            gc.setLineDashes(m.dashed() ? new double[] {s.line(4), s.line(3)} : null);
            gc.strokeLine(x, markTop, x, bandBottom);
            if (m.spread() > 0 && Double.isFinite(m.spread())) {
                double a = x(m.value() - m.spread(), lo, hi);
                double b = x(m.value() + m.spread(), lo, hi);
                double yb = m.dashed() ? bandBottom - s.gap(3) : markTop + s.gap(3);
                gc.strokeLine(a, yb, b, yb);
                gc.strokeLine(a, yb - s.gap(3), a, yb + s.gap(3));
                gc.strokeLine(b, yb - s.gap(3), b, yb + s.gap(3));
            }
            gc.setLineDashes(null);
        }
        // Dots: each takes the first lane where it does not touch the previous dot there.
        double radius = Math.max(2, Math.min(s.gap(3.5), (bandBottom - bandTop) / (2.2 * LANES)));
        double laneStep = (bandBottom - bandTop - 2 * radius) / (LANES - 1);
        double[] laneLastX = new double[LANES];
        java.util.Arrays.fill(laneLastX, Double.NEGATIVE_INFINITY);
        Integer[] order = new Integer[row.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(row.value(a), row.value(b)));
        double mid = (bandTop + bandBottom) / 2;
        gc.setFill(Palette.mix(row.color(), s.background(), 0.15));
        double hx = Double.NaN, hy = Double.NaN;
        for (int i : order) {
            double v = row.value(i);
            if (!Double.isFinite(v)) continue;
            double x = x(v, lo, hi);
            int lane = 0;
            for (int k = 0; k < LANES; k++) {
                int candidate = k == 0 ? LANES / 2 : LANES / 2 + ((k % 2 == 1) ? (k + 1) / 2 : -(k / 2));
                if (x - laneLastX[candidate] >= 2 * radius || k == LANES - 1) {
                    lane = candidate;
                    break;
                }
            }
            laneLastX[lane] = x;
            double y = mid + (lane - LANES / 2) * laneStep;
            gc.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
            if (i == row.highlight()) {
                hx = x;
                hy = y;
            }
        }
        if (!Double.isNaN(hx)) {
            gc.setStroke(s.foreground());
            gc.setLineWidth(s.line(1.5));
            gc.strokeOval(hx - radius - 2, hy - radius - 2, 2 * radius + 4, 2 * radius + 4);
        }
    }

    private double x(double v, double lo, double hi) {
        return plotLeft + (v - lo) / (hi - lo) * plotWidth;
    }

    @Override
    public String describeAt(double px, double py) {
        List<StripRow> list = rows.get();
        if (rowTop.length != list.size() || list.isEmpty() || px < plotLeft || px > plotLeft + plotWidth) return null;
        int r = (int) Math.floor((py - rowTop[0]) / rowHeight);
        if (r < 0 || r >= list.size() || !(rowHi[r] > rowLo[r])) return null;
        StripRow row = list.get(r);
        double v = rowLo[r] + (px - plotLeft) / plotWidth * (rowHi[r] - rowLo[r]);
        int best = -1;
        for (int i = 0; i < row.size(); i++) {
            if (Double.isFinite(row.value(i)) && (best < 0 || Math.abs(row.value(i) - v) < Math.abs(row.value(best) - v))) best = i;
        }
        StringBuilder b = new StringBuilder(row.label());
        NumberText n = getStrings().numbers();
        if (best >= 0) b.append('\n').append(n.compact(row.value(best)));
        for (StripRow.Mark m : row.marks()) {
            if (!Double.isFinite(m.value())) continue;
            b.append('\n').append(m.label()).append(": ").append(n.compact(m.value()));
            if (m.spread() > 0) b.append(" ± ").append(n.compact(m.spread()));
        }
        return b.toString();
    }

    /** Room for every row's label, dots and ticks at the current style (larger in presenter mode). */
    @Override protected double computePrefHeight(double width) {
        ChartStyle s = getChartStyle();
        double row = s.lineHeight() + s.smallLineHeight() + s.gap(50);
        return s.titleLineHeight() + s.gap(10) + row * Math.max(1, rows.get().size());
    }

    @Override protected double computeMinHeight(double width) { return 0.75 * computePrefHeight(width); }
}

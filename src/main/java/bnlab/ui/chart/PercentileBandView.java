package bnlab.ui.chart;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * How a distribution evolves over training, as in Figure 1 (b, c) of Ioffe &amp; Szegedy (2015) and
 * TensorBoard's distribution view: nested shaded bands between the 0–100, 6.68–93.32, 15.87–84.13
 * and 30.85–69.15 percentiles (±∞, ±1.5, ±1 and ±0.5 σ of a normal distribution), with the paper's
 * 15th, 50th and 85th percentile lines on top (median thicker). Thousands of steps are reduced per
 * pixel column to their envelope, so no excursion is hidden.
 */
public class PercentileBandView extends StepChartView {
    private static final int[][] BANDS = {
        {PercentilePoint.P0, PercentilePoint.P100},
        {PercentilePoint.P6_68, PercentilePoint.P93_32},
        {PercentilePoint.P15_87, PercentilePoint.P84_13},
        {PercentilePoint.P30_85, PercentilePoint.P69_15},
    };
    private static final double[] BAND_TINT = {0.13, 0.27, 0.44, 0.64};

    private final ObjectProperty<List<PercentilePoint>> points = redrawing("points", List.of());
    private final ObjectProperty<Color> bandColor = redrawing("bandColor", Palette.BLUE);
    private final BooleanProperty showLegend = new SimpleBooleanProperty(this, "showLegend", true);
    private final ColumnBand band = new ColumnBand();
    private final ColumnPolyline line = new ColumnPolyline();

    public PercentileBandView() {
        showLegend.addListener(o -> markDirty());
        points.addListener(o -> refreshHover());
    }

    /** Points in increasing step order. Copied. */
    public final ObjectProperty<List<PercentilePoint>> pointsProperty() { return points; }
    public final List<PercentilePoint> getPoints() { return points.get(); }
    public final void setPoints(List<PercentilePoint> p) { points.set(p == null ? List.of() : List.copyOf(p)); }

    public final ObjectProperty<Color> bandColorProperty() { return bandColor; }
    public final void setBandColor(Color c) { bandColor.set(c == null ? Palette.BLUE : c); }

    /** Whether to show the one-line legend (median, 15th/85th) above the plot. */
    public final BooleanProperty showLegendProperty() { return showLegend; }
    public final void setShowLegend(boolean b) { showLegend.set(b); }

    /** Colour of band {@code k} (0 = outermost), from the style and band colour. */
    public final Color bandFill(int k) {
        ChartStyle s = getChartStyle();
        double boost = s.highContrast() ? 1.25 : 1;
        return Palette.mix(s.background(), bandColor.get(), Math.min(0.9, BAND_TINT[k] * boost));
    }

    /** Colour of the percentile lines. */
    public final Color lineColor() {
        return Palette.mix(bandColor.get(), Color.BLACK, 0.45);
    }

    @Override
    protected void draw(GraphicsContext gc, double w, double h) {
        ChartStyle s = getChartStyle();
        ChartStrings str = getStrings();
        double top = drawHeader(gc, w, null);
        List<PercentilePoint> pts = getPoints();
        if (pts.isEmpty()) {
            noPlot();
            drawNoData(gc, top, w, h);
            return;
        }
        ValueRange sr = fixedStepRangeProperty().get();
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (PercentilePoint p : pts) {
            if (sr != null && (p.step() < sr.min() || p.step() > sr.max())) {
                continue;
            }
            double lo = p.value(PercentilePoint.P0);
            double hi = p.value(PercentilePoint.P100);
            if (Double.isFinite(lo) && Double.isFinite(hi)) {
                yMin = Math.min(yMin, lo);
                yMax = Math.max(yMax, hi);
            }
        }
        if (yMin > yMax) {
            yMin = -1;
            yMax = 1;
        }
        List<LegendRow.Item> legend = showLegend.get() ? List.of(
                new LegendRow.Item(str.text(ChartStrings.BAND_LEGEND_MEDIAN), lineColor(), LineDash.SOLID, LegendRow.Swatch.THICK_LINE),
                new LegendRow.Item(str.text(ChartStrings.BAND_LEGEND_LINES), lineColor(), LineDash.SOLID, LegendRow.Swatch.LINE))
                : List.of();
        beginPlot(gc, w, h, top, legend, pts.get(0).step(), pts.get(pts.size() - 1).step(), yMin, yMax, false);

        for (int k = 0; k < BANDS.length; k++) {
            gc.setFill(bandFill(k));
            band.begin(gc);
            for (PercentilePoint p : pts) {
                band.add(frame.x.toPixel(p.step()), yPx(p.value(BANDS[k][1])), yPx(p.value(BANDS[k][0])));
            }
            band.end();
        }
        gc.setStroke(lineColor());
        for (int idx : new int[] {PercentilePoint.P15, PercentilePoint.P85, PercentilePoint.P50}) {
            gc.setLineWidth(s.line(idx == PercentilePoint.P50 ? 2.5 : 1.25));
            gc.setLineDashes();
            line.begin(gc);
            for (PercentilePoint p : pts) {
                line.add(frame.x.toPixel(p.step()), yPx(p.value(idx)));
            }
            line.end();
        }
        int hov = hoveredIndex();
        if (hov >= 0) {
            drawHoverGuide(gc, pts.get(hov).step());
        }
        endPlot(gc, w);
    }

    /** Pixel row of {@code v}, kept within a sane distance of the plot (clipping does the rest). */
    private double yPx(double v) {
        if (!Double.isFinite(v)) {
            return Double.NaN;
        }
        double p = frame.y.toPixel(v);
        return Math.max(frame.top - 1e4, Math.min(frame.bottom + 1e4, p));
    }

    private int hoveredIndex() {
        double step = stepAt(hoverX(), hoverY());
        return Double.isNaN(step) ? -1 : nearest(getPoints(), step);
    }

    /** Index of the point whose step is closest to {@code step}; points are in step order. */
    static int nearest(List<PercentilePoint> pts, double step) {
        int lo = 0;
        int hi = pts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pts.get(mid).step() < step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && Math.abs(pts.get(lo - 1).step() - step) <= Math.abs(pts.get(lo).step() - step)) {
            return lo - 1;
        }
        return lo;
    }

    @Override
    public String describeAt(double px, double py) {
        double step = stepAt(px, py);
        List<PercentilePoint> pts = getPoints();
        if (Double.isNaN(step) || pts.isEmpty()) {
            return null;
        }
        PercentilePoint p = pts.get(nearest(pts, step));
        ChartStrings str = getStrings();
        NumberText num = str.numbers();
        return str.format(ChartStrings.BAND_HOVER, num.step(p.step()), num.compact(p.value(PercentilePoint.P50)),
                num.compact(p.value(PercentilePoint.P15)), num.compact(p.value(PercentilePoint.P85)),
                num.compact(p.value(PercentilePoint.P0)), num.compact(p.value(PercentilePoint.P100)));
    }
}

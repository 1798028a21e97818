package bnlab.ui.chart;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A live histogram on the fixed range its data give (never auto-ranged, so a drift shows as bars
 * moving, not as the axis moving). Y is the share of all values in each bin, so layers and batch
 * sizes compare directly. Marks the mean (line) and ±1 std (shaded), counts values outside the
 * range with "◀ n" / "n ▶" badges at the edges, and counts NaN/∞ values in red.
 */
public class HistogramView extends ChartView {
    private final ObjectProperty<HistogramData> data = redrawing("data", null);
    private final StringProperty xAxisLabel = redrawingString("xAxisLabel", null);
    private final StringProperty yAxisLabel = redrawingString("yAxisLabel", null);
    private final ObjectProperty<Color> barColor = redrawing("barColor", Palette.BLUE);
    private final DoubleProperty fixedYMax = new SimpleDoubleProperty(this, "fixedYMax", Double.NaN);
    private final StableMax autoYMax = new StableMax(30);

    private final PlotFrame frame = new PlotFrame();
    private final BadgeRow badges = new BadgeRow();
    private double stripTop;

    public HistogramView() {
        data.addListener((o, old, d) -> {
            if (d != null) {
                autoYMax.update(d.peakFraction());
            }
            refreshHover();
        });
        fixedYMax.addListener(o -> markDirty());
        compact.addListener(o -> markDirty());
    }

    /** The histogram to show; null shows "no data yet". */
    public final ObjectProperty<HistogramData> dataProperty() { return data; }
    public final HistogramData getData() { return data.get(); }
    public final void setData(HistogramData d) { data.set(d); }

    /** Caption under the x axis; null uses the bundle's "value". */
    /** Compact cells (a grid with its own row and column headers) drop the y caption (the ticks say %) for plot room. */
    private final javafx.beans.property.BooleanProperty compact = new javafx.beans.property.SimpleBooleanProperty(this, "compact", false);
    public final javafx.beans.property.BooleanProperty compactProperty() { return compact; }
    public final void setCompact(boolean b) { compact.set(b); }

    public final StringProperty xAxisLabelProperty() { return xAxisLabel; }
    public final void setXAxisLabel(String s) { xAxisLabel.set(s); }

    /** Caption of the y axis; null uses the bundle's "% of values". */
    public final StringProperty yAxisLabelProperty() { return yAxisLabel; }
    public final void setYAxisLabel(String s) { yAxisLabel.set(s); }

    public final ObjectProperty<Color> barColorProperty() { return barColor; }
    public final void setBarColor(Color c) { barColor.set(c == null ? Palette.BLUE : c); }

    /**
     * Fixed top of the y axis as a fraction of all values (e.g. 0.25 = 25%); NaN (default) for the
     * automatic maximum, which grows at once but shrinks only after ~30 quieter updates.
     */
    public final DoubleProperty fixedYMaxProperty() { return fixedYMax; }
    public final void setFixedYMax(double f) { fixedYMax.set(f); }

    /** Forget the automatic y maximum (e.g. when the view starts showing a different layer). */
    public final void resetYScale() {
        autoYMax.reset();
        HistogramData d = getData();
        if (d != null) {
            autoYMax.update(d.peakFraction());
        }
        markDirty();
    }

    /** The y-axis maximum (fraction of all values) the next draw uses. */
    public final double currentYMax() {
        double f = fixedYMax.get();
        if (f > 0) {
            return f;
        }
        double a = autoYMax.current();
        return a > 0 ? a : 0.1;
    }

    @Override
    protected void draw(GraphicsContext gc, double w, double h) {
        ChartStyle s = getChartStyle();
        ChartStrings str = getStrings();
        NumberText num = str.numbers();
        HistogramData d = getData();
        boolean hasData = d != null && d.total() > 0;
        boolean hasStats = hasData && Double.isFinite(d.mean());
        String stats = hasStats ? str.format(ChartStrings.HIST_STATS, num.compact(d.mean()), num.compact(d.std())) : null;
        String brief = hasStats ? str.format(ChartStrings.HIST_STATS, num.brief(d.mean()), num.brief(d.std())) : null;
        double top = drawHeader(gc, w, stats, brief);
        if (d == null) {
            drawNoData(gc, top, w, h);
            return;
        }
        double pad = s.gap(4);
        stripTop = top;
        double stripH = s.lineHeight();
        boolean showXCaption = h >= 120 * s.fontScale();
        double bottom = h - pad - PlotFrame.xAxisHeight(s) - (showXCaption ? s.smallLineHeight() : 0);
        // The top tick label is centred on the plot's top edge: leave it half a line below the strip.
        double plotTop = top + stripH + Math.ceil(s.font().getSize() * 0.5);

        double yMax = currentYMax();
        frame.chooseYTicks(s, 0, yMax, bottom - plotTop, (v, step) -> num.percent(v, NiceScale.decimalsFor(step * 100)));
        double left = pad + PlotFrame.widest(s.font(), frame.yLabels) + s.gap(7);
        double right = w - pad - s.gap(8);
        frame.setBounds(left, plotTop, right, bottom);
        frame.x.set(d.lo(), d.hi(), frame.left, frame.right, false);
        frame.y.set(0, yMax, frame.bottom, frame.top, false);
        frame.chooseXTicks(s, d.lo(), d.hi(), frame.width(), num::tick);

        frame.drawHorizontalGrid(gc, s);
        drawStdBand(gc, s, d);
        drawBars(gc, s, d, yMax);
        drawMeanLine(gc, s, d);
        frame.drawYAxis(gc, s);
        frame.drawXAxis(gc, s, w);
        if (showXCaption) {
            frame.drawXCaption(gc, s, orDefault(xAxisLabel.get(), str.text(ChartStrings.VALUE_AXIS)),
                    frame.bottom + PlotFrame.xAxisHeight(s), w);
        }
        String yCap = compact.get() ? "" : orDefault(yAxisLabel.get(), str.text(ChartStrings.HIST_Y_AXIS));
        if (!yCap.isEmpty()) {
            PlotFrame.drawYCaption(gc, s, yCap, pad, stripTop + (stripH - s.smallLineHeight()) / 2, frame.width() / 2);
        }
        double capEnd = yCap.isEmpty() ? pad : pad + TextMeasure.width(s.smallFont(), yCap) + s.gap(8);
        badges.layout(s, d, str, frame.left, capEnd, frame.right, stripTop, stripH);
        badges.draw(gc, s);
        if (stats != null && !headerNoteShown()) {
            badges.drawInGap(gc, s, stats);
        }
    }

    private void drawStdBand(GraphicsContext gc, ChartStyle s, HistogramData d) {
        if (!Double.isFinite(d.mean()) || !(d.std() > 0) || !Double.isFinite(d.std())) {
            return;
        }
        double x0 = Math.max(frame.left, frame.x.toPixel(d.mean() - d.std()));
        double x1 = Math.min(frame.right, frame.x.toPixel(d.mean() + d.std()));
        if (x1 <= x0) {
            return;
        }
        gc.setFill(Palette.mix(s.background(), Palette.YELLOW, s.highContrast() ? 0.55 : 0.4));
        gc.fillRect(x0, frame.top, x1 - x0, frame.height());
    }

    private void drawBars(GraphicsContext gc, ChartStyle s, HistogramData d, double yMax) {
        int n = d.binCount();
        int hovered = binAt(hoverX(), hoverY());
        Color base = barColor.get();
        Color fill = Palette.mix(s.background(), base, s.fillOpacity());
        Color hot = Palette.mix(base, Color.BLACK, 0.35);
        double plotH = frame.height();
        double total = d.total();
        boolean clipped = false;
        for (int i = 0; i < n; i++) {
            long c = d.count(i);
            if (c == 0) {
                continue;
            }
            double x0 = Math.round(frame.x.toPixel(d.binLo(i)));
            double x1 = Math.round(frame.x.toPixel(d.binHi(i)));
            if (x1 - x0 >= 4) {
                x1 -= 1; // a hairline gap keeps neighbouring bars apart
            }
            double bw = Math.max(1, x1 - x0);
            double bh = c / total / yMax * plotH;
            if (bh > plotH) {
                bh = plotH;
                clipped = true;
            }
            bh = Math.max(1, bh); // a non-empty bin is never invisible
            gc.setFill(i == hovered ? hot : fill);
            gc.fillRect(x0, frame.bottom - bh, bw, bh);
            if (clipped && bh == plotH) {
                gc.setFill(s.alarm()); // bar taller than a fixed y axis: say so at its top
                gc.fillRect(x0, frame.top, bw, s.line(2));
                clipped = false;
            }
        }
    }

    private void drawMeanLine(GraphicsContext gc, ChartStyle s, HistogramData d) {
        if (!Double.isFinite(d.mean()) || d.mean() < d.lo() || d.mean() > d.hi()) {
            return;
        }
        double lw = s.line(2); // even width: covers whole pixels, no grey anti-aliased smear
        double px = PlotFrame.crisp(frame.x.toPixel(d.mean()), lw);
        gc.setFill(s.foreground());
        PlotFrame.verticalLine(gc, px, frame.top, frame.bottom, lw);
    }

    private int binAt(double px, double py) {
        HistogramData d = getData();
        if (d == null || Double.isNaN(px) || px < frame.left || px > frame.right
                || py < frame.top - s().lineHeight() || py > frame.bottom) {
            return -1;
        }
        int i = (int) Math.floor((frame.x.toValue(px) - d.lo()) / d.binWidth());
        return Math.max(0, Math.min(d.binCount() - 1, i));
    }

    @Override
    public String describeAt(double px, double py) {
        HistogramData d = getData();
        if (d == null || d.total() <= 0) {
            return null;
        }
        ChartStrings str = getStrings();
        NumberText num = str.numbers();
        String badge = badges.describeAt(px, py, d, str);
        if (badge != null) {
            return badge;
        }
        int i = binAt(px, py);
        if (i < 0) {
            return null;
        }
        int dec = edgeDecimals(d.binWidth());
        return str.format(ChartStrings.HIST_BAR, num.fixed(d.binLo(i), dec), num.fixed(d.binHi(i), dec),
                num.count(d.count(i)), num.share(d.count(i), d.total()));
    }

    /** Enough decimals to tell neighbouring bin edges apart, and no more. */
    static int edgeDecimals(double binWidth) {
        int sig = Math.max(0, 2 - (int) Math.floor(Math.log10(binWidth)));
        return Math.min(NiceScale.decimalsFor(binWidth), sig);
    }

    private ChartStyle s() { return getChartStyle(); }

    static String orDefault(String s, String def) {
        return s == null ? def : s;
    }

    /** Centre of bin {@code i} in view coordinates, from the last draw (for tests and the window). */
    public final double binCenterX(int i) {
        HistogramData d = getData();
        return d == null ? Double.NaN : frame.x.toPixel((d.binLo(i) + d.binHi(i)) / 2);
    }

    /** Bounds {x, y, w, h} of the below (0), above (1) or NaN (2) badge from the last draw; null if not shown. */
    final double[] badgeBounds(int k) {
        return badges.bounds(k);
    }

    /** Pixel row of the x axis (bottom of the bars) from the last draw. */
    public final double plotBottomY() { return frame.bottom; }

    /** Pixel row of the top of the plot area from the last draw. */
    public final double plotTopY() { return frame.top; }
}

package bnlab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A classifier's decision regions on 2-D data, drawn as TensorFlow Playground draws them: each
 * grid cell takes the colour of its most likely class, mixed towards white as confidence drops
 * toward chance (so boundaries show as pale seams), with the data points on top, training points
 * filled and test points outlined. The heatmap is one small image, scaled up smoothly.
 */
public class DecisionBoundaryView extends ChartView {
    private final ObjectProperty<DecisionBoundaryData> data = redrawing("data", null);
    private final ObjectProperty<List<LabeledPoint>> points = redrawing("points", List.of());
    private final ObjectProperty<List<String>> classNames = redrawing("classNames", List.of());
    private final StringProperty xAxisLabel = redrawingString("xAxisLabel", null);
    private final StringProperty yAxisLabel = redrawingString("yAxisLabel", null);

    private final PlotFrame frame = new PlotFrame();
    private WritableImage heatmap;
    private DecisionBoundaryData heatmapOf;
    private ChartStyle heatmapStyle;
    private boolean hasPlot;

    public DecisionBoundaryView() {
        data.addListener(o -> refreshHover());
    }

    /** Predicted probabilities on a grid; null shows only the points (or "no data yet"). */
    public final ObjectProperty<DecisionBoundaryData> dataProperty() { return data; }
    public final void setData(DecisionBoundaryData d) { data.set(d); }

    /** Data points drawn over the heatmap. Copied. */
    public final ObjectProperty<List<LabeledPoint>> pointsProperty() { return points; }
    public final void setPoints(List<LabeledPoint> p) { points.set(p == null ? List.of() : List.copyOf(p)); }

    /** Class names for the legend and readout, by class index. Copied. */
    public final ObjectProperty<List<String>> classNamesProperty() { return classNames; }
    public final void setClassNames(List<String> n) { classNames.set(n == null ? List.of() : List.copyOf(n)); }

    public final StringProperty xAxisLabelProperty() { return xAxisLabel; }
    public final void setXAxisLabel(String s) { xAxisLabel.set(s); }
    public final StringProperty yAxisLabelProperty() { return yAxisLabel; }
    public final void setYAxisLabel(String s) { yAxisLabel.set(s); }

    /** Colour of a cell whose most likely class is {@code cls} with probability {@code p} among {@code k}. */
    public static Color cellColor(ChartStyle s, int cls, double p, int k) {
        if (!Double.isFinite(p) || cls < 0) {
            return Color.gray(0.8);
        }
        double chance = 1.0 / k;
        double confidence = Math.max(0, Math.min(1, (p - chance) / (1 - chance)));
        return Palette.mix(s.background(), Palette.categorical(cls), confidence * (s.highContrast() ? 0.75 : 0.6));
    }

    @Override
    protected void draw(GraphicsContext gc, double w, double h) {
        ChartStyle s = getChartStyle();
        ChartStrings str = getStrings();
        NumberText num = str.numbers();
        double top = drawHeader(gc, w, null);
        DecisionBoundaryData d = data.get();
        List<LabeledPoint> pts = points.get();
        double[] dom = domain(d, pts);
        if (dom == null) {
            hasPlot = false;
            drawNoData(gc, top, w, h);
            return;
        }
        double pad = s.gap(4);
        List<LegendRow.Item> legend = legend(s, str, pts);
        double legendH = LegendRow.height(s, legend, w - 2 * pad);
        LegendRow.draw(gc, s, legend, pad, top, w - 2 * pad);
        double capTop = top + legendH;
        double plotTop = capTop + s.smallLineHeight() + Math.ceil(s.font().getSize() * 0.5);
        double bottom = h - pad - PlotFrame.xAxisHeight(s) - s.smallLineHeight();
        frame.chooseYTicks(s, dom[2], dom[3], bottom - plotTop, num::tick);
        double labelW = PlotFrame.widest(s.font(), frame.yLabels) + s.gap(7);
        // Square plot: the same distance means the same on both axes, so shapes are not distorted.
        double side = Math.max(10, Math.min(w - 2 * pad - labelW - s.gap(8), bottom - plotTop));
        double left = Math.max(pad + labelW, (w - side) / 2);
        frame.setBounds(left, plotTop, left + side, plotTop + side);
        frame.x.set(dom[0], dom[1], frame.left, frame.right, false);
        frame.y.set(dom[2], dom[3], frame.bottom, frame.top, false);
        frame.chooseXTicks(s, dom[0], dom[1], frame.width(), num::tick);
        hasPlot = true;

        if (d != null) {
            gc.setImageSmoothing(true);
            gc.drawImage(heatmap(d, s), frame.left, frame.top, frame.width(), frame.height());
        }
        gc.save();
        frame.clip(gc);
        drawPoints(gc, s, pts);
        gc.restore();
        frame.drawYAxis(gc, s);
        frame.drawXAxis(gc, s, w);
        frame.drawXCaption(gc, s, HistogramView.orDefault(xAxisLabel.get(), str.text(ChartStrings.BOUNDARY_X_AXIS)),
                frame.bottom + PlotFrame.xAxisHeight(s), w);
        PlotFrame.drawYCaption(gc, s, HistogramView.orDefault(yAxisLabel.get(), str.text(ChartStrings.BOUNDARY_Y_AXIS)),
                Math.max(pad, frame.left - labelW), capTop, w - 2 * pad);
    }

    private static double[] domain(DecisionBoundaryData d, List<LabeledPoint> pts) {
        if (d != null) {
            return new double[] {d.xMin(), d.xMax(), d.yMin(), d.yMax()};
        }
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (LabeledPoint p : pts) {
            if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                x0 = Math.min(x0, p.x());
                x1 = Math.max(x1, p.x());
                y0 = Math.min(y0, p.y());
                y1 = Math.max(y1, p.y());
            }
        }
        if (x0 > x1) {
            return null;
        }
        double[] ex = NiceScale.expand(x0, x1, 5);
        double[] ey = NiceScale.expand(y0, y1, 5);
        return new double[] {ex[0], ex[1], ey[0], ey[1]};
    }

    private List<LegendRow.Item> legend(ChartStyle s, ChartStrings str, List<LabeledPoint> pts) {
        List<LegendRow.Item> items = new ArrayList<>();
        List<String> names = classNames.get();
        for (int c = 0; c < names.size(); c++) {
            items.add(new LegendRow.Item(names.get(c), Palette.categorical(c), null, LegendRow.Swatch.DOT));
        }
        boolean anyTest = pts.stream().anyMatch(LabeledPoint::test);
        boolean anyTrain = pts.stream().anyMatch(p -> !p.test());
        if (anyTest && anyTrain) { // the filled/outlined distinction needs explaining only when both appear
            items.add(new LegendRow.Item(str.text(ChartStrings.BOUNDARY_TRAIN), s.mutedText(), null, LegendRow.Swatch.DOT));
            items.add(new LegendRow.Item(str.text(ChartStrings.BOUNDARY_TEST), s.mutedText(), null, LegendRow.Swatch.RING));
        }
        return items;
    }

    /** The heatmap image, rebuilt only when the data or the contrast changed. */
    private WritableImage heatmap(DecisionBoundaryData d, ChartStyle s) {
        int g = d.gridSize();
        if (heatmapOf == d && heatmapStyle != null && heatmapStyle.highContrast() == s.highContrast()) {
            return heatmap;
        }
        if (heatmap == null || (int) heatmap.getWidth() != g) {
            heatmap = new WritableImage(g, g);
        }
        PixelWriter pw = heatmap.getPixelWriter();
        float[] p = d.raw();
        int k = d.classes();
        for (int iy = 0; iy < g; iy++) {
            for (int ix = 0; ix < g; ix++) {
                int o = d.offset(ix, iy);
                int best = -1;
                float bp = Float.NEGATIVE_INFINITY;
                boolean ok = true;
                for (int c = 0; c < k; c++) {
                    float v = p[o + c];
                    ok &= Float.isFinite(v);
                    if (v > bp) {
                        bp = v;
                        best = c;
                    }
                }
                Color col = cellColor(s, ok ? best : -1, ok ? bp : Double.NaN, k);
                pw.setColor(ix, g - 1 - iy, col); // image row 0 is the top, grid row 0 the bottom
            }
        }
        heatmapOf = d;
        heatmapStyle = s;
        return heatmap;
    }

    private void drawPoints(GraphicsContext gc, ChartStyle s, List<LabeledPoint> pts) {
        double r = 3.2 * s.fontScale();
        gc.setLineDashes();
        for (LabeledPoint p : pts) {
            if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                continue;
            }
            double x = frame.x.toPixel(p.x());
            double y = frame.y.toPixel(p.y());
            Color c = Palette.categorical(p.label());
            if (p.test()) {
                gc.setFill(s.background());
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                gc.setStroke(Palette.mix(c, Color.BLACK, 0.15));
                gc.setLineWidth(s.line(1.6));
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            } else {
                gc.setFill(c);
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                gc.setStroke(s.highContrast() ? Color.BLACK : Color.WHITE); // a rim separates overlapping points
                gc.setLineWidth(s.line(0.75));
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    @Override
    public String describeAt(double px, double py) {
        DecisionBoundaryData d = data.get();
        if (!hasPlot || d == null || !frame.contains(px, py)) {
            return null;
        }
        double x = frame.x.toValue(px);
        double y = frame.y.toValue(py);
        int g = d.gridSize();
        int ix = Math.max(0, Math.min(g - 1, (int) ((x - d.xMin()) / (d.xMax() - d.xMin()) * g)));
        int iy = Math.max(0, Math.min(g - 1, (int) ((y - d.yMin()) / (d.yMax() - d.yMin()) * g)));
        int best = 0;
        for (int c = 1; c < d.classes(); c++) {
            if (d.probability(ix, iy, c) > d.probability(ix, iy, best)) {
                best = c;
            }
        }
        ChartStrings str = getStrings();
        NumberText num = str.numbers();
        List<String> names = classNames.get();
        String name = best < names.size() ? names.get(best) : num.count(best);
        return str.format(ChartStrings.BOUNDARY_HOVER, num.fixed(x, 2), num.fixed(y, 2), name,
                num.percent(d.probability(ix, iy, best), 0));
    }

    /** Pixel position of a domain point from the last draw (for tests and the window). */
    public final double[] toPixel(double x, double y) {
        return new double[] {frame.x.toPixel(x), frame.y.toPixel(y)};
    }
}

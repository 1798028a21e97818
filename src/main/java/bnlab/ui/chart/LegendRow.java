package bnlab.ui.chart;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/** A legend laid out as a flowing row of swatch + name items, wrapping onto more rows if needed. */
final class LegendRow {
    private LegendRow() {}

    enum Swatch { LINE, THICK_LINE, BAND, DOT, RING }

    record Item(String label, Color color, LineDash dash, Swatch swatch) {}

    /** Height the items take when wrapped into {@code width}. */
    static double height(ChartStyle s, List<Item> items, double width) {
        return items.isEmpty() ? 0 : rows(s, items, width) * s.lineHeight();
    }

    private static int rows(ChartStyle s, List<Item> items, double width) {
        int rows = 1;
        double x = 0;
        for (Item it : items) {
            double iw = itemWidth(s, it);
            if (x > 0 && x + iw > width) {
                rows++;
                x = 0;
            }
            x += iw + s.gap(12);
        }
        return rows;
    }

    private static double swatchWidth(ChartStyle s) {
        return s.gap(22);
    }

    private static double itemWidth(ChartStyle s, Item it) {
        return swatchWidth(s) + s.gap(5) + TextMeasure.width(s.font(), it.label());
    }

    /** Draw from (x, y) to the right, wrapping at {@code x + width}. */
    static void draw(GraphicsContext gc, ChartStyle s, List<Item> items, double x0, double y0, double width) {
        double lh = s.lineHeight();
        double x = x0;
        double y = y0;
        gc.setFont(s.font());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (Item it : items) {
            double iw = itemWidth(s, it);
            if (x > x0 && x + iw > x0 + width) {
                x = x0;
                y += lh;
            }
            double cy = Math.round(y + lh / 2);
            double sw = swatchWidth(s);
            drawSwatch(gc, s, it, x, cy, sw);
            gc.setFill(s.foreground());
            gc.fillText(TextMeasure.fit(s.font(), it.label(), x0 + width - x - sw - s.gap(5)), x + sw + s.gap(5), cy);
            x += iw + s.gap(12);
        }
    }

    private static void drawSwatch(GraphicsContext gc, ChartStyle s, Item it, double x, double cy, double sw) {
        double r = s.font().getSize() * 0.33;
        switch (it.swatch()) {
            case LINE, THICK_LINE -> {
                double lw = s.line(it.swatch() == Swatch.THICK_LINE ? 3 : 1.75);
                gc.setStroke(it.color());
                gc.setLineWidth(lw);
                gc.setLineCap(StrokeLineCap.BUTT);
                (it.dash() == null ? LineDash.SOLID : it.dash()).apply(gc, lw);
                gc.strokeLine(x, cy, x + sw, cy);
                gc.setLineDashes();
            }
            case BAND -> {
                gc.setFill(it.color());
                gc.fillRect(x, cy - r * 1.3, sw, r * 2.6);
            }
            case DOT -> {
                gc.setFill(it.color());
                gc.fillOval(x + sw / 2 - r, cy - r, 2 * r, 2 * r);
                gc.setStroke(s.foreground());
                gc.setLineWidth(s.line(0.75));
                gc.strokeOval(x + sw / 2 - r, cy - r, 2 * r, 2 * r);
            }
            case RING -> {
                gc.setFill(s.background());
                gc.fillOval(x + sw / 2 - r, cy - r, 2 * r, 2 * r);
                gc.setStroke(it.color());
                gc.setLineWidth(s.line(1.75));
                gc.strokeOval(x + sw / 2 - r, cy - r, 2 * r, 2 * r);
            }
        }
    }
}

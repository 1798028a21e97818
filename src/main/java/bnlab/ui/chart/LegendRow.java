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
            List<String> lines = lines(s, it, width);
            double iw = lines.size() > 1 ? width : itemWidth(s, it);
            if (x > 0 && x + iw > width) {
                rows++;
                x = 0;
            }
            rows += lines.size() - 1;
            x = lines.size() > 1 ? width : x + iw + s.gap(12);
        }
        return rows;
    }

    private static double swatchWidth(ChartStyle s) {
        return s.gap(22);
    }

    private static double itemWidth(ChartStyle s, Item it) {
        return swatchWidth(s) + s.gap(5) + TextMeasure.width(s.font(), it.label());
    }

    /**
     * An item's label as it is drawn: one line, or where even a row of its own is too narrow, broken
     * at spaces into lines that fit (a single word too long for any line is still shortened).
     */
    private static List<String> lines(ChartStyle s, Item it, double width) {
        double room = width - swatchWidth(s) - s.gap(5);
        if (TextMeasure.width(s.font(), it.label()) <= room) {
            return List.of(it.label());
        }
        List<String> out = new java.util.ArrayList<>();
        String line = "";
        for (String word : it.label().split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && TextMeasure.width(s.font(), longer) > room) {
                out.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        out.add(line);
        return out;
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
            List<String> lines = lines(s, it, width);
            double iw = lines.size() > 1 ? width : itemWidth(s, it);
            if (x > x0 && x + iw > x0 + width) {
                x = x0;
                y += lh;
            }
            double cy = Math.round(y + lh / 2);
            double sw = swatchWidth(s);
            drawSwatch(gc, s, it, x, cy, sw);
            gc.setFill(s.foreground());
            double room = x0 + width - x - sw - s.gap(5);
            for (int k = 0; k < lines.size(); k++) {
                gc.fillText(TextMeasure.fit(s.font(), lines.get(k), room), x + sw + s.gap(5), cy + k * lh);
            }
            y += (lines.size() - 1) * lh;
            x = lines.size() > 1 ? x0 + width : x + iw + s.gap(12);
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

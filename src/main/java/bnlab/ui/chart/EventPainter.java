package bnlab.ui.chart;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws {@link EventMarker}s as vertical lines across a plot with their labels at the top, on a
 * background chip so they stay readable over data; labels that would collide move down a line.
 */
final class EventPainter {
    private EventPainter() {}

    static void draw(GraphicsContext gc, ChartStyle s, PlotFrame f, List<EventMarker> events) {
        if (events.isEmpty()) {
            return;
        }
        double lh = s.smallLineHeight();
        double pad = s.gap(3);
        double[] rowEnd = new double[Math.max(1, (int) (f.height() / lh / 2))];
        java.util.Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        // Lines first, so no line crosses a label.
        for (EventMarker e : events) {
            double x = f.x.toPixel(e.step());
            if (x < f.left - 0.5 || x > f.right + 0.5) {
                continue;
            }
            boolean alarm = e.kind() == EventMarker.Kind.ALARM;
            double lw = s.line(alarm ? 2 : 1.25);
            gc.setStroke(alarm ? s.alarm() : s.foreground());
            gc.setLineWidth(lw);
            if (alarm) {
                gc.setLineDashes();
            } else {
                gc.setLineDashes(s.line(4), s.line(3));
            }
            double cx = PlotFrame.crisp(x, lw);
            gc.strokeLine(cx, f.top, cx, f.bottom);
        }
        gc.setLineDashes();
        gc.setFont(s.smallFont());
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        for (EventMarker e : events) {
            double x = f.x.toPixel(e.step());
            if (x < f.left - 0.5 || x > f.right + 0.5 || e.label().isEmpty()) {
                continue;
            }
            boolean alarm = e.kind() == EventMarker.Kind.ALARM;
            double tw = TextMeasure.width(s.smallFont(), e.label());
            double lx = x + pad;
            if (lx + tw + pad > f.right) {
                lx = x - pad - tw; // near the right edge the label goes on the line's left
            }
            // Never off the view's left edge; wider than the whole view, it is shortened (and reported).
            lx = Math.max(2, lx);
            String label = TextMeasure.fit(s.smallFont(), e.label(), f.right + pad - lx);
            tw = TextMeasure.width(s.smallFont(), label);
            int row = 0;
            while (row < rowEnd.length - 1 && lx - pad < rowEnd[row]) {
                row++;
            }
            rowEnd[row] = lx + tw + pad;
            double ly = f.top + pad + row * lh;
            gc.setFill(alarm ? s.alarm() : Color.rgb(255, 255, 255, 0.88));
            gc.fillRect(lx - pad / 2, ly - 1, tw + pad, lh);
            gc.setFill(alarm ? Color.WHITE : s.foreground());
            gc.fillText(label, lx, ly);
        }
    }
}

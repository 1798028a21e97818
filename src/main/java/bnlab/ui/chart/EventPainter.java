package bnlab.ui.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws {@link EventMarker}s as vertical lines across a plot with their labels at the top, on a
 * background chip so they stay readable over data; a label that would overlap another moves down
 * to the first row where it overlaps none (one it cannot place is left out and reported as cut).
 */
final class EventPainter {
    private EventPainter() {}

    /** Draws the markers; returns where their labels went (in the view's pixels). */
    static List<Rectangle2D> draw(GraphicsContext gc, ChartStyle s, PlotFrame f, List<EventMarker> events) {
        List<Rectangle2D> placed = new ArrayList<>();
        if (events.isEmpty()) {
            return placed;
        }
        double lh = s.smallLineHeight();
        double pad = s.gap(3);
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
        // Labels left to right, each in the first row where it overlaps no other label (three networks
        // that stop learning a few steps apart stack instead of printing over each other).
        List<EventMarker> byStep = new ArrayList<>(events);
        byStep.sort(Comparator.comparingLong(EventMarker::step));
        List<List<double[]>> rows = new ArrayList<>();
        int maxRows = Math.max(1, (int) ((f.height() - pad) / lh));
        for (EventMarker e : byStep) {
            double x = f.x.toPixel(e.step());
            if (x < f.left - 0.5 || x > f.right + 0.5 || e.label().isEmpty()) {
                continue;
            }
            boolean alarm = e.kind() == EventMarker.Kind.ALARM;
            double bar = e.color() != null ? s.gap(4) : 0;
            double tw = TextMeasure.width(s.smallFont(), e.label());
            double lx = x + pad + bar;
            if (lx + tw + pad > f.right) {
                lx = x - pad - tw; // near the right edge the label goes on the line's left
            }
            // Never off the view's left edge; wider than the whole view, it is shortened (and reported).
            lx = Math.max(pad + bar, lx);
            String label = TextMeasure.fit(s.smallFont(), e.label(), f.right + pad - lx);
            tw = TextMeasure.width(s.smallFont(), label);
            double from = lx - pad / 2 - bar;
            double to = lx + tw + pad / 2;
            int row = 0;
            while (row < rows.size() && overlaps(rows.get(row), from, to)) {
                row++;
            }
            if (row >= maxRows) {
                TextMeasure.fit(s.smallFont(), e.label(), 0); // no room left: not drawn, and reported as cut
                continue;
            }
            if (row == rows.size()) {
                rows.add(new ArrayList<>());
            }
            rows.get(row).add(new double[] {from, to});
            double ly = f.top + pad + row * lh;
            gc.setFill(alarm ? s.alarm() : Color.rgb(255, 255, 255, 0.88));
            gc.fillRect(from, ly - 1, to - from, lh);
            if (e.color() != null) {
                gc.setFill(e.color());
                gc.fillRect(from, ly - 1, bar, lh);
            }
            gc.setFill(alarm ? Color.WHITE : s.foreground());
            gc.fillText(label, lx, ly);
            placed.add(new Rectangle2D(from, ly - 1, to - from, lh));
        }
        return placed;
    }

    private static boolean overlaps(List<double[]> row, double from, double to) {
        for (double[] r : row) {
            if (from < r[1] && to > r[0]) {
                return true;
            }
        }
        return false;
    }
}

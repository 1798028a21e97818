package bnlab.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** The hover readout: a small boxed text near the pointer, kept inside the view. */
final class ReadoutBox {
    private ReadoutBox() {}

    static void draw(GraphicsContext gc, ChartStyle s, String text, double px, double py, double w, double h) {
        String[] lines = text.split("\n");
        double pad = s.gap(4);
        double lh = s.lineHeight();
        double bw = 0;
        for (String line : lines) {
            bw = Math.max(bw, TextMeasure.width(s.font(), line));
        }
        bw = Math.min(bw + 2 * pad, w - 2);
        double bh = Math.min(lines.length * lh + 2 * pad - (lh - s.font().getSize() * 1.15), h - 2);
        // Above and to the right of the pointer, so the thing pointed at stays visible.
        double x = px + s.gap(12);
        if (x + bw > w - 1) {
            x = px - s.gap(12) - bw;
        }
        x = Math.max(1, Math.min(x, w - bw - 1));
        double y = py - s.gap(10) - bh;
        if (y < 1) {
            y = py + s.gap(16);
        }
        y = Math.max(1, Math.min(y, h - bh - 1));

        gc.save();
        gc.setFill(s.highContrast() ? Color.WHITE : Color.rgb(255, 255, 255, 0.94));
        gc.fillRoundRect(x, y, bw, bh, 6, 6);
        gc.setStroke(s.foreground());
        gc.setLineWidth(s.line(1));
        gc.setLineDashes();
        gc.strokeRoundRect(x + 0.5, y + 0.5, bw - 1, bh - 1, 6, 6);
        gc.beginPath();
        gc.rect(x, y, bw, bh);
        gc.clip();
        gc.setFont(s.font());
        gc.setFill(s.foreground());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        for (int i = 0; i < lines.length; i++) {
            gc.fillText(lines[i], x + pad, y + pad + i * lh);
        }
        gc.restore();
    }
}

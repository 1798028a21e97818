package bnlab.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The strip above a histogram's bars: "◀ n" at the left edge for values below the range, "n ▶" at
 * the right edge for values above it, and a red "NaN/∞ n" in the middle. Each appears only when its
 * count is above zero. The triangles are drawn, not typed, so they don't depend on a font's glyphs.
 */
final class BadgeRow {
    private static final int BELOW = 0;
    private static final int ABOVE = 1;
    private static final int NON_FINITE = 2;

    private final double[] bx = new double[3];
    private final double[] bw = new double[3];
    private final String[] text = new String[3];
    private double by;
    private double bh;

    void layout(ChartStyle s, HistogramData d, ChartStrings str, double plotLeft, double minLeft,
            double plotRight, double stripTop, double stripH) {
        double tri = s.font().getSize() * 0.55;
        double pad = s.gap(4);
        NumberText num = str.numbers();
        bh = Math.round(s.font().getSize() * 1.25);
        by = Math.round(stripTop + (stripH - bh) / 2);
        text[BELOW] = d.below() > 0 ? num.count(d.below()) : null;
        text[ABOVE] = d.above() > 0 ? num.count(d.above()) : null;
        text[NON_FINITE] = d.nonFinite() > 0 ? str.format(ChartStrings.HIST_NON_FINITE, num.count(d.nonFinite())) : null;
        for (int k = 0; k < 3; k++) {
            bw[k] = text[k] == null ? 0 : TextMeasure.width(s.font(), text[k]) + 2 * pad + (k == NON_FINITE ? 0 : tri + pad);
        }
        bx[BELOW] = Math.max(plotLeft, minLeft);
        bx[ABOVE] = plotRight - bw[ABOVE];
        if (bx[BELOW] + bw[BELOW] + pad > bx[ABOVE] && text[BELOW] != null && text[ABOVE] != null) {
            // Narrow cell: first use the room left of the plot, then shorten the counts (12,345 → 12k).
            bx[BELOW] = minLeft;
            if (bx[BELOW] + bw[BELOW] + pad > bx[ABOVE]) {
                text[BELOW] = shortCount(d.below());
                text[ABOVE] = shortCount(d.above());
                for (int k = 0; k < 2; k++) bw[k] = TextMeasure.width(s.font(), text[k]) + 2 * pad + tri + pad;
                bx[ABOVE] = plotRight - bw[ABOVE];
            }
        }
        double mid = (plotLeft + plotRight) / 2 - bw[NON_FINITE] / 2;
        // Keep the middle badge clear of the edge badges when space is short.
        double lo = bx[BELOW] + bw[BELOW] + pad;
        double hi = bx[ABOVE] - pad - bw[NON_FINITE];
        bx[NON_FINITE] = Math.max(lo, Math.min(mid, Math.max(lo, hi)));
    }

    /** 950 → "950", 3,877 → "3.9k", 12,345 → "12k": for badges that must fit a narrow cell. */
    static String shortCount(long n) {
        if (n < 1000) return Long.toString(n);
        if (n < 10_000) return String.format(java.util.Locale.ROOT, "%.1fk", n / 1000.0);
        if (n < 1_000_000) return (n + 500) / 1000 + "k";
        return String.format(java.util.Locale.ROOT, "%.1fM", n / 1e6);
    }

    void draw(GraphicsContext gc, ChartStyle s) {
        double tri = s.font().getSize() * 0.55;
        double pad = s.gap(4);
        gc.setFont(s.font());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double cy = by + bh / 2;
        Color pill = Palette.mix(s.background(), Palette.ORANGE, s.highContrast() ? 0.45 : 0.3);
        for (int k = 0; k < 3; k++) {
            if (text[k] == null) {
                continue;
            }
            boolean alarm = k == NON_FINITE;
            gc.setFill(alarm ? s.alarm() : pill);
            gc.fillRoundRect(bx[k], by, bw[k], bh, bh / 2, bh / 2);
            Color ink = alarm ? Color.WHITE : s.foreground();
            gc.setFill(ink);
            if (k == BELOW) {
                double tx = bx[k] + pad;
                gc.fillPolygon(new double[] {tx, tx + tri, tx + tri}, new double[] {cy, cy - tri * 0.8, cy + tri * 0.8}, 3);
                gc.fillText(text[k], tx + tri + pad, cy);
            } else if (k == ABOVE) {
                double tx = bx[k] + bw[k] - pad;
                gc.fillPolygon(new double[] {tx, tx - tri, tx - tri}, new double[] {cy, cy - tri * 0.8, cy + tri * 0.8}, 3);
                gc.fillText(text[k], bx[k] + pad, cy);
            } else {
                gc.fillText(text[k], bx[k] + pad, cy);
            }
        }
    }

    /** Muted text centred in the free space between the edge badges, if it fits there whole. */
    void drawInGap(GraphicsContext gc, ChartStyle s, String note) {
        double pad = s.gap(6);
        double from = bx[BELOW] + bw[BELOW] + (bw[BELOW] > 0 ? pad : 0);
        double to = bx[ABOVE] - (bw[ABOVE] > 0 ? pad : 0);
        if (text[NON_FINITE] != null) {
            return; // the red NaN badge owns the middle
        }
        double tw = TextMeasure.width(s.font(), note);
        if (tw > to - from) {
            return;
        }
        gc.setFont(s.font());
        gc.setFill(s.mutedText());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(note, Math.max(from + tw / 2, Math.min((from + to) / 2, to - tw / 2)), by + bh / 2);
    }

    /** Readout for a pointer over one of the badges, else null. */
    String describeAt(double px, double py, HistogramData d, ChartStrings str) {
        if (py < by || py > by + bh) {
            return null;
        }
        NumberText num = str.numbers();
        for (int k = 0; k < 3; k++) {
            if (text[k] == null || px < bx[k] || px > bx[k] + bw[k]) {
                continue;
            }
            return switch (k) {
                case BELOW -> str.format(ChartStrings.HIST_BELOW, num.count(d.below()), num.compact(d.lo()),
                        num.share(d.below(), d.total()));
                case ABOVE -> str.format(ChartStrings.HIST_ABOVE, num.count(d.above()), num.compact(d.hi()),
                        num.share(d.above(), d.total()));
                default -> str.format(ChartStrings.HIST_NON_FINITE_HOVER, num.count(d.nonFinite()),
                        num.share(d.nonFinite(), d.total()));
            };
        }
        return null;
    }

    /** Left edge, width and vertical centre of badge 0 (below), 1 (above) or 2 (NaN), for tests. */
    double[] bounds(int k) {
        return text[k] == null ? null : new double[] {bx[k], by, bw[k], bh};
    }
}

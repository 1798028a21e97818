package bnlab.ui.chart;

/** Maps data values on one axis to pixels, linearly or by log10, and back. */
final class AxisScale {
    private double d0 = 0;
    private double d1 = 1;
    private double p0 = 0;
    private double p1 = 1;
    private boolean log;
    private double l0;
    private double l1 = 1;

    /** Data {@code d0} lands on pixel {@code p0}, {@code d1} on {@code p1} (p1 < p0 for y axes). */
    void set(double d0, double d1, double p0, double p1, boolean log) {
        this.d0 = d0;
        this.d1 = d1;
        this.p0 = p0;
        this.p1 = p1;
        this.log = log;
        if (log) {
            l0 = Math.log10(d0);
            l1 = Math.log10(d1);
        }
    }

    double toPixel(double v) {
        double t = log ? (Math.log10(v) - l0) / (l1 - l0) : (v - d0) / (d1 - d0);
        return p0 + t * (p1 - p0);
    }

    double toValue(double p) {
        double t = (p - p0) / (p1 - p0);
        return log ? Math.pow(10, l0 + t * (l1 - l0)) : d0 + t * (d1 - d0);
    }

    double dataMin() { return d0; }
    double dataMax() { return d1; }
    double pixelMin() { return Math.min(p0, p1); }
    double pixelMax() { return Math.max(p0, p1); }
    boolean isLog() { return log; }

    /** Whether {@code v} can be placed on this axis at all (log axes reject v ≤ 0). */
    boolean accepts(double v) {
        return Double.isFinite(v) && (!log || v > 0);
    }
}

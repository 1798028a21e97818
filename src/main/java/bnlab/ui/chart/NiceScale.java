package bnlab.ui.chart;

/** Round-number tick positions ("nice numbers": steps of 1, 2, 2.5 or 5 times a power of ten). */
final class NiceScale {
    private NiceScale() {}

    /** Tick positions and the spacing between them. */
    record Ticks(double[] values, double step) {
        int size() { return values.length; }
    }

    /** Smallest nice step that fits at most {@code maxTicks} intervals into {@code range}. */
    static double niceStep(double range, int maxTicks) {
        double raw = range / Math.max(1, maxTicks);
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        double nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
        return nice * mag;
    }

    /** Smallest nice number (1, 2, 2.5, 5 × 10^k) at or above {@code v > 0}. */
    static double niceCeil(double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(v)));
        double norm = v / mag;
        double eps = 1e-9;
        double nice = norm <= 1 + eps ? 1 : norm <= 2 + eps ? 2 : norm <= 2.5 + eps ? 2.5 : norm <= 5 + eps ? 5 : 10;
        return nice * mag;
    }

    /** Ticks at multiples of a nice step inside [min, max]. */
    static Ticks linear(double min, double max, int maxTicks) {
        double step = niceStep(max - min, Math.max(1, maxTicks));
        double first = Math.ceil(min / step - 1e-9) * step;
        int n = (int) Math.floor((max - first) / step + 1e-9) + 1;
        n = Math.max(0, Math.min(n, 1000));
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = first + i * step;
        }
        return new Ticks(v, step);
    }

    /** Ticks at powers of ten inside [min, max] (both > 0), thinned to at most {@code maxTicks}. */
    static Ticks log10(double min, double max, int maxTicks) {
        int lo = (int) Math.ceil(Math.log10(min) - 1e-9);
        int hi = (int) Math.floor(Math.log10(max) + 1e-9);
        int decades = Math.max(0, hi - lo);
        int every = Math.max(1, (int) Math.ceil((decades + 1) / (double) Math.max(1, maxTicks)));
        int n = hi < lo ? 0 : decades / every + 1;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.pow(10, lo + i * every);
        }
        return new Ticks(v, every);
    }

    /** [min, max] widened outward to multiples of a nice step, for automatic axis ranges. */
    static double[] expand(double min, double max, int maxTicks) {
        if (!(max > min)) {
            double pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
            min -= pad;
            max += pad;
        }
        double step = niceStep(max - min, maxTicks);
        return new double[] {Math.floor(min / step + 1e-9) * step, Math.ceil(max / step - 1e-9) * step};
    }

    /** [min, max] > 0 widened outward to whole decades, for automatic log axis ranges. */
    static double[] expandLog(double min, double max) {
        double lo = Math.pow(10, Math.floor(Math.log10(min) + 1e-9));
        double hi = Math.pow(10, Math.ceil(Math.log10(max) - 1e-9));
        if (!(hi > lo)) {
            hi = lo * 10;
        }
        return new double[] {lo, hi};
    }

    /** Decimals needed to write multiples of {@code step} exactly (0.25 → 2, 5 → 0). */
    static int decimalsFor(double step) {
        double s = Math.abs(step);
        if (!(s > 0) || !Double.isFinite(s)) {
            return 0;
        }
        for (int d = 0; d < 8; d++) {
            double scaled = s * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 8;
    }
}

package bnlab.ui.chart;

/**
 * A y-axis maximum for live data that does not jitter: it jumps up to a round number as soon as the
 * data need it, but comes down only after the data have stayed below a lower round number for
 * {@code shrinkAfter} consecutive updates. Bars then move while the axis stands still, which is what
 * makes a drift visible from frame to frame.
 */
public final class StableMax {
    private final int shrinkAfter;
    private double current;
    private int lowStreak;

    public StableMax(int shrinkAfter) {
        this.shrinkAfter = Math.max(1, shrinkAfter);
    }

    /** Feed the newest peak value; returns the axis maximum to use (0 while nothing was seen). */
    public double update(double peak) {
        if (!(peak > 0) || !Double.isFinite(peak)) {
            return current;
        }
        double target = ceilOnLadder(peak * 1.05); // a little headroom above the tallest bar
        if (target > current) {
            current = target;
            lowStreak = 0;
        } else if (target < current) {
            if (++lowStreak >= shrinkAfter) {
                current = target;
                lowStreak = 0;
            }
        } else {
            lowStreak = 0;
        }
        return current;
    }

    /**
     * Round numbers an axis may end at. Finer than tick steps (1, 2, 2.5, 5), so a 50% bar gets an
     * axis of 60%, not 100%.
     */
    private static final double[] LADDER = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};

    static double ceilOnLadder(double v) {
        double mag = Math.pow(10, Math.floor(Math.log10(v)));
        double norm = v / mag;
        for (double step : LADDER) {
            if (norm <= step + 1e-9) {
                return step * mag;
            }
        }
        return 10 * mag;
    }

    public double current() { return current; }

    public void reset() {
        current = 0;
        lowStreak = 0;
    }
}

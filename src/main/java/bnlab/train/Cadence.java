package bnlab.train;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When the networks of a lockstep publish a snapshot, and when the app measures their statistics:
 * decided once per step for all of them, by the {@link Lockstep}. So the window shows every network
 * at the same step, and no network's snapshot or measurement holds up the others at a step of its
 * own (in lockstep each waits for the slowest, so measurements made at different steps add up).
 */
final class Cadence {
    static final long PUBLISH_INTERVAL_NANOS = 15_000_000L; // a little faster than 60 Hz
    // At most 8 measurements a second: enough for the eye to see the histograms move, and each
    // one costs training time (and, in a window drawn by the CPU, rendering time).
    static final long LIVE_STATS_MIN_INTERVAL_NANOS = 125_000_000L;
    static final double STATS_TIME_BUDGET = 0.05;

    private final AtomicLong reportedCost = new AtomicLong(); // the costliest network's last measurement, until read
    private long statsCost;
    private long lastPublish;
    private long lastStats;

    /** A network's measurement took {@code nanos}; on its own thread, before it arrives at the step's end. */
    void reportStatsCost(long nanos) {
        reportedCost.accumulateAndGet(nanos, Math::max);
    }

    /** Whether the networks publish a snapshot after the coming step. */
    boolean publishDue(long now) {
        if (now - lastPublish < PUBLISH_INTERVAL_NANOS) return false;
        lastPublish = now;
        return true;
    }

    /**
     * Whether the app measures every network's statistics in the coming step: at most 8 times a
     * second, and at full speed only as often as keeps them within 5% of the time (paced, a step is
     * cheap beside the wait, so the measurement's own cost is the only bound).
     */
    boolean statsDue(long now, boolean speedLimited) {
        if (reportedCost.get() != 0) statsCost = reportedCost.getAndSet(0);
        long budgetInterval = speedLimited ? statsCost : (long) (statsCost / STATS_TIME_BUDGET);
        if (lastStats != 0 && now - lastStats < Math.max(LIVE_STATS_MIN_INTERVAL_NANOS, budgetInterval)) return false;
        lastStats = now;
        return true;
    }
}

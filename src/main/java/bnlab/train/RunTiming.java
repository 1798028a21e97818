package bnlab.train;

/**
 * Where a training thread's time went, in nanoseconds: training steps (batch sampling included),
 * statistics (probe, weights, predictions for the app) and test-set evaluation.
 */
public record RunTiming(long trainNanos, long statsNanos, long testNanos) {
    /** Statistics time as a fraction of training time. */
    public double statsShare() {
        return trainNanos == 0 ? 0 : (double) statsNanos / trainNanos;
    }

    public double testShare() {
        return trainNanos == 0 ? 0 : (double) testNanos / trainNanos;
    }
}

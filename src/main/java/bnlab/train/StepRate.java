package bnlab.train;

/** Steps per second as shown in the app: counted over windows of half a second, 0 when not playing. */
final class StepRate {
    private static final long WINDOW_NANOS = 500_000_000L;

    private long windowStart;
    private long windowSteps;
    private double rate;

    void countStep() {
        windowSteps++;
    }

    /** The rate to publish at {@code now}; a window that has not ended keeps the last rate while playing. */
    double at(long now, boolean playing) {
        if (windowStart == 0) windowStart = now;
        if (now - windowStart >= WINDOW_NANOS) {
            rate = windowSteps / ((now - windowStart) / 1e9);
            windowStart = now;
            windowSteps = 0;
        } else if (!playing) {
            rate = 0;
        }
        return rate;
    }

    double last() {
        return rate;
    }
}

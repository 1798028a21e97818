package bnlab.train;

/**
 * Whether training plays, how many single steps are asked for, and the pace: the controls of one
 * session, decided in one place so that every network of a lockstep obeys the same decision.
 * Used by one thread at a time (whichever completes a lockstep phase), never concurrently.
 */
final class StepControl {
    /** What every network does in the coming phase. */
    enum Action { IDLE, TRAIN, SINGLE }

    static final long IDLE_WAIT_NANOS = 50_000_000L;
    private static final long PACE_WAIT_MAX_NANOS = 20_000_000L;

    private boolean running;
    private int pendingSingleSteps;
    private double speedLimit; // steps per second; 0: as fast as possible
    private long nextStepAt;
    private long waitNanos;

    void play() {
        running = true;
    }

    void pause() {
        running = false;
    }

    /** One step, then paused (a step asked for while playing pauses after it). */
    void stepOnce() {
        running = false;
        pendingSingleSteps++;
    }

    void setSpeedLimit(double stepsPerSecond) {
        speedLimit = Math.max(0, stepsPerSecond);
        nextStepAt = System.nanoTime();
    }

    boolean running() {
        return running;
    }

    boolean speedLimited() {
        return speedLimit > 0;
    }

    /** The next phase's action; after {@link Action#IDLE}, {@link #waitNanos()} says how long nothing is due. */
    Action next() {
        if (!running) {
            if (pendingSingleSteps > 0) {
                pendingSingleSteps--;
                return Action.SINGLE;
            }
            waitNanos = IDLE_WAIT_NANOS;
            return Action.IDLE;
        }
        if (speedLimit <= 0) return Action.TRAIN;
        long now = System.nanoTime();
        if (nextStepAt < now - 1_000_000_000L) nextStepAt = now; // fell far behind: don't burst
        if (now < nextStepAt) {
            waitNanos = Math.min(nextStepAt - now, PACE_WAIT_MAX_NANOS);
            return Action.IDLE;
        }
        nextStepAt += (long) (1e9 / speedLimit);
        return Action.TRAIN;
    }

    long waitNanos() {
        return waitNanos;
    }
}

package bnlab.train;

/** Where a training run is. */
public enum RunState {
    /** Built, not started. */
    READY,
    RUNNING,
    PAUSED,
    /** The loss or the activations stopped being finite; only a reset helps. */
    DIVERGED,
    /** Reached the configured number of steps. */
    FINISHED,
    /** Stopped by an internal error (out of memory, a bug); the message says which, in one sentence. */
    FAILED;

    /** True when the run can go no further without a reset: finished, diverged or failed. */
    public boolean isOver() {
        return this == FINISHED || this == DIVERGED || this == FAILED;
    }
}

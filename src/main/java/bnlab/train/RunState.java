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
    FINISHED
}

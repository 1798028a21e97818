package bnlab.nn;

/** How a forward pass treats batch normalization. */
public enum Mode {
    /** Normalize with the batch statistics and update the running averages (a training step). */
    TRAIN,
    /** Normalize with the batch statistics but leave the running averages alone (a probe of what training sees). */
    TRAIN_NO_UPDATE,
    /** Normalize with the running averages (inference). */
    EVAL;

    public boolean usesBatchStatistics() {
        return this != EVAL;
    }
}

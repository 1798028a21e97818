package bnlab.train;

/**
 * Receives every measurement of a run, on its training thread, as it happens: the headless runner
 * writes its CSV files from these. Implementations must be quick and must not block.
 */
public interface RunListener {
    default void onStep(String network, long step, double trainLoss, double trainAccuracy) {}

    /**
     * A training step with the learning rate it used and the global gradient norm before clipping;
     * by default passes the step on to {@link #onStep(String, long, double, double)}.
     */
    default void onStep(String network, long step, double trainLoss, double trainAccuracy, double learningRate,
                        double gradientNorm) {
        onStep(network, step, trainLoss, trainAccuracy);
    }

    default void onTest(String network, long step, double testLoss, double testAccuracy) {}

    default void onStats(String network, StatsFrame frame) {}

    default void onEvent(RunEvent event) {}

    /** The loss landscape along the gradient of the step's batch, at each statistics measurement after step 0. */
    default void onLandscape(String network, long step, bnlab.stats.Landscape landscape) {}
}

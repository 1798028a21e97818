package bnlab.train;

import bnlab.stats.LayerStats;
import bnlab.stats.WeightStats;
import java.util.List;

/**
 * Everything measured on the probe at one step. Immutable.
 *
 * @param inference layers measured in eval mode (BN uses its running averages): what the network
 *                  does when it is used
 * @param training  layers measured with the probe's own batch statistics, as training sees them;
 *                  null where that is the same as {@code inference} (no batch norm active)
 */
public record StatsFrame(long step, List<bnlab.stats.LayerStats> inference, List<LayerStats> training,
        List<WeightStats> weights) {
    public StatsFrame {
        inference = List.copyOf(inference);
        training = training == null ? null : List.copyOf(training);
        weights = List.copyOf(weights);
    }

    public boolean hasTrainingMode() {
        return training != null;
    }
}

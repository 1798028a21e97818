package bnlab.stats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The distributions of one hidden layer on the probe, in one mode. Immutable.
 *
 * @param saturation fraction of activations in the flat tails (sigmoid outside [0.03, 0.97], tanh
 *                   |a| &gt; 0.97); NaN for nonlinearities without tails
 * @param dead       fraction of units never positive over the whole probe (ReLU, leaky ReLU); NaN otherwise
 */
public record LayerStats(int layer, Map<Quantity, DistributionStats> quantities, double saturation, double dead) {
    public LayerStats {
        quantities = Collections.unmodifiableMap(new EnumMap<>(quantities));
    }

    public DistributionStats get(Quantity q) {
        return quantities.get(q);
    }
}

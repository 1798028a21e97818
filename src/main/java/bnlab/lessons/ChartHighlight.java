package bnlab.lessons;

import java.util.List;

/**
 * A chart a lesson talks about, and which hidden layers of it matter.
 *
 * @param chart  the chart
 * @param layers hidden layers, counted from 1 as in the app and the CSV files; empty: all layers
 *               (or the chart has no layers, like {@code accuracy})
 */
public record ChartHighlight(Chart chart, List<Integer> layers) {
    public ChartHighlight {
        layers = layers == null ? List.of() : List.copyOf(layers);
        for (int layer : layers) {
            if (layer < 1) throw new IllegalArgumentException("hidden layers are counted from 1; got " + layer);
        }
    }

    public boolean allLayers() {
        return layers.isEmpty();
    }
}

package bnlab.data;

/**
 * A fixed set of examples as flat arrays, from {@link BatchSampler#fixedProbe}: {@code count()}
 * rows of {@code featureCount} features, row-major, their labels, and where each row came from
 * in the dataset. The arrays belong to the caller (they are copies).
 */
public record Probe(double[] features, int[] labels, int featureCount, int[] sourceIndices) {

    public Probe {
        if (labels.length * featureCount != features.length || sourceIndices.length != labels.length) {
            throw new IllegalArgumentException("probe arrays do not agree in size");
        }
    }

    /** Number of examples in the probe. */
    public int count() {
        return labels.length;
    }
}

package bnlab.lessons;

/**
 * The charts a lesson can point at. The ids are what {@code lessons.json} uses; the app maps each
 * to the view that draws it.
 */
public enum Chart {
    /** Histograms of each layer's input to the nonlinearity. */
    HISTOGRAM_PRE_ACTIVATION("histogram.pre_activation"),
    /** Histograms of each layer's output of the nonlinearity. */
    HISTOGRAM_ACTIVATION("histogram.activation"),
    /** Histograms of each layer's per-example gradient with respect to the pre-activation. */
    HISTOGRAM_GRADIENT("histogram.gradient"),
    /** Percentile bands over time per layer (15/50/85 for the tracked unit, σ bands for the layer). */
    BANDS("bands"),
    LOSS("loss"),
    ACCURACY("accuracy"),
    /** The global gradient norm of every training step, before clipping. */
    GRADIENT_NORM("gradient_norm"),
    /** Saturation, dead units and update-to-data ratio. */
    DIAGNOSTICS("diagnostics"),
    /** The decision boundary of a 2-D dataset. */
    BOUNDARY("boundary"),
    /** A strip of test examples with their predicted classes. */
    EXAMPLES("examples"),
    /** The loss landscape along the gradient over the steps (loss range, gradient change). */
    LANDSCAPE("landscape"),
    /** One unit of one layer through the normalization, on the current mini-batch. */
    INSIDE("inside");

    private final String id;

    Chart(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The chart with this id; IllegalArgumentException naming the known ids otherwise. */
    public static Chart fromId(String id) {
        for (Chart c : values()) {
            if (c.id.equals(id)) return c;
        }
        StringBuilder known = new StringBuilder();
        for (Chart c : values()) known.append(known.isEmpty() ? "" : ", ").append(c.id);
        throw new IllegalArgumentException("unknown chart \"" + id + "\"; known charts: " + known);
    }
}

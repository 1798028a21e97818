package bnlab.lessons;

import bnlab.nn.NormKind;
import bnlab.stats.Percentiles;
import bnlab.stats.Quantity;
import bnlab.train.RunHistory;
import bnlab.train.RunSnapshot;

/**
 * What a guided lesson's question asks about, read from a run's published snapshot. The lessons'
 * measurements ({@code bnlab lessons}) read their claims through the same methods, so the answer
 * the app shows is computed exactly as the claim is. Ids are what the lesson files use.
 */
public enum Measure {
    /** Lesson 1: the largest move of a layer's pooled median pre-activation from step 0, as training sees it. */
    MEDIAN_MOVE("median-move", true),
    /** Lesson 2: the first tested step at which test accuracy reached {@code threshold}; NaN if not yet. */
    STEPS_TO_ACCURACY("steps-to-accuracy", false),
    /** Lessons 3-5, 7, 8: mean test accuracy over the last fifth of the run so far. */
    LATE_ACCURACY("late-accuracy", false),
    /** The latest test accuracy (eval mode), e.g. right after a switch. */
    TEST_ACCURACY("test-accuracy", false),
    /** The standard deviation of a layer's pre-activations over the probe, in eval mode (how the network is used). */
    PRE_ACTIVATION_SPREAD("pre-activation-spread", true),
    /** The share of a layer's units saturated over the probe, in eval mode. */
    SATURATION("saturation", true),
    /** Lesson 5: the per-layer factor of the gradient's std from the last hidden layer back to the first. */
    GRADIENT_FACTOR("gradient-factor", false);

    private final String id;
    private final boolean needsLayer;

    Measure(String id, boolean needsLayer) {
        this.id = id;
        this.needsLayer = needsLayer;
    }

    public String id() {
        return id;
    }

    public boolean needsLayer() {
        return needsLayer;
    }

    /** Whether the value is a share (shown as a percentage). */
    public boolean isShare() {
        return this == LATE_ACCURACY || this == TEST_ACCURACY || this == SATURATION;
    }

    /**
     * The value for one run now.
     *
     * @param layer     hidden layer counted from 1 (ignored where the measure has none)
     * @param threshold the accuracy of {@link #STEPS_TO_ACCURACY} (ignored otherwise)
     */
    public double read(RunSnapshot s, int layer, double threshold) {
        RunHistory h = s.history();
        return switch (this) {
            case MEDIAN_MOVE -> medianMove(h, asTrainingSees(s), layer - 1);
            case STEPS_TO_ACCURACY -> Curves.firstStepAtLeast(h.test(), 2, threshold);
            case LATE_ACCURACY -> Curves.lateMean(h.test(), 2);
            case TEST_ACCURACY -> h.test().isEmpty() ? Double.NaN : h.test().last(2);
            case PRE_ACTIVATION_SPREAD -> s.stats() == null ? Double.NaN
                    : s.stats().inference().get(layer - 1).get(Quantity.PRE_ACTIVATION).std();
            case SATURATION -> s.stats() == null ? Double.NaN : s.stats().inference().get(layer - 1).saturation();
            case GRADIENT_FACTOR -> gradientFactor(h, asTrainingSees(s), h.layerCount(),
                    s.stats() == null ? 0 : s.stats().step());
        };
    }

    /** The largest move of the pooled median pre-activation of hidden layer {@code layer} (from 0). */
    static double medianMove(RunHistory h, boolean training, int layer) {
        return Curves.largestMove(h.percentiles(training, layer, Quantity.PRE_ACTIVATION), 3 + Percentiles.P50);
    }

    /** (std of the gradient at layer 1 / at the last layer) to the power 1/(layers-1), at {@code step}. */
    static double gradientFactor(RunHistory h, boolean training, int layers, long step) {
        double first = Curves.at(h.percentiles(training, 0, Quantity.GRADIENT), step, 2);
        double last = Curves.at(h.percentiles(training, layers - 1, Quantity.GRADIENT), step, 2);
        return Math.pow(first / last, 1.0 / (layers - 1));
    }

    /** A batch-normalized network's statistics are read with the probe's own batch statistics, as training sees them. */
    static boolean asTrainingSees(RunSnapshot s) {
        return s.kind() == NormKind.BATCH;
    }

    /** The measure with this id; IllegalArgumentException naming the known ids otherwise. */
    public static Measure fromId(String id) {
        for (Measure m : values()) {
            if (m.id.equals(id)) return m;
        }
        StringBuilder known = new StringBuilder();
        for (Measure m : values()) known.append(known.isEmpty() ? "" : ", ").append(m.id);
        throw new IllegalArgumentException("unknown measure \"" + id + "\"; known measures: " + known);
    }

}

package bnlab.nn;

/** The optimizers an experiment can choose. */
public enum OptimizerKind {
    SGD("sgd"),
    MOMENTUM("momentum"),
    ADAM("adam");

    private final String id;

    OptimizerKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static OptimizerKind fromId(String id) {
        for (OptimizerKind k : values()) {
            if (k.id.equals(id)) return k;
        }
        throw new IllegalArgumentException("unknown optimizer \"" + id + "\"");
    }

    /** A fresh optimizer; {@code momentum} is used by {@link #MOMENTUM} only. */
    public Optimizer create(double learningRate, double momentum, double weightDecay) {
        return switch (this) {
            case SGD -> new Sgd(learningRate, 0.0, weightDecay);
            case MOMENTUM -> new Sgd(learningRate, momentum, weightDecay);
            case ADAM -> new Adam(learningRate, weightDecay);
        };
    }
}

package bnlab.nn;

/** Which normalization a hidden layer carries. */
public enum NormKind {
    NONE("none"),
    BATCH("batch"),
    LAYER("layer"),
    BATCH_RENORM("batch-renorm"),
    GROUP("group"),
    /** Batch normalization followed by Santurkar et al.'s non-stationary noise while training (lesson 10). */
    NOISY_BATCH("noisy-batch");

    private final String id;

    NormKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether it normalizes over the batch (so needs batches of 2 or more, and keeps running statistics). */
    public boolean overBatch() {
        return this == BATCH || this == BATCH_RENORM || this == NOISY_BATCH;
    }

    public static NormKind fromId(String id) {
        for (NormKind k : values()) {
            if (k.id.equals(id)) return k;
        }
        throw new IllegalArgumentException("unknown normalization kind \"" + id + "\"");
    }
}

package bnlab.nn;

/** Which normalization a hidden layer carries. */
public enum NormKind {
    NONE("none"),
    BATCH("batch"),
    LAYER("layer");

    private final String id;

    NormKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static NormKind fromId(String id) {
        for (NormKind k : values()) {
            if (k.id.equals(id)) return k;
        }
        throw new IllegalArgumentException("unknown normalization kind \"" + id + "\"");
    }
}

package bnlab.nn;

/**
 * Where the normalization sits in a hidden layer: Ioffe &amp; Szegedy normalize the input of the
 * nonlinearity ({@link #BEFORE_ACTIVATION}); many later works normalize its output.
 */
public enum Placement {
    BEFORE_ACTIVATION("before-activation"),
    AFTER_ACTIVATION("after-activation");

    private final String id;

    Placement(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Placement fromId(String id) {
        for (Placement p : values()) {
            if (p.id.equals(id)) return p;
        }
        throw new IllegalArgumentException("unknown placement \"" + id + "\"");
    }
}

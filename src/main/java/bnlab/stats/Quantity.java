package bnlab.stats;

/** The per-layer distributions that are measured, with the names used in layers.csv. */
public enum Quantity {
    /** What enters the normalization (or would, where there is none or it is switched off). */
    PRE_NORM("pre_norm"),
    /** The input of the nonlinearity: what Figure 1 of Ioffe &amp; Szegedy plots. */
    PRE_ACTIVATION("pre_activation"),
    /** The output of the nonlinearity. */
    ACTIVATION("activation"),
    /** The per-example gradient of the loss with respect to the pre-activation (see {@link Probe}). */
    GRADIENT("gradient");

    private final String id;

    Quantity(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

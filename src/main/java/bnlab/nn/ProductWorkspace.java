package bnlab.nn;

/**
 * Scratch memory for one layer's products: the prepared (copied, packed or transposed) B and a
 * small tile for partial panels. Grows to the largest shape seen and is then reused, so a warm
 * training step allocates nothing. Used by one product at a time.
 */
final class ProductWorkspace {
    /** The B that {@link Products#rows} reads: a buffer of this workspace, or the caller's array. */
    double[] prepared;
    private double[] buffer = new double[0];
    /** Doubles in a tile: four rows of a panel of up to three vectors of up to 64 lanes. */
    static final int TILE = 4 * 3 * 64;
    final double[] tile = new double[TILE];

    /** A buffer of at least {@code size} doubles (contents unspecified). */
    double[] buffer(int size) {
        if (buffer.length < size) buffer = new double[size];
        return buffer;
    }
}

package bnlab.nn;

/**
 * One implementation of the products a dense layer needs, all of the form
 * {@code c (rows × n) = Σ_q coef(r, q) · B(q, ·)} over q below {@code inner}, where
 * {@code coef(r, q) = ad[r·rowStep + q·stride]} and {@code B(q, j) = bd[q·bq + j·bj]}: strides
 * express a b, aᵀ b and a bᵀ without copying. Two exist, the plain-Java one and the Vector API one
 * ({@link Kernels} picks). Each row of c is computed the same way whichever thread computes it,
 * so results are bit-identical for any number of product threads.
 */
interface Products {
    /** Readies B (a copy into {@code work}, if the implementation needs one) for {@link #rows}. */
    void prepare(double[] bd, int bq, int bj, int inner, int n, ProductWorkspace work);

    /**
     * Overwrites rows [r0, r1) of c (each n long) from {@code b}, the {@link ProductWorkspace#prepared}
     * B; {@code tile} is this thread's scratch ({@link ProductWorkspace#TILE} doubles).
     */
    void rows(double[] ad, int rowStep, int stride, int r0, int r1, int inner, int n, double[] cd, double[] b,
            double[] tile);

    /** What {@code bnlab bench} prints for this implementation. */
    String description();
}

package bnlab.nn;

import java.util.Arrays;

/**
 * The plain-Java products, used where the Vector API is absent. The inner loops run along a
 * contiguous output row (which HotSpot's C2 compiles to SIMD code without FMA) and update four
 * output rows from four source rows at a time. A transposed b (a bᵀ) is first copied into the
 * workspace, because strided dot products do not vectorize in Java 17.
 */
final class PlainProducts implements Products {
    /** Rows of b processed per tile, sized so a tile of b stays in a 32 KB L1 cache. */
    private static final int L1_DOUBLES = 4096;

    @Override
    public String description() {
        return "plain Java";
    }

    @Override
    public void prepare(double[] bd, int bq, int bj, int inner, int n, ProductWorkspace work) {
        if (bj == 1 && bq == n) {
            work.prepared = bd;
            return;
        }
        // Copy B row-major so the inner loops run along contiguous rows.
        double[] t = work.buffer(inner * n);
        for (int q = 0, o = 0; q < inner; q++) {
            for (int j = 0; j < n; j++, o++) t[o] = bd[q * bq + j * bj];
        }
        work.prepared = t;
    }

    @Override
    public void rows(double[] ad, int rowStep, int stride, int r0, int r1, int inner, int n, double[] cd,
            double[] b, double[] tile) {
        accumulate(ad, rowStep, stride, r0, r1, inner, b, cd, n);
    }

    /**
     * The q range is cut into tiles whose rows of b stay in L1 while every row of c passes over them.
     */
    private static void accumulate(double[] ad, int rowStep, int stride, int r0, int rows, int inner,
            double[] bd, double[] cd, int n) {
        Arrays.fill(cd, r0 * n, rows * n, 0.0);
        int tile = Math.max(4, Math.min(inner, L1_DOUBLES / Math.max(1, n)));
        tile -= tile % 4;
        if (tile == 0) tile = 4;
        for (int q0 = 0; q0 < inner; q0 += tile) {
            int q1 = Math.min(inner, q0 + tile);
            int r = r0;
            for (; r + 3 < rows; r += 4) {
                int a0 = r * rowStep;
                block4x4(ad, a0, a0 + rowStep, a0 + 2 * rowStep, a0 + 3 * rowStep, stride, bd, cd, r * n, n, q0, q1);
            }
            for (; r < rows; r++) rowTimesTile(ad, r * rowStep, stride, bd, cd, r * n, n, q0, q1);
        }
    }

    /**
     * Adds to four consecutive rows of c (from {@code c0}, each n long) the products of four rows
     * of coefficients with rows q0..q1 of b. Each b row is loaded once for four c rows and four b
     * rows are combined per c update: the loads and stores per multiply-add drop fourfold.
     */
    private static void block4x4(double[] ad, int ar0, int ar1, int ar2, int ar3, int stride, double[] bd,
            double[] cd, int c0, int n, int q0, int q1) {
        int c1 = c0 + n;
        int c2 = c1 + n;
        int c3 = c2 + n;
        int q = q0;
        for (; q + 3 < q1; q += 4) {
            int o0 = q * stride;
            int o1 = o0 + stride;
            int o2 = o1 + stride;
            int o3 = o2 + stride;
            double a00 = ad[ar0 + o0], a01 = ad[ar0 + o1], a02 = ad[ar0 + o2], a03 = ad[ar0 + o3];
            double a10 = ad[ar1 + o0], a11 = ad[ar1 + o1], a12 = ad[ar1 + o2], a13 = ad[ar1 + o3];
            double a20 = ad[ar2 + o0], a21 = ad[ar2 + o1], a22 = ad[ar2 + o2], a23 = ad[ar2 + o3];
            double a30 = ad[ar3 + o0], a31 = ad[ar3 + o1], a32 = ad[ar3 + o2], a33 = ad[ar3 + o3];
            int b0 = q * n;
            int b1 = b0 + n;
            int b2 = b1 + n;
            int b3 = b2 + n;
            for (int j = 0; j < n; j++) {
                double x0 = bd[b0 + j];
                double x1 = bd[b1 + j];
                double x2 = bd[b2 + j];
                double x3 = bd[b3 + j];
                cd[c0 + j] += a00 * x0 + a01 * x1 + a02 * x2 + a03 * x3;
                cd[c1 + j] += a10 * x0 + a11 * x1 + a12 * x2 + a13 * x3;
                cd[c2 + j] += a20 * x0 + a21 * x1 + a22 * x2 + a23 * x3;
                cd[c3 + j] += a30 * x0 + a31 * x1 + a32 * x2 + a33 * x3;
            }
        }
        for (; q < q1; q++) {
            int o = q * stride;
            double a0 = ad[ar0 + o], a1 = ad[ar1 + o], a2 = ad[ar2 + o], a3 = ad[ar3 + o];
            int b0 = q * n;
            for (int j = 0; j < n; j++) {
                double x = bd[b0 + j];
                cd[c0 + j] += a0 * x;
                cd[c1 + j] += a1 * x;
                cd[c2 + j] += a2 * x;
                cd[c3 + j] += a3 * x;
            }
        }
    }

    /** One row of c: {@code c[c0..] += Σ_q ad[ar + q·stride] · b_q} for q in [q0, q1). */
    private static void rowTimesTile(double[] ad, int ar, int stride, double[] bd, double[] cd, int c0, int n,
            int q0, int q1) {
        for (int q = q0; q < q1; q++) {
            double a0 = ad[ar + q * stride];
            int b0 = q * n;
            for (int j = 0; j < n; j++) cd[c0 + j] += a0 * bd[b0 + j];
        }
    }
}

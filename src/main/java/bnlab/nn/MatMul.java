package bnlab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * The three matrix products a dense layer needs, on EJML's row-major matrices, computed by the
 * kernels {@link Kernels} chose (Vector API or plain Java; README, Benchmarks). With two product
 * threads a large product's rows are shared with {@link ProductHelper}; every row is computed the
 * same way on either thread, so the result does not depend on the thread count.
 */
final class MatMul {
    /** Below this many multiply-adds a product stays on one thread: handing over would cost more. */
    static final long SPLIT_THRESHOLD = 400_000;

    private MatMul() {}

    /** c = a b, with a (m × k), b (k × n); c is reshaped to m × n. */
    static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, ProductWorkspace work, int threads) {
        int m = a.numRows;
        int k = a.numCols;
        if (b.numRows != k) throw new IllegalArgumentException("inner dimensions differ: " + k + " vs " + b.numRows);
        int n = b.numCols;
        c.reshape(m, n);
        // Row i of c takes coefficient q from a[i·k + q]; B(q, j) = b[q·n + j].
        product(a.data, k, 1, m, k, b.data, n, 1, n, c.data, work, threads);
    }

    /** c = aᵀ b, with a (m × k), b (m × n); c is reshaped to k × n. */
    static void multTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, ProductWorkspace work, int threads) {
        int m = a.numRows;
        int k = a.numCols;
        if (b.numRows != m) throw new IllegalArgumentException("row counts differ: " + m + " vs " + b.numRows);
        int n = b.numCols;
        c.reshape(k, n);
        // Row p of c takes coefficient q from column p of a: a[p + q·k].
        product(a.data, 1, k, k, m, b.data, n, 1, n, c.data, work, threads);
    }

    /** c = a bᵀ, with a (m × n), b (k × n); c is reshaped to m × k. */
    static void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, ProductWorkspace work, int threads) {
        int m = a.numRows;
        int n = a.numCols;
        if (b.numCols != n) throw new IllegalArgumentException("column counts differ: " + n + " vs " + b.numCols);
        int k = b.numRows;
        c.reshape(m, k);
        // Row i of c takes coefficient q from a[i·n + q]; B(q, j) = b[j·n + q].
        product(a.data, n, 1, m, n, b.data, 1, n, k, c.data, work, threads);
    }

    private static void product(double[] ad, int rowStep, int stride, int rows, int inner, double[] bd, int bq,
            int bj, int n, double[] cd, ProductWorkspace work, int threads) {
        Products p = Kernels.PRODUCTS;
        p.prepare(bd, bq, bj, inner, n, work);
        if (threads > 1 && rows >= 8 && (long) rows * inner * n >= SPLIT_THRESHOLD) {
            if (ProductHelper.get().run(p, ad, rowStep, stride, rows, inner, n, cd, work)) return;
        }
        p.rows(ad, rowStep, stride, 0, rows, inner, n, cd, work.prepared, work.tile);
    }
}

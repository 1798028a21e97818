package bnlab.nn;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The three matrix products a dense layer needs, on EJML's row-major matrices. They are written
 * as "axpy" inner loops over a contiguous output row, four source rows at a time, which HotSpot's
 * C2 turns into SIMD code; measured ~20–30% faster than {@code CommonOps_DDRM} at this project's
 * shapes (README, benchmark section). Results equal EJML's up to rounding order.
 */
final class MatMul {
    /** Rows of {@code b} processed per tile, sized so a tile of b stays in a 32 KB L1 cache. */
    private static final int L1_DOUBLES = 4096;

    private MatMul() {}

    /** c = a b, with a (m × k), b (k × n); c is reshaped to m × n. */
    static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        int m = a.numRows;
        int k = a.numCols;
        int n = b.numCols;
        if (b.numRows != k) throw new IllegalArgumentException("inner dimensions differ: " + k + " vs " + b.numRows);
        c.reshape(m, n);
        double[] ad = a.data;
        double[] bd = b.data;
        double[] cd = c.data;
        Arrays.fill(cd, 0, m * n, 0.0);
        int tile = Math.max(4, Math.min(k, L1_DOUBLES / Math.max(1, n)));
        tile -= tile % 4;
        if (tile == 0) tile = 4;
        for (int p0 = 0; p0 < k; p0 += tile) {
            int p1 = Math.min(k, p0 + tile);
            for (int i = 0; i < m; i++) {
                int ci = i * n;
                int ai = i * k;
                int p = p0;
                for (; p + 3 < p1; p += 4) {
                    double a0 = ad[ai + p];
                    double a1 = ad[ai + p + 1];
                    double a2 = ad[ai + p + 2];
                    double a3 = ad[ai + p + 3];
                    int b0 = p * n;
                    int b1 = b0 + n;
                    int b2 = b1 + n;
                    int b3 = b2 + n;
                    for (int j = 0; j < n; j++) {
                        cd[ci + j] += a0 * bd[b0 + j] + a1 * bd[b1 + j] + a2 * bd[b2 + j] + a3 * bd[b3 + j];
                    }
                }
                for (; p < p1; p++) {
                    double a0 = ad[ai + p];
                    int b0 = p * n;
                    for (int j = 0; j < n; j++) cd[ci + j] += a0 * bd[b0 + j];
                }
            }
        }
    }

    /** c = aᵀ b, with a (m × k), b (m × n); c is reshaped to k × n. */
    static void multTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        int m = a.numRows;
        int k = a.numCols;
        int n = b.numCols;
        if (b.numRows != m) throw new IllegalArgumentException("row counts differ: " + m + " vs " + b.numRows);
        c.reshape(k, n);
        double[] ad = a.data;
        double[] bd = b.data;
        double[] cd = c.data;
        for (int p = 0; p < k; p++) {
            int cp = p * n;
            Arrays.fill(cd, cp, cp + n, 0.0);
            int i = 0;
            for (; i + 3 < m; i += 4) {
                double a0 = ad[i * k + p];
                double a1 = ad[(i + 1) * k + p];
                double a2 = ad[(i + 2) * k + p];
                double a3 = ad[(i + 3) * k + p];
                int b0 = i * n;
                int b1 = b0 + n;
                int b2 = b1 + n;
                int b3 = b2 + n;
                for (int j = 0; j < n; j++) {
                    cd[cp + j] += a0 * bd[b0 + j] + a1 * bd[b1 + j] + a2 * bd[b2 + j] + a3 * bd[b3 + j];
                }
            }
            for (; i < m; i++) {
                double a0 = ad[i * k + p];
                int b0 = i * n;
                for (int j = 0; j < n; j++) cd[cp + j] += a0 * bd[b0 + j];
            }
        }
    }

    /**
     * c = a bᵀ, with a (m × n), b (k × n); c is reshaped to m × k. Goes through a transposed copy of
     * b in {@code scratch}: dot products (the direct way) don't vectorize in Java 17.
     */
    static void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, DMatrixRMaj scratch) {
        scratch.reshape(b.numCols, b.numRows);
        CommonOps_DDRM.transpose(b, scratch);
        mult(a, scratch, c);
    }
}

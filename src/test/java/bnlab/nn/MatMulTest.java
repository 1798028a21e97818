package bnlab.nn;

import static bnlab.nn.Approx.assertClose;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written products agree with EJML's, for shapes that exercise every remainder loop. */
class MatMulTest {
    private static DMatrixRMaj random(int r, int c, Random rng) {
        DMatrixRMaj m = new DMatrixRMaj(r, c);
        for (int i = 0; i < m.data.length; i++) m.data[i] = rng.nextGaussian();
        return m;
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "3,5,2", "7,13,9", "60,784,100", "32,2,16", "5,1000,3", "128,256,256"})
    void agreesWithEjml(int m, int k, int n) {
        Random rng = new Random(m * 31L + k * 7L + n);
        DMatrixRMaj a = random(m, k, rng);
        DMatrixRMaj b = random(k, n, rng);
        DMatrixRMaj expected = new DMatrixRMaj(m, n);
        CommonOps_DDRM.mult(a, b, expected);
        DMatrixRMaj c = new DMatrixRMaj(1, 1);
        c.data[0] = 123; // stale contents must not leak into the result
        MatMul.mult(a, b, c, new ProductWorkspace(), 1);
        assertClose(expected, c, 1e-10 * k, "a b");

        DMatrixRMaj g = random(m, n, rng);
        DMatrixRMaj expectedTa = new DMatrixRMaj(k, n);
        CommonOps_DDRM.multTransA(a, g, expectedTa);
        DMatrixRMaj ta = new DMatrixRMaj(k, n);
        java.util.Arrays.fill(ta.data, 7.0);
        MatMul.multTransA(a, g, ta, new ProductWorkspace(), 1);
        assertClose(expectedTa, ta, 1e-10 * m, "aᵀ g");

        DMatrixRMaj expectedTb = new DMatrixRMaj(m, k);
        CommonOps_DDRM.multTransB(g, b, expectedTb);
        DMatrixRMaj tb = new DMatrixRMaj(1, 1);
        MatMul.multTransB(g, b, tb, new ProductWorkspace(), 1);
        assertClose(expectedTb, tb, 1e-10 * n, "g bᵀ");
    }
}

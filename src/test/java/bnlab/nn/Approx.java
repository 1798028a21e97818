package bnlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.DMatrixRMaj;

/** Element-wise comparisons with a message that says where they differ. */
final class Approx {
    private Approx() {}

    static void assertClose(double[] expected, double[] actual, int n, double tol, String what) {
        assertEquals(expected.length, n, what + ": length");
        for (int i = 0; i < n; i++) {
            if (!(Math.abs(expected[i] - actual[i]) <= tol)) {
                throw new AssertionError(what + "[" + i + "]: expected " + expected[i] + " but was " + actual[i]
                        + " (difference " + Math.abs(expected[i] - actual[i]) + ", tolerance " + tol + ")");
            }
        }
    }

    static void assertClose(double[] expected, double[] actual, double tol, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        assertClose(expected, actual, expected.length, tol, what);
    }

    static void assertClose(DMatrixRMaj expected, DMatrixRMaj actual, double tol, String what) {
        assertEquals(expected.numRows, actual.numRows, what + ": rows");
        assertEquals(expected.numCols, actual.numCols, what + ": columns");
        assertClose(expected.data, actual.data, expected.getNumElements(), tol, what);
    }
}

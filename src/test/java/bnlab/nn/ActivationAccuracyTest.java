package bnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * tanh and sigmoid, as the kernels in use compute them (the vector forms of VectorActivations, or
 * Activation's scalar formulas with the plain kernels), against the JDK's functions at the edges
 * and across the range, and the same last bits before and after the JIT has compiled them (why the
 * vector forms are built from exactly rounded operations only). The vector forms are held to 4
 * roundings; the scalar (e^{2x} − 1)/(e^{2x} + 1) loses a few digits just above |x| = 0.01 (up to about 5e-15 relative there), so it is held to 1e-14.
 */
class ActivationAccuracyTest {
    private static final double[] EDGES = {0.0, -0.0, 1e-300, -1e-300, 1e-9, 0.00999999, 0.01, -0.01, 0.0100001,
        0.3, -0.3466, 0.3466, 1.0, -1.0, 5.0, 19.9, 20.0, -20.0, 20.1, 37.0, 40.0, -40.0, 700.0, -700.0, 708.0,
        -708.0, 709.5, -709.5, 745.0, -745.0, 1e10, -1e10, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};

    private static double[] inputs(int count) {
        Random random = new Random(7);
        double[] x = new double[EDGES.length + count];
        System.arraycopy(EDGES, 0, x, 0, EDGES.length);
        for (int i = EDGES.length; i < x.length; i++) {
            x[i] = i % 2 == 0 ? random.nextGaussian() * 4 : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(7) - 3);
        }
        return x;
    }

    private static double[] apply(Activation f, double[] x) {
        double[] out = new double[x.length];
        f.forward(x, out, x.length);
        return out;
    }

    /** What the kernels in use are held to, around {@code want}. */
    private static double tolerance(double want) {
        return Kernels.vector() ? 4 * Math.ulp(want) + 1e-300 : 1e-14 * Math.abs(want) + 1e-300;
    }

    @Test
    void theVectorKernelsHaveVectorForms() {
        double[] x = inputs(100);
        double[] out = new double[x.length];
        for (Activation f : new Activation[] {Activation.TANH, Activation.SIGMOID}) {
            boolean vectorForm = Kernels.ACTIVATIONS != null && Kernels.ACTIVATIONS.forward(f, x, out, x.length);
            assertEquals(Kernels.vector(), vectorForm, f + ": a vector form exactly when the vector kernels are in use");
        }
    }

    @Test
    void tanhMatchesTheJdkWithinAFewRoundings() {
        double[] x = inputs(20_000);
        double[] y = apply(Activation.TANH, x);
        for (int i = 0; i < x.length; i++) {
            double want = Math.tanh(x[i]);
            if (Double.isNaN(want)) {
                assertTrue(Double.isNaN(y[i]), "tanh(NaN)");
                continue;
            }
            assertEquals(Math.copySign(1, want), Math.copySign(1, y[i]), "sign of tanh(" + x[i] + ")");
            assertEquals(want, y[i], tolerance(want), "tanh(" + x[i] + ")");
        }
    }

    @Test
    void sigmoidMatchesTheJdkWithinAFewRoundings() {
        double[] x = inputs(20_000);
        double[] y = apply(Activation.SIGMOID, x);
        for (int i = 0; i < x.length; i++) {
            double want = 1.0 / (1.0 + Math.exp(-x[i]));
            if (Double.isNaN(want)) {
                assertTrue(Double.isNaN(y[i]), "sigmoid(NaN)");
                continue;
            }
            // Below e^-708 the vector form gives 0 where the exact value is under 1e-307.
            assertEquals(want, y[i], x[i] < -VectorExp.LIMIT ? 1e-307 : tolerance(want), "sigmoid(" + x[i] + ")");
        }
    }

    @Test
    void theSameBitsInterpretedAndCompiled() {
        // Few enough values (under 200 vectors) that the first call runs interpreted throughout.
        double[] x = inputs(1_000);
        for (Activation f : new Activation[] {Activation.TANH, Activation.SIGMOID}) {
            double[] first = apply(f, x); // the first calls run before the JIT has compiled anything here
            double[] later = first;
            for (int round = 0; round < 1_000; round++) later = apply(f, x);
            assertArrayEquals(first, later, 0.0, f + ": compiled gives other bits than interpreted");
        }
    }
}

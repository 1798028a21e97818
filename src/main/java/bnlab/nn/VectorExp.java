package bnlab.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

/**
 * e^y and e^y − 1 for a whole vector, built only from exactly rounded operations (add, multiply,
 * fused multiply-add, bit operations), so that they give the same last bits interpreted and
 * compiled: the JDK's own vector {@code EXP} does not, and a run's weights would then depend on
 * when the JIT got there. y = k·ln 2 + r with |r| ≤ ln 2 / 2; e^r − 1 by its Taylor polynomial to
 * degree 13 (relative error below 1e-16 there), and 2^k written into the exponent bits. k is read
 * off the low bits of y·log₂e + 1.5·2⁵², which avoids a double-to-long conversion (Java 17 does not
 * compile the vector one to a single instruction). Valid for |y| ≤ {@value #LIMIT}: callers clamp.
 */
final class VectorExp {
    static final double LIMIT = 708.0;
    private static final double LOG2E = 1.4426950408889634;
    private static final double LN2_HI = 6.93147180369123816490e-01; // ln 2 with 32 trailing zero bits: k·LN2_HI is exact
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double SHIFTER = 0x1.8p52;
    private static final long SHIFTER_BITS = Double.doubleToRawLongBits(SHIFTER);
    private static final double[] C = taylor(13); // 1/i!

    private VectorExp() {}

    /** e^y, lane by lane. */
    static DoubleVector exp(DoubleVector y) {
        DoubleVector t = y.fma(y.broadcast(LOG2E), y.broadcast(SHIFTER)); // round(y·log₂e) in the low bits
        DoubleVector scale = powerOfTwo(t);
        DoubleVector q = expm1Reduced(y, t.sub(SHIFTER));
        return q.fma(scale, scale);
    }

    /** e^y − 1, lane by lane, with full relative precision near 0 (where e^y − 1 would cancel). */
    static DoubleVector expm1(DoubleVector y) {
        DoubleVector t = y.fma(y.broadcast(LOG2E), y.broadcast(SHIFTER));
        DoubleVector scale = powerOfTwo(t);
        DoubleVector q = expm1Reduced(y, t.sub(SHIFTER));
        return q.fma(scale, scale.sub(1.0)); // 2^k·(1 + q) − 1, where 2^k − 1 is exact
    }

    /** 2^k from t = k + 1.5·2⁵²: k + 1023 shifted into the exponent field. */
    private static DoubleVector powerOfTwo(DoubleVector t) {
        LongVector bits = (LongVector) t.reinterpretAsLongs();
        return bits.sub(SHIFTER_BITS - 1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
    }

    /** e^r − 1 for r = y − k·ln 2. */
    private static DoubleVector expm1Reduced(DoubleVector y, DoubleVector k) {
        DoubleVector r = k.fma(y.broadcast(-LN2_HI), y).add(k.mul(-LN2_LO));
        // Horner's rule written out: a loop would keep the vector in a heap box between iterations.
        DoubleVector p = r.fma(y.broadcast(C[13]), y.broadcast(C[12]));
        p = p.fma(r, y.broadcast(C[11]));
        p = p.fma(r, y.broadcast(C[10]));
        p = p.fma(r, y.broadcast(C[9]));
        p = p.fma(r, y.broadcast(C[8]));
        p = p.fma(r, y.broadcast(C[7]));
        p = p.fma(r, y.broadcast(C[6]));
        p = p.fma(r, y.broadcast(C[5]));
        p = p.fma(r, y.broadcast(C[4]));
        p = p.fma(r, y.broadcast(C[3]));
        p = p.fma(r, y.broadcast(C[2]));
        p = p.fma(r, y.broadcast(C[1]));
        return p.mul(r);
    }

    private static double[] taylor(int degree) {
        double[] c = new double[degree + 1];
        c[0] = 1.0;
        for (int i = 1; i <= degree; i++) c[i] = c[i - 1] / i;
        return c;
    }
}

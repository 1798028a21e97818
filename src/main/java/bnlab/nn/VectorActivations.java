package bnlab.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The nonlinearities with the Vector API: whole vectors at a time. The piecewise-linear ones select
 * with a mask exactly as the scalar code does ({@code x > 0}, so NaN and −0 go the same way); the
 * derivatives are plain products. Sigmoid and tanh use {@link VectorExp}, not the JDK's vector
 * {@code EXP}/{@code TANH}: those give other last bits compiled (native vector math) than
 * interpreted, so a run's weights would depend on when the JIT got there, and the same seed must
 * give the same run. tanh = (e^{2|x|} − 1)/(e^{2|x|} + 1) with the sign of x, ±1 beyond ±20, where
 * e^{2|x|} − 1 is computed without cancellation (so no series is needed near 0); sigmoid =
 * 1/(1 + e^{−x}), 0 below −708. Both are within a few roundings of the JDK's. The
 * last values that do not fill a vector take Activation's scalar formulas.
 */
final class VectorActivations implements ActivationKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int V = S.length();

    @Override
    public boolean forward(Activation f, double[] in, double[] out, int n) {
        int i = 0;
        int bound = n - n % V;
        DoubleVector zero = DoubleVector.zero(S);
        switch (f) {
            case RELU -> {
                for (; i < bound; i += V) {
                    DoubleVector x = DoubleVector.fromArray(S, in, i);
                    zero.blend(x, x.compare(VectorOperators.GT, 0.0)).intoArray(out, i);
                }
                for (; i < n; i++) out[i] = in[i] > 0 ? in[i] : 0.0;
            }
            case LEAKY_RELU -> {
                for (; i < bound; i += V) {
                    DoubleVector x = DoubleVector.fromArray(S, in, i);
                    x.mul(Activation.LEAKY_SLOPE).blend(x, x.compare(VectorOperators.GT, 0.0)).intoArray(out, i);
                }
                for (; i < n; i++) out[i] = in[i] > 0 ? in[i] : Activation.LEAKY_SLOPE * in[i];
            }
            case TANH -> {
                for (; i < bound; i += V) tanh(DoubleVector.fromArray(S, in, i)).intoArray(out, i);
                for (; i < n; i++) out[i] = Activation.tanh(in[i]);
            }
            case SIGMOID -> {
                for (; i < bound; i += V) sigmoid(DoubleVector.fromArray(S, in, i)).intoArray(out, i);
                for (; i < n; i++) out[i] = Activation.sigmoid(in[i]);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    static DoubleVector tanh(DoubleVector x) {
        DoubleVector m = VectorExp.expm1(x.abs().min(20.0).mul(2.0)); // e^{2|x|} − 1, exact in relative terms near 0
        DoubleVector t = m.div(m.add(2.0)); // exactly 1 at the clamp, as tanh(±20) rounds to ±1
        LongVector sign = ((LongVector) x.reinterpretAsLongs()).and(Long.MIN_VALUE);
        return ((LongVector) t.reinterpretAsLongs()).or(sign).reinterpretAsDoubles(); // t ≥ 0 takes x's sign, −0 included
    }

    static DoubleVector sigmoid(DoubleVector x) {
        DoubleVector minusX = x.neg();
        DoubleVector e = VectorExp.exp(minusX.max(-VectorExp.LIMIT).min(VectorExp.LIMIT));
        DoubleVector s = DoubleVector.broadcast(S, 1.0).div(e.add(1.0));
        return s.blend(0.0, minusX.compare(VectorOperators.GT, VectorExp.LIMIT));
    }

    @Override
    public boolean backward(Activation f, double[] in, double[] out, double[] dOut, double[] dIn, int n) {
        int i = 0;
        int bound = n - n % V;
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        DoubleVector zero = DoubleVector.zero(S);
        switch (f) {
            case SIGMOID -> {
                for (; i < bound; i += V) {
                    DoubleVector y = DoubleVector.fromArray(S, out, i);
                    DoubleVector.fromArray(S, dOut, i).mul(y).mul(one.sub(y)).intoArray(dIn, i);
                }
                for (; i < n; i++) dIn[i] = dOut[i] * out[i] * (1.0 - out[i]);
            }
            case TANH -> {
                for (; i < bound; i += V) {
                    DoubleVector y = DoubleVector.fromArray(S, out, i);
                    DoubleVector.fromArray(S, dOut, i).mul(one.sub(y.mul(y))).intoArray(dIn, i);
                }
                for (; i < n; i++) dIn[i] = dOut[i] * (1.0 - out[i] * out[i]);
            }
            case RELU -> {
                for (; i < bound; i += V) {
                    VectorMask<Double> positive = DoubleVector.fromArray(S, in, i).compare(VectorOperators.GT, 0.0);
                    zero.blend(DoubleVector.fromArray(S, dOut, i), positive).intoArray(dIn, i);
                }
                for (; i < n; i++) dIn[i] = in[i] > 0 ? dOut[i] : 0.0;
            }
            case LEAKY_RELU -> {
                for (; i < bound; i += V) {
                    VectorMask<Double> positive = DoubleVector.fromArray(S, in, i).compare(VectorOperators.GT, 0.0);
                    DoubleVector d = DoubleVector.fromArray(S, dOut, i);
                    d.mul(Activation.LEAKY_SLOPE).blend(d, positive).intoArray(dIn, i);
                }
                for (; i < n; i++) dIn[i] = in[i] > 0 ? dOut[i] : Activation.LEAKY_SLOPE * dOut[i];
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}

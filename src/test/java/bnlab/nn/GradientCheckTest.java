package bnlab.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Finite-difference checks (central differences, double precision) of every analytic gradient.
 * The relative error is the largest element-wise difference over the largest gradient magnitude.
 */
class GradientCheckTest {
    private static final double H = 1e-5;
    private static final double MAX_RELATIVE_ERROR = 1e-6;

    static DMatrixRMaj random(int rows, int cols, Random rng, double scale) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) m.data[i] = scale * rng.nextGaussian();
        return m;
    }

    /** Numerical gradient of {@code loss} with respect to every element of {@code values}. */
    static double[] numerical(double[] values, int n, DoubleSupplier loss) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            double saved = values[i];
            values[i] = saved + H;
            double plus = loss.getAsDouble();
            values[i] = saved - H;
            double minus = loss.getAsDouble();
            values[i] = saved;
            g[i] = (plus - minus) / (2 * H);
        }
        return g;
    }

    static void assertGradient(double[] analytic, double[] numeric, String what) {
        double maxDiff = 0;
        double scale = 0;
        for (int i = 0; i < numeric.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(analytic[i] - numeric[i]));
            scale = Math.max(scale, Math.max(Math.abs(analytic[i]), Math.abs(numeric[i])));
        }
        assertTrue(scale > 1e-8, what + ": gradient is (almost) zero, the check would prove nothing");
        double rel = maxDiff / scale;
        assertTrue(rel < MAX_RELATIVE_ERROR, what + ": relative error " + rel);
    }

    static double weightedSum(DMatrixRMaj y, DMatrixRMaj weights) {
        double s = 0;
        for (int i = 0; i < y.getNumElements(); i++) s += y.data[i] * weights.data[i];
        return s;
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void activation(Activation act) {
        Random rng = new Random(1);
        int n = 40;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double v = 3 * rng.nextGaussian();
            x[i] = Math.abs(v) < 1e-3 ? 0.5 : v; // keep clear of ReLU's kink
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) r[i] = rng.nextGaussian();
        double[] y = new double[n];
        DoubleSupplier loss = () -> {
            act.forward(x, y, n);
            double s = 0;
            for (int i = 0; i < n; i++) s += y[i] * r[i];
            return s;
        };
        loss.getAsDouble();
        double[] dx = new double[n];
        act.backward(x, y, r, dx, n);
        assertGradient(dx, numerical(x, n, loss), act + " dx");
    }

    @Test
    void dense() {
        Random rng = new Random(2);
        Dense d = new Dense("d", 5, 4);
        d.weight().value().setTo(random(5, 4, rng, 1));
        d.bias().value().setTo(random(1, 4, rng, 1));
        DMatrixRMaj x = random(6, 5, rng, 1);
        DMatrixRMaj r = random(6, 4, rng, 1);
        DMatrixRMaj z = new DMatrixRMaj(1, 1);
        DoubleSupplier loss = () -> {
            d.forward(x, z);
            return weightedSum(z, r);
        };
        loss.getAsDouble();
        DMatrixRMaj dx = new DMatrixRMaj(1, 1);
        d.backward(x, r, dx);
        assertGradient(dx.data, numerical(x.data, 30, loss), "dense dx");
        assertGradient(d.weight().grad().data, numerical(d.weight().value().data, 20, loss), "dense dW");
        assertGradient(d.bias().grad().data, numerical(d.bias().value().data, 4, loss), "dense db");
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class)
    void batchNorm(Mode mode) {
        Random rng = new Random(3);
        BatchNorm bn = new BatchNorm("bn", 4, 0.1, 1e-5);
        bn.gamma().value().setTo(random(1, 4, rng, 1));
        bn.beta().value().setTo(random(1, 4, rng, 1));
        for (int j = 0; j < 4; j++) {
            bn.runningMean()[j] = rng.nextGaussian();
            bn.runningVar()[j] = 0.5 + rng.nextDouble();
        }
        checkNormalization(bn, mode == Mode.TRAIN ? Mode.TRAIN_NO_UPDATE : mode, rng, "batch norm " + mode);
    }

    @Test
    void layerNorm() {
        Random rng = new Random(4);
        LayerNorm ln = new LayerNorm("ln", 4, 1e-5);
        ln.gamma().value().setTo(random(1, 4, rng, 1));
        ln.beta().value().setTo(random(1, 4, rng, 1));
        checkNormalization(ln, Mode.TRAIN, rng, "layer norm");
    }

    static void checkNormalization(Normalization norm, Mode mode, Random rng, String what) {
        DMatrixRMaj x = random(7, 4, rng, 2);
        DMatrixRMaj r = random(7, 4, rng, 1);
        DMatrixRMaj y = new DMatrixRMaj(1, 1);
        DoubleSupplier loss = () -> {
            norm.forward(x, y, mode);
            return weightedSum(y, r);
        };
        loss.getAsDouble();
        DMatrixRMaj dx = new DMatrixRMaj(1, 1);
        norm.backward(r, dx);
        assertGradient(dx.data, numerical(x.data, 28, loss), what + " dx");
        assertGradient(norm.gamma().grad().data, numerical(norm.gamma().value().data, 4, loss), what + " dgamma");
        assertGradient(norm.beta().grad().data, numerical(norm.beta().value().data, 4, loss), what + " dbeta");
    }

    @Test
    void softmaxCrossEntropy() {
        Random rng = new Random(5);
        SoftmaxCrossEntropy ce = new SoftmaxCrossEntropy();
        DMatrixRMaj z = random(6, 3, rng, 3);
        int[] labels = {0, 1, 2, 2, 1, 0};
        DoubleSupplier loss = () -> ce.forward(z, labels);
        loss.getAsDouble();
        DMatrixRMaj dz = new DMatrixRMaj(1, 1);
        ce.backward(labels, dz);
        assertGradient(dz.data, numerical(z.data, 18, loss), "softmax cross-entropy");
    }

    static List<Object[]> networkCases() {
        return List.of(
                new Object[] {NormKind.BATCH, Placement.BEFORE_ACTIVATION, Activation.SIGMOID},
                new Object[] {NormKind.BATCH, Placement.AFTER_ACTIVATION, Activation.TANH},
                new Object[] {NormKind.LAYER, Placement.BEFORE_ACTIVATION, Activation.LEAKY_RELU},
                new Object[] {NormKind.LAYER, Placement.AFTER_ACTIVATION, Activation.SIGMOID},
                new Object[] {NormKind.NONE, Placement.BEFORE_ACTIVATION, Activation.TANH});
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("networkCases")
    void wholeNetwork(NormKind norm, Placement placement, Activation act) {
        Random rng = new Random(6);
        NetworkSpec spec = NetworkSpec.of(4, List.of(5, 6, 5), 3, act).withNorm(norm, placement)
                .withInit(Init.GAUSSIAN, 0.8).withSeed(11);
        Network net = new Network(spec);
        for (Parameter p : net.parameters()) {
            if (!p.decays()) p.value().setTo(random(p.value().numRows, p.value().numCols, rng, 0.5));
        }
        DMatrixRMaj x = random(8, 4, rng, 1);
        int[] labels = {0, 1, 2, 0, 1, 2, 2, 0};
        // TRAIN_NO_UPDATE computes exactly what TRAIN does, without moving the running averages.
        DoubleSupplier loss = () -> {
            net.forward(x, Mode.TRAIN_NO_UPDATE);
            return net.loss(labels);
        };
        loss.getAsDouble();
        net.backward(labels);
        String what = norm + "/" + placement + "/" + act;
        for (Parameter p : net.parameters()) {
            double[] analytic = p.grad().data.clone();
            double[] numeric = numerical(p.value().data, p.size(), loss);
            boolean cancelledByBatchNorm = norm == NormKind.BATCH && placement == Placement.BEFORE_ACTIVATION
                    && p.name().startsWith("hidden") && p.name().endsWith(".b");
            if (cancelledByBatchNorm) {
                // BN subtracts the batch mean, so a bias just before it has no effect: both gradients vanish.
                for (int i = 0; i < analytic.length; i++) {
                    assertTrue(Math.abs(analytic[i]) < 1e-12 && Math.abs(numeric[i]) < 1e-9, what + " " + p.name());
                }
            } else {
                assertGradient(analytic, numeric, what + " " + p.name());
            }
        }
    }
}

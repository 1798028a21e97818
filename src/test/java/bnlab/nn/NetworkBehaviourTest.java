package bnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NetworkBehaviourTest {
    private static NetworkSpec small(NormKind norm) {
        return NetworkSpec.of(6, List.of(8, 8), 3, Activation.TANH).withNorm(norm, Placement.BEFORE_ACTIVATION)
                .withInit(Init.XAVIER, 1.0);
    }

    /** A fixed stream of random batches with labels that depend on the inputs, so there is something to learn. */
    private static final class Batches {
        final Random rng;
        final DMatrixRMaj x;
        final int[] y;

        Batches(long seed, int m, int features) {
            rng = new Random(seed);
            x = new DMatrixRMaj(m, features);
            y = new int[m];
        }

        void next(int classes) {
            for (int r = 0; r < x.numRows; r++) {
                double s = 0;
                for (int c = 0; c < x.numCols; c++) {
                    double v = rng.nextGaussian();
                    x.set(r, c, v);
                    s += v * (c + 1);
                }
                y[r] = Math.floorMod((int) Math.floor(s), classes);
            }
        }
    }

    private static double[] allWeights(Network net) {
        int n = net.parameters().stream().mapToInt(Parameter::size).sum();
        double[] out = new double[n];
        int o = 0;
        for (Parameter p : net.parameters()) {
            System.arraycopy(p.value().data, 0, out, o, p.size());
            o += p.size();
        }
        return out;
    }

    private static double[] train(NetworkSpec spec, int steps, long dataSeed) {
        Network net = new Network(spec);
        Optimizer opt = new Sgd(0.1, 0.9, 1e-4);
        Batches b = new Batches(dataSeed, 16, spec.inputSize());
        for (int i = 0; i < steps; i++) {
            b.next(spec.classes());
            net.trainStep(b.x, b.y, opt);
        }
        return allWeights(net);
    }

    @Test
    void sameSeedGivesBitIdenticalWeightsAfter100Steps() {
        NetworkSpec spec = small(NormKind.BATCH).withSeed(42);
        double[] a = train(spec, 100, 7);
        double[] b = train(spec, 100, 7);
        assertArrayEquals(a, b, 0.0);
        double[] c = train(spec.withSeed(43), 100, 7);
        assertFalse(Arrays.equals(a, c), "another seed must give other weights");
    }

    @Test
    void twinsWithAndWithoutNormalizationStartWithIdenticalDenseWeights() {
        Network bn = new Network(small(NormKind.BATCH).withSeed(5));
        Network plain = new Network(small(NormKind.NONE).withSeed(5));
        for (int i = 0; i < bn.hiddenLayers().size(); i++) {
            assertArrayEquals(plain.hiddenLayers().get(i).weights().data, bn.hiddenLayers().get(i).weights().data, 0.0);
        }
        assertArrayEquals(plain.outputLayer().weight().value().data, bn.outputLayer().weight().value().data, 0.0);
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void switchingNormalizationOffAndOnKeepsItsState(OptimizerKind kind) {
        Network net = new Network(small(NormKind.BATCH).withSeed(3));
        Optimizer opt = kind.create(0.05, 0.9, 0.0);
        Batches b = new Batches(9, 16, 6);
        for (int i = 0; i < 30; i++) {
            b.next(3);
            net.trainStep(b.x, b.y, opt);
        }
        List<double[]> saved = normState(net);
        double[] denseBefore = net.hiddenLayers().get(0).weights().data.clone();

        net.setNormalizationEnabled(false);
        assertArrayEquals(denseBefore, net.hiddenLayers().get(0).weights().data, 0.0, "the switch itself changes no weight");
        for (int i = 0; i < 30; i++) {
            b.next(3);
            net.trainStep(b.x, b.y, opt);
            assertFalse(net.hiddenLayers().get(0).normalizationActive());
        }
        List<double[]> whileOff = normState(net);
        for (int i = 0; i < saved.size(); i++) assertArrayEquals(saved.get(i), whileOff.get(i), 0.0);
        assertFalse(Arrays.equals(denseBefore, net.hiddenLayers().get(0).weights().data), "training went on");

        net.setNormalizationEnabled(true);
        List<double[]> restored = normState(net);
        for (int i = 0; i < saved.size(); i++) assertArrayEquals(saved.get(i), restored.get(i), 0.0);
        b.next(3);
        net.trainStep(b.x, b.y, opt);
        assertTrue(net.hiddenLayers().get(0).normalizationActive());
        assertFalse(Arrays.equals(saved.get(0), normState(net).get(0)), "γ learns again once switched back on");
    }

    private static List<double[]> normState(Network net) {
        List<double[]> out = new ArrayList<>();
        for (HiddenLayer h : net.hiddenLayers()) {
            BatchNorm bn = (BatchNorm) h.normalization();
            out.add(bn.gamma().value().data.clone());
            out.add(bn.beta().value().data.clone());
            out.add(bn.runningMean().clone());
            out.add(bn.runningVar().clone());
        }
        return out;
    }

    @Test
    void batchNormRefusesABatchOfOneInTraining() {
        Network net = new Network(small(NormKind.BATCH));
        DMatrixRMaj x = new DMatrixRMaj(1, 6);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.forward(x, Mode.TRAIN));
        assertTrue(e.getMessage().contains("Expected more than 1 value per channel when training"), e.getMessage());
        // Inference with the running statistics is fine for a single example.
        net.forward(x, Mode.EVAL);
        for (double v : net.logits().data) assertTrue(Double.isFinite(v));
        // Layer norm has no such limit.
        Network ln = new Network(small(NormKind.LAYER));
        ln.forward(x, Mode.TRAIN);
        assertTrue(Double.isFinite(ln.loss(new int[] {0})));
    }

    @Test
    void crossEntropyIsFiniteForHugeLogits() {
        SoftmaxCrossEntropy ce = new SoftmaxCrossEntropy();
        DMatrixRMaj z = new DMatrixRMaj(new double[][] {{1000, -1000, 0}, {-1000, 1000, 999}});
        double loss = ce.forward(z, new int[] {1, 2});
        // Row 1: −log softmax = 2000; row 2: log(1 + e^-1) + 1.
        double expected = (2000 + Math.log1p(Math.exp(-1)) + 1) / 2;
        assertEquals(expected, loss, 1e-9);
        DMatrixRMaj dz = new DMatrixRMaj(1, 1);
        ce.backward(new int[] {1, 2}, dz);
        for (double v : dz.data) assertTrue(Double.isFinite(v));
        assertEquals(-0.5, dz.get(0, 1), 1e-12);
        assertEquals(0.5, dz.get(0, 0), 1e-12);
    }

    @Test
    void evalModeUsesRunningStatisticsAndTrainNoUpdateLeavesThemAlone() {
        Network net = new Network(small(NormKind.BATCH));
        Batches b = new Batches(1, 16, 6);
        b.next(3);
        BatchNorm bn = (BatchNorm) net.hiddenLayers().get(0).normalization();
        net.forward(b.x, Mode.TRAIN_NO_UPDATE);
        assertArrayEquals(new double[8], bn.runningMean(), 0.0);
        net.forward(b.x, Mode.TRAIN);
        assertFalse(Arrays.equals(new double[8], bn.runningMean()));
        double[] trainLogits = net.logits().data.clone();
        net.forward(b.x, Mode.EVAL);
        assertFalse(Arrays.equals(trainLogits, Arrays.copyOf(net.logits().data, trainLogits.length)));
    }

    @Test
    void pre_activationIsNormalizedWithBatchNormBeforeTheActivation() {
        Network net = new Network(small(NormKind.BATCH));
        Batches b = new Batches(2, 32, 6);
        b.next(3);
        net.forward(b.x, Mode.TRAIN);
        HiddenLayer h = net.hiddenLayers().get(0);
        DMatrixRMaj pre = h.preActivation();
        for (int j = 0; j < pre.numCols; j++) {
            double mean = 0;
            for (int r = 0; r < pre.numRows; r++) mean += pre.get(r, j);
            assertEquals(0.0, mean / pre.numRows, 1e-12);
        }
        assertTrue(h.preNorm() != h.preActivation());
        net.setNormalizationEnabled(false);
        net.forward(b.x, Mode.TRAIN);
        assertTrue(h.preNorm() == h.preActivation(), "with BN off, what would enter it enters the nonlinearity");
    }
}

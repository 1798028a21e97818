package bnlab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.nn.Activation;
import bnlab.nn.BatchNorm;
import bnlab.nn.Mode;
import bnlab.nn.Network;
import bnlab.nn.NetworkSpec;
import bnlab.nn.NormKind;
import bnlab.nn.Optimizer;
import bnlab.nn.OptimizerKind;
import bnlab.nn.Placement;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class InsideNormCaptureTest {
    private static final int M = 10;

    private static Network trained(NormKind kind, Random rng, int steps) {
        Network net = new Network(NetworkSpec.of(3, List.of(6, 5), 3, Activation.TANH)
                .withNorm(kind, Placement.BEFORE_ACTIVATION).withSeed(3));
        Optimizer sgd = OptimizerKind.SGD.create(0.2, 0, 0);
        for (int s = 0; s < steps; s++) step(net, rng, sgd);
        return net;
    }

    private static DMatrixRMaj step(Network net, Random rng, Optimizer sgd) {
        DMatrixRMaj x = forwardAndBackward(net, rng);
        net.step(sgd);
        return x;
    }

    /** A training step up to its update, where the training thread captures. */
    private static DMatrixRMaj forwardAndBackward(Network net, Random rng) {
        DMatrixRMaj x = new DMatrixRMaj(M, 3);
        for (int i = 0; i < x.data.length; i++) x.data[i] = 2 * rng.nextGaussian() + 0.5;
        int[] y = new int[M];
        for (int i = 0; i < M; i++) y[i] = rng.nextInt(3);
        net.forward(x, Mode.TRAIN);
        net.loss(y);
        net.backward(y);
        return x;
    }

    @Test
    void copiesTheStepAndItsInferencePathMatchesTheNetworksEvalMode() {
        Random rng = new Random(1);
        Network net = trained(NormKind.BATCH, rng, 7);
        DMatrixRMaj x = forwardAndBackward(net, rng);
        InsideNormCapture capture = new InsideNormCapture();
        capture.selectLayer(1);
        InsideNormFrame f = capture.capture(net, 8);
        assertEquals(1, f.layer());
        assertEquals(M, f.examples());
        assertEquals(5, f.units());
        assertTrue(f.active());
        BatchNorm bn = (BatchNorm) net.hiddenLayers().get(1).normalization();
        assertArrayEquals(net.hiddenLayers().get(1).preNorm().data, f.z(), 0);
        assertArrayEquals(bn.xhat().data, f.xhat(), 0);
        assertArrayEquals(net.hiddenLayers().get(1).normOutput().data, f.output(), 0);
        assertArrayEquals(bn.batchMean(), f.batchMean(), 0);
        assertArrayEquals(bn.runningVar(), f.runningVar(), 0);
        // The batch statistics are those of the captured z: mean and biased variance per unit.
        for (int u = 0; u < f.units(); u++) {
            double[] z = f.column(f.z(), u);
            double mean = java.util.Arrays.stream(z).average().orElseThrow();
            double var = java.util.Arrays.stream(z).map(v -> (v - mean) * (v - mean)).sum() / z.length;
            assertEquals(mean, f.batchMean()[u], 1e-12);
            assertEquals(var, f.batchVar()[u], 1e-12);
        }
        // The inference path, by the layer's own code, is what eval mode gives for the same inputs: in layer 1
        // (0-based 0) the input does not depend on the mode, in later layers it does (earlier layers normalize).
        double[] kept = f.inference().clone();
        capture.selectLayer(0);
        double[] inference = capture.capture(net, 8).inference().clone();
        net.forward(x, Mode.EVAL);
        assertArrayEquals(net.hiddenLayers().get(0).normOutput().data, inference, 1e-12);
        // The capture is a copy: the network moving on does not change it.
        net.step(OptimizerKind.SGD.create(0.2, 0, 0));
        step(net, rng, OptimizerKind.SGD.create(0.2, 0, 0));
        assertArrayEquals(kept, f.inference(), 0);
    }

    @Test
    void keepsTheLayersGammaAndBetaOverTheStepsAndStartsAgainForAnotherLayer() {
        Random rng = new Random(2);
        Network net = trained(NormKind.BATCH, rng, 1);
        Optimizer sgd = OptimizerKind.SGD.create(0.2, 0, 0);
        InsideNormCapture capture = new InsideNormCapture();
        InsideNormFrame f = null;
        for (int s = 2; s <= 5; s++) {
            forwardAndBackward(net, rng);
            f = capture.capture(net, s);
            net.step(sgd);
        }
        assertEquals(4, f.gammaBeta().size());
        assertEquals(1 + 2 * 6, f.gammaBeta().width());
        double[] gamma = net.hiddenLayers().get(0).normalization().gamma().value().data;
        for (int u = 0; u < 6; u++) assertEquals(gamma[u] - net.hiddenLayers().get(0).normalization().gamma().update().data[u],
                f.gammaBeta().last(1 + u), 1e-15, "γ as the step used it, before its update");
        capture.selectLayer(1);
        forwardAndBackward(net, rng);
        assertEquals(1, capture.capture(net, 6).gammaBeta().size());
    }

    @Test
    void saysWhenBypassedAndCopiesNoBatchStatisticsForLayerNorm() {
        Random rng = new Random(3);
        Network net = trained(NormKind.BATCH, rng, 2);
        net.setNormalizationEnabled(false);
        forwardAndBackward(net, rng);
        InsideNormFrame off = new InsideNormCapture().capture(net, 3);
        assertFalse(off.active());
        assertNull(off.xhat());
        assertNull(off.output());
        assertNotNull(off.runningMean(), "the waiting running averages are still shown");

        Random lr = new Random(4);
        Network ln = trained(NormKind.LAYER, lr, 2);
        forwardAndBackward(ln, lr);
        InsideNormFrame f = new InsideNormCapture().capture(ln, 2);
        assertTrue(f.active());
        assertFalse(f.overBatch());
        assertNull(f.batchMean());
        assertNull(f.inference());
        assertArrayEquals(ln.hiddenLayers().get(0).normOutput().data, f.output(), 0);
    }

    @Test
    void noisyBatchNormShowsTheCleanOutputAndTheNoisyOneApart() {
        Random rng = new Random(5);
        Network net = trained(NormKind.NOISY_BATCH, rng, 3);
        forwardAndBackward(net, rng);
        InsideNormFrame f = new InsideNormCapture().capture(net, 3);
        assertNotNull(f.noisy());
        assertArrayEquals(net.hiddenLayers().get(0).normOutput().data, f.noisy(), 0);
        BatchNorm bn = (BatchNorm) net.hiddenLayers().get(0).normalization();
        double[] g = bn.gamma().value().data;
        double[] b = bn.beta().value().data;
        for (int k = 0; k < f.output().length; k++) {
            assertEquals(g[k % f.units()] * f.xhat()[k] + b[k % f.units()], f.output()[k], 1e-12);
        }
        assertFalse(java.util.Arrays.equals(f.output(), f.noisy()));
    }
}

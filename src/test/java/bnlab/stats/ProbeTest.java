package bnlab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.nn.Activation;
import bnlab.nn.BatchNorm;
import bnlab.nn.Init;
import bnlab.nn.Mode;
import bnlab.nn.Network;
import bnlab.nn.NetworkSpec;
import bnlab.nn.NormKind;
import bnlab.nn.Placement;
import bnlab.nn.Sgd;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ProbeTest {
    private static DMatrixRMaj randomInputs(int m, int d, long seed) {
        Random rng = new Random(seed);
        DMatrixRMaj x = new DMatrixRMaj(m, d);
        for (int i = 0; i < x.data.length; i++) x.data[i] = rng.nextGaussian();
        return x;
    }

    private static int[] labels(int m) {
        int[] y = new int[m];
        for (int i = 0; i < m; i++) y[i] = i % 3;
        return y;
    }

    @Test
    void measuresWhatTheNetworkComputedAndChangesNoTrainingState() {
        Network net = new Network(NetworkSpec.of(4, List.of(6, 5), 3, Activation.SIGMOID)
                .withNorm(NormKind.BATCH, Placement.BEFORE_ACTIVATION));
        DMatrixRMaj xb = randomInputs(8, 4, 1);
        net.trainStep(xb, labels(8), new Sgd(0.1, 0, 0));
        double[] weightGrad = net.hiddenLayers().get(0).weightGrad().data.clone();
        BatchNorm bn = (BatchNorm) net.hiddenLayers().get(1).normalization();
        double[] runningMean = bn.runningMean().clone();

        Probe probe = new Probe(randomInputs(50, 4, 2), labels(50), HistogramRanges.defaults());
        List<LayerStats> train = probe.measure(net, Mode.TRAIN_NO_UPDATE);
        assertArrayEquals(runningMean, bn.runningMean(), 0.0, "running statistics untouched");
        assertArrayEquals(weightGrad, net.hiddenLayers().get(0).weightGrad().data, 0.0, "weight gradients kept");

        // With batch statistics over the probe, BN's output has mean 0 and std 1 (γ=1, β=0 after one tiny step ≈).
        DistributionStats pre = train.get(1).get(Quantity.PRE_ACTIVATION);
        assertEquals(0.0, pre.mean(), 0.05);
        assertEquals(1.0, pre.std(), 0.05);
        assertEquals(50 * 5, pre.count());
        assertEquals(pre.count(), pre.histogram().total());

        List<LayerStats> eval = probe.measure(net, Mode.EVAL);
        // Running statistics after a single step are far from the probe's: eval differs from train.
        assertTrue(Math.abs(eval.get(1).get(Quantity.PRE_ACTIVATION).std() - pre.std()) > 0.05);
    }

    @Test
    void gradientIsPerExampleSoProbeSizeDoesNotRescaleIt() {
        Network net = new Network(NetworkSpec.of(4, List.of(6), 3, Activation.TANH).withInit(Init.GAUSSIAN, 0.7));
        DMatrixRMaj x = randomInputs(40, 4, 3);
        DMatrixRMaj twice = new DMatrixRMaj(80, 4);
        System.arraycopy(x.data, 0, twice.data, 0, x.data.length);
        System.arraycopy(x.data, 0, twice.data, x.data.length, x.data.length);
        int[] y = labels(40);
        int[] yy = new int[80];
        System.arraycopy(y, 0, yy, 0, 40);
        System.arraycopy(y, 0, yy, 40, 40);
        DistributionStats g1 = new Probe(x, y, HistogramRanges.defaults()).measure(net, Mode.EVAL).get(0)
                .get(Quantity.GRADIENT);
        DistributionStats g2 = new Probe(twice, yy, HistogramRanges.defaults()).measure(net, Mode.EVAL).get(0)
                .get(Quantity.GRADIENT);
        assertEquals(g1.std(), g2.std(), 1e-12);
        assertEquals(g1.median(), g2.median(), 1e-12);
        assertTrue(g1.std() > 0);
    }

    @Test
    void saturationAndDeadUnits() {
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{0.01, 0.5}, {0.99, 0.5}});
        assertEquals(0.5, Probe.saturation(a, Activation.SIGMOID));
        DMatrixRMaj t = new DMatrixRMaj(new double[][] {{-0.98, 0.5}, {0.99, 0.96}});
        assertEquals(0.5, Probe.saturation(t, Activation.TANH));
        assertTrue(Double.isNaN(Probe.saturation(a, Activation.RELU)));
        DMatrixRMaj pre = new DMatrixRMaj(new double[][] {{-1, 2, 0}, {-3, -1, 0}});
        assertEquals(2.0 / 3, Probe.deadFraction(pre, Activation.RELU), 1e-15);
        assertTrue(Double.isNaN(Probe.deadFraction(pre, Activation.SIGMOID)));
    }

    @Test
    void weightStatsReadTheLastUpdate() {
        Network net = new Network(NetworkSpec.of(4, List.of(6), 3, Activation.RELU).withInit(Init.HE, 1.0));
        net.trainStep(randomInputs(16, 4, 5), labels(16), new Sgd(0.01, 0, 0));
        Probe probe = new Probe(randomInputs(10, 4, 6), labels(10), HistogramRanges.defaults());
        WeightStats w = probe.measureWeights(net).get(0);
        double expected = Math.log10(Probe.std(net.hiddenLayers().get(0).lastWeightUpdate().data, 24)
                / Probe.std(net.hiddenLayers().get(0).weights().data, 24));
        assertEquals(expected, w.updateRatio(), 1e-12);
        assertEquals(24, w.weights().total());
        assertEquals(2.0, Probe.niceCeiling(1.3));
        assertEquals(0.05, Probe.niceCeiling(0.031), 1e-15);
        assertEquals(10.0, Probe.niceCeiling(10.0));
    }
}

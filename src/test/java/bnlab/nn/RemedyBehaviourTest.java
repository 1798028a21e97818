package bnlab.nn;

import static bnlab.nn.GradientCheckTest.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** What the remedies promise beyond matching PyTorch: the equalities, the seeding, the switches. */
class RemedyBehaviourTest {
    private static final List<Integer> WIDTHS = List.of(8, 8);

    private static NetworkSpec spec(NormKind norm, Remedies remedies) {
        return NetworkSpec.of(6, WIDTHS, 3, Activation.TANH).withNorm(norm, Placement.BEFORE_ACTIVATION)
                .withInit(Init.XAVIER, 1.0).withSeed(9).withRemedies(remedies);
    }

    /** Trains on seeded random batches and returns the network. */
    private static Network train(NetworkSpec spec, int steps) {
        Network net = new Network(spec);
        Optimizer opt = new Sgd(0.1, 0.9, 1e-4);
        Random rng = new Random(3);
        DMatrixRMaj x = new DMatrixRMaj(5, 6);
        int[] y = new int[5];
        for (int s = 0; s < steps; s++) {
            for (int i = 0; i < x.data.length; i++) x.data[i] = rng.nextGaussian();
            for (int i = 0; i < y.length; i++) y[i] = x.data[i * 6] > 0 ? 0 : x.data[i * 6 + 1] > 0 ? 1 : 2;
            net.trainStep(x, y, opt);
        }
        return net;
    }

    private static double[] values(Network net) {
        return net.parameters().stream().flatMapToDouble(p -> Arrays.stream(p.value().data)).toArray();
    }

    @Test
    void batchRenormWithRmaxOneAndDmaxZeroIsBatchNormBitForBit() {
        Random rng = new Random(1);
        BatchNorm bn = new BatchNorm("bn", 5, 0.1, 1e-5);
        BatchRenorm brn = new BatchRenorm("brn", 5, 0.1, 1e-5, 1.0, 0.0, 0);
        DMatrixRMaj g = random(1, 5, rng, 1);
        bn.gamma().value().setTo(g);
        brn.gamma().value().setTo(g);
        DMatrixRMaj y1 = new DMatrixRMaj(1, 1);
        DMatrixRMaj y2 = new DMatrixRMaj(1, 1);
        DMatrixRMaj dx1 = new DMatrixRMaj(1, 1);
        DMatrixRMaj dx2 = new DMatrixRMaj(1, 1);
        for (int step = 0; step < 5; step++) {
            DMatrixRMaj x = random(7, 5, rng, 3);
            DMatrixRMaj dy = random(7, 5, rng, 1);
            for (Mode mode : new Mode[] {Mode.TRAIN, Mode.TRAIN_NO_UPDATE, Mode.EVAL}) {
                bn.forward(x, y1, mode);
                brn.forward(x, y2, mode);
                assertArrayEquals(y1.data, y2.data, 0.0, mode + " output, step " + step);
                bn.backward(dy, dx1);
                brn.backward(dy, dx2);
                assertArrayEquals(dx1.data, dx2.data, 0.0, mode + " dx, step " + step);
                assertArrayEquals(bn.gamma().grad().data, brn.gamma().grad().data, 0.0, mode + " dgamma");
                assertArrayEquals(bn.beta().grad().data, brn.beta().grad().data, 0.0, mode + " dbeta");
            }
            assertArrayEquals(bn.runningMean(), brn.runningMean(), 0.0);
            assertArrayEquals(bn.runningVar(), brn.runningVar(), 0.0);
        }
        // And a whole network trained 60 steps: identical weights, γ, β and running statistics.
        Network a = train(spec(NormKind.BATCH, Remedies.NONE), 60);
        Network b = train(spec(NormKind.BATCH_RENORM, Remedies.NONE), 60);
        assertArrayEquals(values(a), values(b), 0.0);
        BatchNorm last = (BatchNorm) a.hiddenLayers().get(1).normalization();
        BatchRenorm lastRenorm = (BatchRenorm) b.hiddenLayers().get(1).normalization();
        assertArrayEquals(last.runningVar(), lastRenorm.runningVar(), 0.0);
    }

    @Test
    void batchRenormWithLooseLimitsDiffersFromBatchNorm() {
        Network a = train(spec(NormKind.BATCH, Remedies.NONE), 60);
        Network b = train(spec(NormKind.BATCH_RENORM, Remedies.NONE.withRenorm(3, 5, 0)), 60);
        assertFalse(Arrays.equals(values(a), values(b)), "with room for r and d it must correct something");
    }

    @Test
    void batchRenormWarmUpRelaxesTheLimitsLinearly() {
        BatchRenorm brn = new BatchRenorm("brn", 3, 0.1, 1e-5, 3.0, 5.0, 10);
        assertEquals(1.0, brn.currentRmax(), 0.0);
        assertEquals(0.0, brn.currentDmax(), 0.0);
        DMatrixRMaj x = random(4, 3, new Random(2), 1);
        DMatrixRMaj y = new DMatrixRMaj(1, 1);
        for (int i = 0; i < 5; i++) brn.forward(x, y, Mode.TRAIN);
        brn.forward(x, y, Mode.TRAIN_NO_UPDATE); // the probe does not advance the warm-up
        brn.forward(x, y, Mode.EVAL);
        assertEquals(2.0, brn.currentRmax(), 1e-15);
        assertEquals(2.5, brn.currentDmax(), 1e-15);
        for (int i = 0; i < 20; i++) brn.forward(x, y, Mode.TRAIN);
        assertEquals(3.0, brn.currentRmax(), 0.0);
        assertEquals(5.0, brn.currentDmax(), 0.0);
    }

    @Test
    void groupNormWithOneGroupIsLayerNormExactly() {
        Random rng = new Random(4);
        LayerNorm ln = new LayerNorm("ln", 6, 1e-5);
        GroupNorm gn = new GroupNorm("gn", 6, 1, 1e-5);
        DMatrixRMaj g = random(1, 6, rng, 1);
        ln.gamma().value().setTo(g);
        gn.gamma().value().setTo(g);
        DMatrixRMaj x = random(9, 6, rng, 2);
        DMatrixRMaj dy = random(9, 6, rng, 1);
        DMatrixRMaj y1 = new DMatrixRMaj(1, 1);
        DMatrixRMaj y2 = new DMatrixRMaj(1, 1);
        ln.forward(x, y1, Mode.TRAIN);
        gn.forward(x, y2, Mode.TRAIN);
        assertArrayEquals(y1.data, y2.data, 0.0);
        DMatrixRMaj dx1 = new DMatrixRMaj(1, 1);
        DMatrixRMaj dx2 = new DMatrixRMaj(1, 1);
        ln.backward(dy, dx1);
        gn.backward(dy, dx2);
        assertArrayEquals(dx1.data, dx2.data, 0.0);
        assertArrayEquals(ln.gamma().grad().data, gn.gamma().grad().data, 0.0);
        Network a = train(spec(NormKind.LAYER, Remedies.NONE), 60);
        Network b = train(spec(NormKind.GROUP, Remedies.NONE.withGroups(1)), 60);
        assertArrayEquals(values(a), values(b), 0.0);
    }

    @Test
    void groupNormRefusesGroupsThatDoNotDivideTheWidthOrHoldOneUnit() {
        assertThrows(IllegalArgumentException.class, () -> new GroupNorm("gn", 8, 3, 1e-5));
        assertThrows(IllegalArgumentException.class, () -> new GroupNorm("gn", 8, 8, 1e-5));
        assertEquals(4, new GroupNorm("gn", 8, 4, 1e-5).groups());
    }

    @Test
    void twinsDrawIdenticalDropoutMasksWhereTheirLayersMatch() {
        Remedies dropout = Remedies.NONE.withDropout(0.3);
        Network bn = train(spec(NormKind.BATCH, dropout), 7);
        Network plain = train(spec(NormKind.NONE, dropout), 7);
        Network group = train(spec(NormKind.GROUP, dropout.withGroups(2)), 7);
        for (int i = 0; i < WIDTHS.size(); i++) {
            double[] mask = bn.hiddenLayers().get(i).dropout().mask().data;
            assertArrayEquals(mask, plain.hiddenLayers().get(i).dropout().mask().data, 0.0, "layer " + (i + 1));
            assertArrayEquals(mask, group.hiddenLayers().get(i).dropout().mask().data, 0.0, "layer " + (i + 1));
        }
        // A layer's mask does not depend on the others': a twin with a wider second layer still matches on layer 1.
        Network wider = train(NetworkSpec.of(6, List.of(8, 12), 3, Activation.TANH).withInit(Init.XAVIER, 1.0)
                .withSeed(9).withRemedies(dropout), 7);
        assertArrayEquals(plain.hiddenLayers().get(0).dropout().mask().data,
                wider.hiddenLayers().get(0).dropout().mask().data, 0.0);
        assertFalse(Arrays.equals(plain.hiddenLayers().get(0).dropout().mask().data,
                plain.hiddenLayers().get(1).dropout().mask().data), "layers draw their own masks");
    }

    @Test
    void dropoutKeepsAboutOneMinusPAndOnlyInTrainingSteps() {
        Network net = new Network(NetworkSpec.of(6, List.of(100), 3, Activation.RELU).withSeed(2)
                .withRemedies(Remedies.NONE.withDropout(0.3)));
        DMatrixRMaj x = random(50, 6, new Random(5), 1);
        int kept = 0;
        int drawn = 0;
        double[] previous = null;
        for (int s = 0; s < 20; s++) {
            net.forward(x, Mode.TRAIN);
            double[] mask = net.hiddenLayers().get(0).dropout().mask().data;
            for (double k : mask) kept += (int) k;
            drawn += mask.length;
            if (previous != null) assertFalse(Arrays.equals(previous, mask), "a fresh mask every step");
            previous = mask.clone();
            HiddenLayer layer = net.hiddenLayers().get(0);
            for (int i = 0; i < mask.length; i++) {
                assertEquals(layer.activation().data[i] * mask[i] / 0.7, layer.output().data[i], 1e-15);
            }
        }
        assertEquals(0.7, (double) kept / drawn, 0.01); // 100,000 draws: the standard error is 0.0015
        for (Mode mode : new Mode[] {Mode.TRAIN_NO_UPDATE, Mode.EVAL}) {
            double[] before = net.hiddenLayers().get(0).dropout().mask().data.clone();
            net.forward(x, mode);
            HiddenLayer layer = net.hiddenLayers().get(0);
            assertTrue(layer.output() == layer.activation(), mode + " must not drop anything");
            assertArrayEquals(before, layer.dropout().mask().data, 0.0, mode + " must not draw a mask");
        }
    }

    @Test
    void theSameSeedGivesTheSameRunWithDropoutAndAnotherSeedAnother() {
        Remedies all = new Remedies(2, 3, 5, 10, 0.2, 1e-3, 0.5);
        double[] a = values(train(spec(NormKind.BATCH_RENORM, all), 40));
        double[] b = values(train(spec(NormKind.BATCH_RENORM, all), 40));
        assertArrayEquals(a, b, 0.0);
        double[] c = values(train(spec(NormKind.BATCH_RENORM, all).withSeed(10), 40));
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void gradientNormIsRecordedBeforeClippingAndClippingCapsIt() {
        Network free = new Network(spec(NormKind.BATCH, Remedies.NONE));
        Network clipped = new Network(spec(NormKind.BATCH, Remedies.NONE.withGradientClip(0.05)));
        DMatrixRMaj x = random(5, 6, new Random(6), 2);
        int[] y = {0, 1, 2, 1, 0};
        free.forward(x, Mode.TRAIN);
        free.loss(y);
        free.backward(y);
        double norm = GradientRules.globalNorm(free.trainableParameters());
        free.step(new Sgd(0.1, 0, 0));
        assertEquals(norm, free.lastGradientNorm(), 0.0);
        assertEquals(norm, GradientRules.globalNorm(free.trainableParameters()), 0.0, "no clipping: untouched");
        assertTrue(norm > 0.05, "the check needs a norm above the limit; got " + norm);
        clipped.trainStep(x, y, new Sgd(0.1, 0, 0));
        assertEquals(norm, clipped.lastGradientNorm(), 1e-15, "the norm before clipping");
        assertEquals(0.05, GradientRules.globalNorm(clipped.trainableParameters()), 1e-6);
        assertNotEquals(values(free)[0], values(clipped)[0]);
    }
}

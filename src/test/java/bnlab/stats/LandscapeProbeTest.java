package bnlab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.nn.Activation;
import bnlab.nn.BatchNorm;
import bnlab.nn.Mode;
import bnlab.nn.Network;
import bnlab.nn.NetworkSpec;
import bnlab.nn.NormKind;
import bnlab.nn.Optimizer;
import bnlab.nn.OptimizerKind;
import bnlab.nn.Parameter;
import bnlab.nn.Placement;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LandscapeProbeTest {
    private static final int M = 12;

    private static NetworkSpec spec(NormKind kind) {
        return NetworkSpec.of(3, List.of(5, 4), 3, Activation.TANH).withNorm(kind, Placement.BEFORE_ACTIVATION)
                .withSeed(4);
    }

    private static DMatrixRMaj batch(Random rng) {
        DMatrixRMaj x = new DMatrixRMaj(M, 3);
        for (int i = 0; i < x.data.length; i++) x.data[i] = rng.nextGaussian();
        return x;
    }

    private static int[] labels(Random rng) {
        int[] y = new int[M];
        for (int i = 0; i < M; i++) y[i] = rng.nextInt(3);
        return y;
    }

    /** The walk's three numbers, computed directly on fresh copies of the network moved by hand. */
    @ParameterizedTest
    @EnumSource(value = NormKind.class, names = {"NONE", "BATCH", "NOISY_BATCH", "LAYER"})
    void matchesADirectComputation(NormKind kind) {
        Random rng = new Random(2);
        Network net = new Network(spec(kind));
        Optimizer sgd = OptimizerKind.SGD.create(0.3, 0, 0);
        for (int s = 0; s < 5; s++) net.trainStep(batch(rng), labels(rng), sgd);
        DMatrixRMaj x = batch(rng);
        int[] y = labels(rng);
        double lr = 0.3;
        Landscape l = new LandscapeProbe().measure(net, x, y, lr);

        Network at = copy(net, kind);
        at.forward(x, Mode.TRAIN_NO_UPDATE);
        at.loss(y);
        at.backward(y);
        double[] g = flatGrad(at);
        double gNorm = norm(g);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, change = 0, ratio = 0;
        for (double c : LandscapeProbe.STEP_MULTIPLES) {
            Network moved = copy(net, kind);
            int o = 0;
            for (Parameter p : moved.parameters()) {
                for (int k = 0; k < p.size(); k++) p.value().data[k] -= c * lr * g[o + k];
                o += p.size();
            }
            moved.forward(x, Mode.TRAIN_NO_UPDATE);
            double loss = moved.loss(y);
            moved.backward(y);
            double[] gm = flatGrad(moved);
            double d = 0;
            for (int k = 0; k < g.length; k++) d += (gm[k] - g[k]) * (gm[k] - g[k]);
            d = Math.sqrt(d);
            lo = Math.min(lo, loss);
            hi = Math.max(hi, loss);
            change = Math.max(change, d);
            ratio = Math.max(ratio, d / (c * lr * gNorm));
        }
        assertTrue(hi - lo > 1e-6, "the walk must move the loss, or the check proves nothing");
        assertEquals(hi - lo, l.lossRange(), 1e-12);
        assertEquals(change, l.gradChange(), 1e-12);
        assertEquals(ratio, l.betaSmoothness(), 1e-10);
        assertEquals(gNorm, l.gradNorm(), 1e-12);
        assertEquals(lo, l.lossMin(), 1e-12);
        assertEquals(hi, l.lossMax(), 1e-12);
    }

    /** Noisy BN's copies must replay the same step's noise: give them the same number of training draws. */
    private static Network copy(Network net, NormKind kind) {
        Network c = new Network(net.spec());
        if (kind == NormKind.NOISY_BATCH) {
            Random rng = new Random(2);
            Optimizer none = OptimizerKind.SGD.create(0, 0, 0);
            for (int s = 0; s < 5; s++) c.trainStep(batch(rng), labels(rng), none);
        }
        c.copyStateFrom(net);
        return c;
    }

    private static double[] flatGrad(Network n) {
        int size = 0;
        for (Parameter p : n.parameters()) size += p.size();
        double[] g = new double[size];
        int o = 0;
        for (Parameter p : n.parameters()) {
            System.arraycopy(p.grad().data, 0, g, o, p.size());
            o += p.size();
        }
        return g;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double d : v) s += d * d;
        return Math.sqrt(s);
    }

    /** Training with the measurement every third step ends with bit-identical weights and running averages. */
    @ParameterizedTest
    @EnumSource(value = OptimizerKind.class)
    void measuringNeverChangesTraining(OptimizerKind opt) {
        for (NormKind kind : new NormKind[] {NormKind.BATCH, NormKind.NOISY_BATCH, NormKind.NONE}) {
            Network measured = new Network(spec(kind));
            Network untouched = new Network(spec(kind));
            Optimizer a = opt.create(0.1, 0.9, 1e-3);
            Optimizer b = opt.create(0.1, 0.9, 1e-3);
            LandscapeProbe probe = new LandscapeProbe();
            Random ra = new Random(8);
            Random rb = new Random(8);
            for (int s = 0; s < 30; s++) {
                DMatrixRMaj xa = batch(ra);
                int[] ya = labels(ra);
                measured.trainStep(xa, ya, a);
                if (s % 3 == 0) probe.measure(measured, xa, ya, 0.1);
                untouched.trainStep(batch(rb), labels(rb), b);
            }
            for (int i = 0; i < measured.parameters().size(); i++) {
                assertArrayEquals(untouched.parameters().get(i).value().data,
                        measured.parameters().get(i).value().data, 0, kind + " " + opt + " parameter " + i);
            }
            for (int i = 0; i < measured.hiddenLayers().size(); i++) {
                if (measured.hiddenLayers().get(i).normalization() instanceof BatchNorm bm) {
                    BatchNorm bu = (BatchNorm) untouched.hiddenLayers().get(i).normalization();
                    assertArrayEquals(bu.runningMean(), bm.runningMean(), 0);
                    assertArrayEquals(bu.runningVar(), bm.runningVar(), 0);
                }
            }
        }
    }
}

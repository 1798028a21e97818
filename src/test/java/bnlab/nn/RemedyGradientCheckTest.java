package bnlab.nn;

import static bnlab.nn.GradientCheckTest.assertGradient;
import static bnlab.nn.GradientCheckTest.checkNormalization;
import static bnlab.nn.GradientCheckTest.numerical;
import static bnlab.nn.GradientCheckTest.random;
import static bnlab.nn.GradientCheckTest.weightedSum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Finite-difference checks of the remedies' layers (see {@link GradientCheckTest}). */
class RemedyGradientCheckTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void groupNorm(int groups) {
        Random rng = new Random(20 + groups);
        GroupNorm gn = new GroupNorm("gn", 4, groups, 1e-5);
        gn.gamma().value().setTo(random(1, 4, rng, 1));
        gn.beta().value().setTo(random(1, 4, rng, 1));
        checkNormalization(gn, Mode.TRAIN, rng, "group norm, " + groups + " groups");
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"TRAIN_NO_UPDATE", "EVAL"})
    void batchRenormWhereRAndDAreClipped(Mode mode) {
        // r and d are held constant in backward (the convention); where they sit at their limits
        // they are constant in x too, so the true derivative must equal the analytic one.
        Random rng = new Random(30);
        BatchRenorm brn = new BatchRenorm("brn", 4, 0.1, 1e-5, 1.25, 0.1, 0);
        brn.gamma().value().setTo(random(1, 4, rng, 1));
        brn.beta().value().setTo(random(1, 4, rng, 1));
        for (int j = 0; j < 4; j++) {
            brn.runningMean()[j] = j % 2 == 0 ? 3 : -3; // far from the batch means: d at ±dmax
            brn.runningVar()[j] = j % 2 == 0 ? 0.05 : 100; // far from the batch variances: r at a limit
        }
        checkNormalization(brn, mode, rng, "batch renorm " + mode);
        if (mode == Mode.TRAIN_NO_UPDATE) {
            for (int j = 0; j < 4; j++) {
                assertEquals(0.1, Math.abs(brn.d()[j]), 1e-15, "d of unit " + j + " should be clipped");
                assertEquals(Math.log(1.25), Math.abs(Math.log(brn.r()[j])), 1e-12, "r of unit " + j + " should be clipped");
            }
        }
    }

    @Test
    void dropoutWithItsMaskHeldFixed() {
        Random rng = new Random(40);
        Dropout dropout = new Dropout(0.4, 3, 0);
        DMatrixRMaj x = random(5, 6, rng, 1);
        DMatrixRMaj r = random(5, 6, rng, 1);
        dropout.forward(x); // draws the mask that the check then holds fixed
        DMatrixRMaj mask = dropout.mask().copy();
        DoubleSupplier loss = () -> weightedSum(dropout.forwardWithMask(x, mask), r);
        loss.getAsDouble();
        double[] dx = dropout.backward(r).data.clone();
        assertGradient(dx, numerical(x.data, 30, loss), "dropout dx");
    }

    @ParameterizedTest
    @EnumSource(value = NormKind.class, names = {"GROUP", "BATCH_RENORM"})
    void wholeNetworkWithTheNewNormalizations(NormKind norm) {
        Random rng = new Random(50);
        // rmax 1, dmax 0 keep r and d constant in x; GroupNorm with 3 groups of 2 units.
        NetworkSpec spec = NetworkSpec.of(4, List.of(6, 6), 3, Activation.TANH).withNorm(norm, Placement.AFTER_ACTIVATION)
                .withInit(Init.GAUSSIAN, 0.8).withSeed(12).withRemedies(Remedies.NONE.withGroups(3));
        Network net = new Network(spec);
        for (Parameter p : net.parameters()) {
            if (!p.decays()) p.value().setTo(random(p.value().numRows, p.value().numCols, rng, 0.5));
        }
        DMatrixRMaj x = random(8, 4, rng, 1);
        int[] labels = {0, 1, 2, 0, 1, 2, 2, 0};
        DoubleSupplier loss = () -> {
            net.forward(x, Mode.TRAIN_NO_UPDATE);
            return net.loss(labels);
        };
        loss.getAsDouble();
        net.backward(labels);
        for (Parameter p : net.parameters()) {
            assertGradient(p.grad().data.clone(), numerical(p.value().data, p.size(), loss), norm + " " + p.name());
        }
    }

    @Test
    void l1AddsTheSubgradientOfItsPenaltyToWeightsOnly() {
        Random rng = new Random(60);
        Parameter w = new Parameter("w", 3, 4, true);
        Parameter b = new Parameter("b", 1, 4, false);
        w.value().setTo(random(3, 4, rng, 1));
        b.value().setTo(random(1, 4, rng, 1));
        w.grad().setTo(random(3, 4, rng, 1));
        b.grad().setTo(random(1, 4, rng, 1));
        double[] gw = w.grad().data.clone();
        double[] gb = b.grad().data.clone();
        double lambda = 0.01;
        // The derivative of λ Σ|w| by finite differences, away from w = 0.
        DoubleSupplier penalty = () -> {
            double s = 0;
            for (double v : w.value().data) s += lambda * Math.abs(v);
            return s;
        };
        double[] numeric = numerical(w.value().data, 12, penalty);
        GradientRules.apply(List.of(w, b), lambda, 0);
        for (int i = 0; i < 12; i++) assertEquals(gw[i] + numeric[i], w.grad().data[i], 1e-9, "weight " + i);
        for (int i = 0; i < 4; i++) assertEquals(gb[i], b.grad().data[i], 0.0, "a bias is not penalized");
        assertTrue(numeric[0] != 0);
    }
}

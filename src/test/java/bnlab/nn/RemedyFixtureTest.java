package bnlab.nn;

import static bnlab.nn.Approx.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of the remedies' PyTorch (float64) fixtures (fixtures/torch-extra), matched within 1e-9. */
class RemedyFixtureTest {
    private static final double TOL = 1e-9;
    private static final String SET = "torch-extra";

    static Stream<String> fixturesOfKind(String prefix) throws Exception {
        Path dir = Path.of(RemedyFixtureTest.class.getResource("/fixtures/" + SET).toURI());
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && n.endsWith(".json"))
                    .sorted()
                    .forEach(names::add);
        }
        return names.stream();
    }

    static Stream<String> groupNormFixtures() throws Exception {
        return fixturesOfKind("groupnorm_");
    }

    static Stream<String> batchRenormFixtures() throws Exception {
        return fixturesOfKind("batchrenorm_");
    }

    static Stream<String> mlpFixtures() throws Exception {
        return fixturesOfKind("mlp_");
    }

    @Test
    void everyFixtureFileIsCovered() throws Exception {
        long all = fixturesOfKind("").count();
        long covered = groupNormFixtures().count() + batchRenormFixtures().count() + mlpFixtures().count()
                + fixturesOfKind("dropout_").count() + fixturesOfKind("lr_schedules").count();
        assertEquals(all, covered, "a fixture file of an unknown kind is not tested");
        assertEquals(10, all);
    }

    @ParameterizedTest
    @MethodSource("groupNormFixtures")
    void groupNormMatchesPyTorch(String file) {
        TorchFixture f = TorchFixture.load(SET, file);
        int n = f.integer("n");
        GroupNorm gn = new GroupNorm("gn", n, f.integer("groups"), f.number("eps"));
        System.arraycopy(f.vector("gamma"), 0, gn.gamma().value().data, 0, n);
        System.arraycopy(f.vector("beta"), 0, gn.beta().value().data, 0, n);
        DMatrixRMaj y = new DMatrixRMaj(1, 1);
        gn.forward(f.matrix("x"), y, Mode.TRAIN);
        assertClose(f.matrix("y"), y, TOL, file + " y");
        DMatrixRMaj dx = new DMatrixRMaj(1, 1);
        gn.backward(f.matrix("dy"), dx);
        assertClose(f.matrix("dx"), dx, TOL, file + " dx");
        assertClose(f.vector("dgamma"), gn.gamma().grad().data, TOL, file + " dgamma");
        assertClose(f.vector("dbeta"), gn.beta().grad().data, TOL, file + " dbeta");
        // No batch statistics: eval mode is the same map.
        DMatrixRMaj yEval = new DMatrixRMaj(1, 1);
        gn.forward(f.matrix("x"), yEval, Mode.EVAL);
        assertClose(f.matrix("y"), yEval, TOL, file + " y in eval mode");
    }

    @ParameterizedTest
    @MethodSource("batchRenormFixtures")
    void batchRenormMatchesPyTorch(String file) {
        TorchFixture f = TorchFixture.load(SET, file);
        int n = f.integer("n");
        BatchRenorm brn = new BatchRenorm("brn", n, f.number("momentum"), f.number("eps"), f.number("rmax"),
                f.number("dmax"), 0);
        System.arraycopy(f.vector("gamma"), 0, brn.gamma().value().data, 0, n);
        System.arraycopy(f.vector("beta"), 0, brn.beta().value().data, 0, n);
        System.arraycopy(f.vector("running_mean_before"), 0, brn.runningMean(), 0, n);
        System.arraycopy(f.vector("running_var_before"), 0, brn.runningVar(), 0, n);

        DMatrixRMaj y = new DMatrixRMaj(1, 1);
        brn.forward(f.matrix("x"), y, Mode.TRAIN);
        assertClose(f.vector("r"), brn.r(), TOL, file + " r");
        assertClose(f.vector("d"), brn.d(), TOL, file + " d");
        assertClose(f.matrix("y_train"), y, TOL, file + " y_train");
        DMatrixRMaj dx = new DMatrixRMaj(1, 1);
        brn.backward(f.matrix("dy"), dx);
        assertClose(f.matrix("dx"), dx, TOL, file + " dx");
        assertClose(f.vector("dgamma"), brn.gamma().grad().data, TOL, file + " dgamma");
        assertClose(f.vector("dbeta"), brn.beta().grad().data, TOL, file + " dbeta");
        assertClose(f.vector("running_mean_after"), brn.runningMean(), TOL, file + " running_mean_after");
        assertClose(f.vector("running_var_after"), brn.runningVar(), TOL, file + " running_var_after");
        brn.forward(f.matrix("x_eval"), y, Mode.EVAL);
        assertClose(f.matrix("y_eval"), y, TOL, file + " y_eval");
    }

    @Test
    void batchRenormFixturesExerciseTheClipping() {
        // Without clipped values the fixtures could not tell the limits apart from plain r and d.
        TorchFixture f = TorchFixture.load(SET, "batchrenorm_clipped.json");
        double rmax = f.number("rmax");
        double dmax = f.number("dmax");
        boolean rClipped = false;
        boolean dClipped = false;
        for (double r : f.vector("r")) rClipped |= Math.abs(Math.abs(Math.log(r)) - Math.log(rmax)) < 1e-12;
        for (double d : f.vector("d")) dClipped |= Math.abs(Math.abs(d) - dmax) < 1e-12;
        assertTrue(rClipped && dClipped, "batchrenorm_clipped.json should clip both r and d somewhere");
    }

    @Test
    void dropoutWithTheFixturesMaskMatchesPyTorch() {
        TorchFixture f = TorchFixture.load(SET, "dropout_p0.3.json");
        Dropout dropout = new Dropout(f.number("p"), 1, 0);
        DMatrixRMaj y = dropout.forwardWithMask(f.matrix("x"), f.matrix("keep_mask"));
        assertClose(f.matrix("y_train"), y, TOL, "dropout y_train");
        assertClose(f.matrix("dx"), dropout.backward(f.matrix("dy")), TOL, "dropout dx");
    }

    @Test
    void learningRateSchedulesMatchPyTorchAtEveryStep() {
        TorchFixture f = TorchFixture.load(SET, "lr_schedules.json");
        double lr0 = f.number("lr0");
        check(f.vector("step_decay_size300_gamma0.5"), LearningRateSchedule.step(300, 0.5), lr0, "StepLR");
        check(f.vector("cosine_T1000_min0"), LearningRateSchedule.cosine(1000, 0), lr0, "CosineAnnealingLR");
        check(f.vector("warmup_linear100_from0.1_then_cosine_T900"),
                LearningRateSchedule.cosine(900, 0).withWarmup(100, 0.1), lr0, "LinearLR then cosine");
    }

    private static void check(double[] expected, LearningRateSchedule schedule, double lr0, String what) {
        assertEquals(1000, expected.length);
        double[] actual = new double[expected.length];
        for (int t = 0; t < actual.length; t++) actual[t] = lr0 * schedule.factor(t);
        assertClose(expected, actual, TOL, what);
    }

    @ParameterizedTest
    @MethodSource("mlpFixtures")
    void mlpStepWithClippingMatchesPyTorch(String file) {
        TorchFixture f = TorchFixture.load(SET, file);
        JsonNode sizes = f.node("sizes");
        List<Integer> hidden = new ArrayList<>();
        for (int i = 1; i < sizes.size() - 1; i++) hidden.add(sizes.get(i).asInt());
        NormKind norm = NormKind.fromId(f.text("norm"));
        NetworkSpec spec = NetworkSpec.of(sizes.get(0).asInt(), hidden, sizes.get(sizes.size() - 1).asInt(),
                        Activation.RELU)
                .withNorm(norm, Placement.BEFORE_ACTIVATION)
                .withNormSettings(0.1, 1e-5)
                .withRemedies(Remedies.NONE.withGroups(f.integer("groups")).withGradientClip(f.number("clip_max_norm")));
        Network net = new Network(spec);
        List<Dense> denses = new ArrayList<>();
        for (HiddenLayer h : net.hiddenLayers()) denses.add(h.dense());
        denses.add(net.outputLayer());
        JsonNode w = f.node("W_out_by_in_before");
        JsonNode b = f.node("biases_before");
        assertEquals(w.size(), denses.size());
        for (int i = 0; i < denses.size(); i++) {
            denses.get(i).weight().value().setTo(TorchFixture.transposedMatrix(w.get(i)));
            System.arraycopy(TorchFixture.vector(b.get(i)), 0, denses.get(i).bias().value().data, 0,
                    denses.get(i).outputSize());
        }
        int[] labels = f.ints("y");
        net.forward(f.matrix("x"), Mode.TRAIN);
        assertEquals(f.number("loss"), net.loss(labels), TOL, file + " loss");
        net.backward(labels);
        JsonNode before = f.node("grad_W_before_clip");
        for (int i = 0; i < denses.size(); i++) {
            assertClose(TorchFixture.transposedMatrix(before.get(i)), denses.get(i).weight().grad(), TOL,
                    file + " dW" + i + " before clipping");
        }
        net.step(new Sgd(f.number("lr"), 0.0, 0.0));
        assertEquals(f.number("total_grad_norm"), net.lastGradientNorm(), TOL, file + " total norm");
        assertTrue(net.lastGradientNorm() > f.number("clip_max_norm"), file + " should clip");
        JsonNode clipped = f.node("grad_W_after_clip");
        JsonNode wAfter = f.node("W_out_by_in_after");
        JsonNode bAfter = f.node("biases_after");
        for (int i = 0; i < denses.size(); i++) {
            assertClose(TorchFixture.transposedMatrix(clipped.get(i)), denses.get(i).weight().grad(), TOL,
                    file + " dW" + i + " after clipping");
            assertClose(TorchFixture.transposedMatrix(wAfter.get(i)), denses.get(i).weight().value(), TOL,
                    file + " W" + i + " after the step");
            assertClose(TorchFixture.vector(bAfter.get(i)), denses.get(i).bias().value().data, TOL,
                    file + " b" + i + " after the step");
        }
    }
}

package bnlab.nn;

import static bnlab.nn.Approx.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of the PyTorch (float64) fixtures, matched within 1e-9. */
class TorchFixtureTest {
    private static final double TOL = 1e-9;

    static Stream<String> fixturesOfKind(String prefix) throws IOException, URISyntaxException {
        Path dir = Path.of(TorchFixtureTest.class.getResource("/fixtures/torch").toURI());
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && n.endsWith(".json"))
                    .sorted()
                    .forEach(names::add);
        }
        return names.stream();
    }

    static Stream<String> batchNormFixtures() throws Exception {
        return fixturesOfKind("bn_");
    }

    static Stream<String> layerNormFixtures() throws Exception {
        return fixturesOfKind("ln_");
    }

    static Stream<String> mlpFixtures() throws Exception {
        return fixturesOfKind("mlp_");
    }

    @Test
    void everyFixtureFileIsCovered() throws Exception {
        long all = fixturesOfKind("").count();
        long covered = batchNormFixtures().count() + layerNormFixtures().count() + mlpFixtures().count();
        assertEquals(all, covered, "a fixture file of an unknown kind is not tested");
        assertTrue(all >= 8);
    }

    @ParameterizedTest
    @MethodSource("batchNormFixtures")
    void batchNormMatchesPyTorch(String file) {
        TorchFixture f = TorchFixture.load(file);
        int n = f.integer("n");
        BatchNorm bn = new BatchNorm("bn", n, f.number("momentum"), f.number("eps"));
        System.arraycopy(f.vector("gamma"), 0, bn.gamma().value().data, 0, n);
        System.arraycopy(f.vector("beta"), 0, bn.beta().value().data, 0, n);
        System.arraycopy(f.vector("running_mean_before"), 0, bn.runningMean(), 0, n);
        System.arraycopy(f.vector("running_var_before"), 0, bn.runningVar(), 0, n);

        DMatrixRMaj y = new DMatrixRMaj(1, 1);
        bn.forward(f.matrix("x"), y, Mode.TRAIN);
        assertClose(f.matrix("y_train"), y, TOL, file + " y_train");

        DMatrixRMaj dx = new DMatrixRMaj(1, 1);
        bn.backward(f.matrix("dy"), dx);
        assertClose(f.matrix("dx"), dx, TOL, file + " dx");
        assertClose(f.vector("dgamma"), bn.gamma().grad().data, TOL, file + " dgamma");
        assertClose(f.vector("dbeta"), bn.beta().grad().data, TOL, file + " dbeta");
        assertClose(f.vector("running_mean_after"), bn.runningMean(), TOL, file + " running_mean_after");
        assertClose(f.vector("running_var_after"), bn.runningVar(), TOL, file + " running_var_after");

        bn.forward(f.matrix("x_eval"), y, Mode.EVAL);
        assertClose(f.matrix("y_eval"), y, TOL, file + " y_eval");
    }

    @ParameterizedTest
    @MethodSource("layerNormFixtures")
    void layerNormMatchesPyTorch(String file) {
        TorchFixture f = TorchFixture.load(file);
        int n = f.integer("n");
        LayerNorm ln = new LayerNorm("ln", n, f.number("eps"));
        System.arraycopy(f.vector("gamma"), 0, ln.gamma().value().data, 0, n);
        System.arraycopy(f.vector("beta"), 0, ln.beta().value().data, 0, n);
        DMatrixRMaj y = new DMatrixRMaj(1, 1);
        ln.forward(f.matrix("x"), y, Mode.TRAIN);
        assertClose(f.matrix("y"), y, TOL, file + " y");
        DMatrixRMaj dx = new DMatrixRMaj(1, 1);
        ln.backward(f.matrix("dy"), dx);
        assertClose(f.matrix("dx"), dx, TOL, file + " dx");
        assertClose(f.vector("dgamma"), ln.gamma().grad().data, TOL, file + " dgamma");
        assertClose(f.vector("dbeta"), ln.beta().grad().data, TOL, file + " dbeta");
    }

    @ParameterizedTest
    @MethodSource("mlpFixtures")
    void mlpStepMatchesPyTorch(String file) {
        TorchFixture f = TorchFixture.load(file);
        JsonNode sizes = f.node("sizes");
        List<Integer> hidden = new ArrayList<>();
        for (int i = 1; i < sizes.size() - 1; i++) hidden.add(sizes.get(i).asInt());
        boolean bn = f.node("batchnorm").asBoolean();
        assertTrue(f.text("batchnorm_placement").startsWith("after Linear, before activation"));
        NetworkSpec spec = NetworkSpec.of(sizes.get(0).asInt(), hidden, sizes.get(sizes.size() - 1).asInt(),
                Activation.fromId(f.text("activation")))
                .withNorm(bn ? NormKind.BATCH : NormKind.NONE, Placement.BEFORE_ACTIVATION)
                .withNormSettings(0.1, 1e-5);
        Network net = new Network(spec);
        List<Dense> denses = denses(net);
        JsonNode weights = f.node("weights");
        assertEquals(weights.size(), denses.size());
        for (int i = 0; i < denses.size(); i++) {
            denses.get(i).weight().value().setTo(TorchFixture.transposedMatrix(weights.get(i).get("W_out_by_in")));
            DMatrixRMaj b = denses.get(i).bias().value();
            System.arraycopy(TorchFixture.vector(weights.get(i).get("b")), 0, b.data, 0, b.getNumElements());
        }

        DMatrixRMaj x = f.matrix("x");
        int[] labels = f.ints("labels");
        net.forward(x, Mode.TRAIN);
        assertClose(f.matrix("logits"), net.logits(), TOL, file + " logits");
        double loss = net.loss(labels);
        assertEquals(f.number("loss"), loss, TOL, file + " loss");
        net.backward(labels);
        JsonNode grads = f.node("grads");
        for (int i = 0; i < denses.size(); i++) {
            assertClose(TorchFixture.transposedMatrix(grads.get(i).get("dW_out_by_in")),
                    denses.get(i).weight().grad(), TOL, file + " dW" + i);
            assertClose(TorchFixture.vector(grads.get(i).get("db")), denses.get(i).bias().grad().data, TOL,
                    file + " db" + i);
        }
        net.step(new Sgd(f.number("lr"), 0.0, 0.0));
        JsonNode after = f.node("weights_after_step");
        for (int i = 0; i < denses.size(); i++) {
            assertClose(TorchFixture.transposedMatrix(after.get(i).get("W_out_by_in")),
                    denses.get(i).weight().value(), TOL, file + " W" + i + " after step");
            assertClose(TorchFixture.vector(after.get(i).get("b")), denses.get(i).bias().value().data, TOL,
                    file + " b" + i + " after step");
        }
        // Eval mode after the step uses the updated γ, β and running statistics: checks all three.
        net.forward(x, Mode.EVAL);
        assertClose(f.matrix("eval_logits_after_step"), net.logits(), TOL, file + " eval logits after step");
        assertFalse(Double.isNaN(loss));
    }

    private static List<Dense> denses(Network net) {
        List<Dense> out = new ArrayList<>();
        for (HiddenLayer h : net.hiddenLayers()) out.add(h.dense());
        out.add(net.outputLayer());
        return out;
    }
}

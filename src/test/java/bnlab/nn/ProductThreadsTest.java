package bnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two product threads give the same bits as one, alone or with several networks competing for the helper. */
class ProductThreadsTest {
    private static DMatrixRMaj random(int r, int c, Random rng) {
        DMatrixRMaj m = new DMatrixRMaj(r, c);
        for (int i = 0; i < m.data.length; i++) m.data[i] = rng.nextGaussian();
        return m;
    }

    @ParameterizedTest
    @CsvSource({"8,784,100", "60,784,100", "13,999,61", "128,256,256", "130,300,17"})
    void twoThreadsGiveTheSameBitsAsOne(int m, int k, int n) {
        Random rng = new Random(m + 1000L * k + n);
        DMatrixRMaj a = random(m, k, rng);
        DMatrixRMaj b = random(k, n, rng);
        DMatrixRMaj g = random(m, n, rng);
        DMatrixRMaj one = new DMatrixRMaj(1, 1);
        DMatrixRMaj two = new DMatrixRMaj(1, 1);
        MatMul.mult(a, b, one, new ProductWorkspace(), 1);
        MatMul.mult(a, b, two, new ProductWorkspace(), 2);
        assertArrayEquals(one.data, two.data, "a b");
        MatMul.multTransA(a, g, one, new ProductWorkspace(), 1);
        MatMul.multTransA(a, g, two, new ProductWorkspace(), 2);
        assertArrayEquals(one.data, two.data, "aᵀ g");
        MatMul.multTransB(g, b, one, new ProductWorkspace(), 1);
        MatMul.multTransB(g, b, two, new ProductWorkspace(), 2);
        assertArrayEquals(one.data, two.data, "g bᵀ");
    }

    /**
     * Thousands of products of changing shapes one after the other, as a training step makes them:
     * the helper often wakes late, after the caller has taken every chunk itself or moved on to the
     * next product; no chunk of one product may ever be computed with the next one's operands.
     */
    @Test
    void productsInQuickSuccessionNeverMixTheirOperands() {
        Random rng = new Random(11);
        int[][] shapes = {{60, 784, 100}, {8, 400, 130}, {64, 256, 256}, {60, 100, 100}, {12, 999, 61}};
        DMatrixRMaj[][] operands = new DMatrixRMaj[shapes.length][];
        DMatrixRMaj[] expected = new DMatrixRMaj[shapes.length];
        for (int s = 0; s < shapes.length; s++) {
            operands[s] = new DMatrixRMaj[] {random(shapes[s][0], shapes[s][1], rng), random(shapes[s][1], shapes[s][2], rng)};
            expected[s] = new DMatrixRMaj(1, 1);
            MatMul.mult(operands[s][0], operands[s][1], expected[s], new ProductWorkspace(), 1);
        }
        ProductWorkspace work = new ProductWorkspace();
        DMatrixRMaj c = new DMatrixRMaj(1, 1);
        for (int i = 0; i < 3000; i++) {
            int s = rng.nextInt(shapes.length);
            MatMul.mult(operands[s][0], operands[s][1], c, work, 2);
            assertArrayEquals(expected[s].data, java.util.Arrays.copyOf(c.data, c.getNumElements()), "product " + i);
        }
    }

    private static double[] trainedWeights(int threads, int seed) {
        Network net = new Network(NetworkSpec.of(784, List.of(256, 64), 10, Activation.RELU)
                .withNorm(NormKind.BATCH, Placement.BEFORE_ACTIVATION).withInit(Init.XAVIER, 1.0).withSeed(seed));
        net.setProductThreads(threads);
        Random rng = new Random(seed);
        DMatrixRMaj x = random(64, 784, rng);
        int[] y = new int[64];
        for (int i = 0; i < y.length; i++) y[i] = rng.nextInt(10);
        Optimizer opt = new Sgd(0.05, 0.9, 0.0);
        for (int i = 0; i < 20; i++) net.trainStep(x, y, opt);
        List<Double> all = new ArrayList<>();
        for (Parameter p : net.parameters()) for (double v : p.value().data) all.add(v);
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void aNetworkTrainsToTheSameBitsOnTwoThreads() {
        assertArrayEquals(trainedWeights(1, 3), trainedWeights(2, 3));
    }

    @Test
    void networksCompetingForTheHelperStillGetTheirOwnBits() throws Exception {
        double[] expectedA = trainedWeights(1, 5);
        double[] expectedB = trainedWeights(1, 6);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                Future<double[]> a = pool.submit(() -> trainedWeights(2, 5));
                Future<double[]> b = pool.submit(() -> trainedWeights(2, 6));
                assertArrayEquals(expectedA, a.get());
                assertArrayEquals(expectedB, b.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyOneOrTwoThreadsAreOffered() {
        Network net = new Network(NetworkSpec.of(2, List.of(4), 2, Activation.TANH));
        assertThrows(IllegalArgumentException.class, () -> net.setProductThreads(0));
        assertThrows(IllegalArgumentException.class, () -> net.setProductThreads(3));
    }
}

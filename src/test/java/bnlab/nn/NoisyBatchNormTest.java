package bnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class NoisyBatchNormTest {
    private static DMatrixRMaj random(int rows, int cols, long seed) {
        Random rng = new Random(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) m.data[i] = 2 * rng.nextGaussian() + 1;
        return m;
    }

    @Test
    void noiseFollowsAlgorithmOneDistributions() {
        int m = 4000;
        int n = 30;
        NoisyBatchNorm nb = new NoisyBatchNorm("bn", n, 0.1, 1e-5, 7);
        DMatrixRMaj x = random(m, n, 1);
        DMatrixRMaj y = new DMatrixRMaj(1, 1);
        nb.forward(x, y, Mode.TRAIN);
        double[] s = nb.noiseScale().data;
        double[] clean = nb.cleanOutput().data;
        double[] unitShift = new double[n];
        double[] unitScale = new double[n];
        double shiftSpread = 0;
        double scaleSpread = 0;
        for (int j = 0; j < n; j++) {
            for (int r = 0; r < m; r++) {
                int k = r * n + j;
                unitShift[j] += (y.data[k] - s[k] * clean[k]) / m;
                unitScale[j] += s[k] / m;
            }
            for (int r = 0; r < m; r++) {
                int k = r * n + j;
                double shift = y.data[k] - s[k] * clean[k];
                shiftSpread = Math.max(shiftSpread, Math.abs(shift - unitShift[j]));
                scaleSpread += (s[k] - unitScale[j]) * (s[k] - unitScale[j]) / ((double) m * n);
            }
            // Per unit: μ ~ U(−0.5, 0.5), σ ~ U(1, 1.25) (plus sampling error of the example draws).
            assertTrue(Math.abs(unitShift[j]) < 0.5 + 0.01, "unit shift " + unitShift[j]);
            assertTrue(unitScale[j] > 1 - 0.01 && unitScale[j] < 1.25 + 0.01, "unit scale " + unitScale[j]);
        }
        // Per example: m ~ U(μ − 0.1, μ + 0.1) and s ~ N(σ, 0.1).
        assertTrue(shiftSpread <= 0.1 + 0.005 && shiftSpread > 0.09, "shift spread " + shiftSpread);
        assertEquals(0.1, Math.sqrt(scaleSpread), 0.005);
        double lo = java.util.Arrays.stream(unitShift).min().orElseThrow();
        double hi = java.util.Arrays.stream(unitShift).max().orElseThrow();
        assertTrue(hi - lo > 0.4, "units draw different means: " + lo + ".." + hi);
    }

    @Test
    void inferenceIsPlainBatchNormAndProbesSeeTheLastTrainingDraw() {
        int n = 5;
        NoisyBatchNorm nb = new NoisyBatchNorm("bn", n, 0.1, 1e-5, 3);
        BatchNorm plain = new BatchNorm("bn", n, 0.1, 1e-5);
        DMatrixRMaj x = random(8, n, 2);
        DMatrixRMaj a = new DMatrixRMaj(1, 1);
        DMatrixRMaj b = new DMatrixRMaj(1, 1);
        nb.forward(x, a, Mode.TRAIN);
        plain.forward(x, b, Mode.TRAIN);
        assertArrayEquals(plain.runningMean(), nb.runningMean(), 0);
        assertArrayEquals(b.data, nb.cleanOutput().data, 0);
        assertFalse(java.util.Arrays.equals(a.data, b.data), "training adds noise");
        DMatrixRMaj trained = a.copy();
        nb.forward(x, a, Mode.TRAIN_NO_UPDATE);
        assertArrayEquals(trained.data, a.data, 0, "a probe sees the step's noise and draws none of its own");
        nb.forward(x, a, Mode.EVAL);
        plain.forward(x, b, Mode.EVAL);
        assertArrayEquals(b.data, a.data, 0, "inference has no noise");
        assertEquals(1, nb.trainingDraws());
        nb.forward(x, a, Mode.TRAIN);
        assertFalse(java.util.Arrays.equals(trained.data, a.data), "each training step draws afresh");
    }

    @Test
    void backwardMatchesFiniteDifferences() {
        int m = 6;
        int n = 4;
        NoisyBatchNorm nb = new NoisyBatchNorm("bn", n, 0.1, 1e-5, 11);
        Random rng = new Random(5);
        for (int i = 0; i < n; i++) {
            nb.gamma().value().data[i] = 1 + 0.3 * rng.nextGaussian();
            nb.beta().value().data[i] = 0.3 * rng.nextGaussian();
        }
        DMatrixRMaj x = random(m, n, 4);
        DMatrixRMaj w = random(m, n, 9);
        DMatrixRMaj y = new DMatrixRMaj(1, 1);
        nb.forward(x, y, Mode.TRAIN); // fixes this step's draw; the probe mode replays it
        java.util.function.DoubleSupplier loss = () -> {
            nb.forward(x, y, Mode.TRAIN_NO_UPDATE);
            double s = 0;
            for (int i = 0; i < y.getNumElements(); i++) s += y.data[i] * w.data[i];
            return s;
        };
        loss.getAsDouble();
        DMatrixRMaj dx = new DMatrixRMaj(1, 1);
        nb.backward(w, dx);
        double h = 1e-6;
        double worst = 0;
        double scale = 0;
        for (int i = 0; i < x.data.length; i++) {
            double saved = x.data[i];
            x.data[i] = saved + h;
            double plus = loss.getAsDouble();
            x.data[i] = saved - h;
            double minus = loss.getAsDouble();
            x.data[i] = saved;
            double numeric = (plus - minus) / (2 * h);
            worst = Math.max(worst, Math.abs(numeric - dx.data[i]));
            scale = Math.max(scale, Math.abs(numeric));
        }
        assertTrue(scale > 1e-3);
        assertTrue(worst / scale < 1e-6, "relative error " + worst / scale);
    }
}

package bnlab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    /** NumPy's default: linear interpolation between the order statistics around p/100·(n−1). */
    private static double reference(double[] sortedFinite, double level) {
        double pos = level / 100 * (sortedFinite.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sortedFinite[lo] + (sortedFinite[hi] - sortedFinite[lo]) * (pos - lo);
    }

    private static void check(double[] values, double scale) {
        Percentiles p = new Percentiles();
        double[] out = new double[Percentiles.LEVELS.length];
        p.compute(values, values.length, scale, Percentiles.LEVELS, out);
        double[] finite = Arrays.stream(values).map(v -> v * scale).filter(Double::isFinite).sorted().toArray();
        for (int i = 0; i < out.length; i++) {
            assertEquals(reference(finite, Percentiles.LEVELS[i]), out[i], 0.0, "level " + Percentiles.LEVELS[i]);
        }
    }

    @Test
    void matchesSortingOnVariedData() {
        Random rng = new Random(1);
        for (int n : new int[] {1, 2, 3, 10, 999, 25_600}) {
            double[] gaussian = new double[n];
            for (int i = 0; i < n; i++) gaussian[i] = rng.nextGaussian() * 3 - 5;
            check(gaussian, 1.0);
            check(gaussian, 60.0);
            double[] skewed = new double[n];
            for (int i = 0; i < n; i++) skewed[i] = Math.exp(4 * rng.nextGaussian()); // huge dynamic range
            check(skewed, 1.0);
            double[] ties = new double[n];
            for (int i = 0; i < n; i++) ties[i] = rng.nextInt(3) == 0 ? 0.0 : rng.nextInt(5); // dead ReLUs
            check(ties, 1.0);
        }
    }

    @Test
    void ignoresNonFiniteValuesAndHandlesDegenerateInput() {
        check(new double[] {Double.NaN, 3, Double.POSITIVE_INFINITY, 1, 2, Double.NEGATIVE_INFINITY}, 1.0);
        check(new double[] {4, 4, 4, 4}, 1.0);
        double[] out = new double[2];
        new Percentiles().compute(new double[] {Double.NaN, Double.NaN}, 2, 1.0, new double[] {0, 50}, out);
        assertTrue(Double.isNaN(out[0]) && Double.isNaN(out[1]));
    }

    @Test
    void reusesItsBuffersAcrossSizes() {
        Percentiles p = new Percentiles();
        double[] out = new double[1];
        p.compute(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 9, 1.0, new double[] {50}, out);
        assertEquals(5.0, out[0]);
        p.compute(new double[] {10, 30, 20, 99}, 3, 1.0, new double[] {50}, out); // only the first 3 count
        assertEquals(20.0, out[0]);
    }
}

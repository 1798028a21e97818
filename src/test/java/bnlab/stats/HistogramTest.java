package bnlab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HistogramTest {
    @Test
    void countsValuesInFixedBinsAndKeepsTheOutOfRangeOnes() {
        double[] v = {-11, -10, -9.99, 0, 4.99, 5, 9.999, 10, 25, Double.NaN, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY};
        Histogram h = Histogram.of(v, v.length, -10, 10, 4);
        assertArrayEquals(new int[] {2, 0, 2, 2}, h.counts());
        assertEquals(2, h.below()); // −11 and −∞
        assertEquals(3, h.above()); // 10, 25, +∞
        assertEquals(1, h.nonFinite());
        assertEquals(v.length, h.total());
        assertEquals(5.0, h.binWidth());
        assertEquals(0.0, h.binStart(2));
    }

    @Test
    void scalesBeforeBinning() {
        Histogram h = Histogram.of(new double[] {0.01, -0.01, 0.3}, 3, 100, -2, 2, 4);
        assertArrayEquals(new int[] {0, 1, 0, 1}, h.counts());
        assertEquals(1, h.above());
    }
}

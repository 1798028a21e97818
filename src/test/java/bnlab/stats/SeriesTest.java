package bnlab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeriesTest {
    @Test
    void appendingLeavesTheOldSeriesUnchanged() {
        Series a = Series.empty(2, 1024).append(1, 10).append(2, 20);
        Series b = a.append(3, 30);
        assertEquals(2, a.size());
        assertEquals(3, b.size());
        assertEquals(20.0, a.last(1));
        assertEquals(30.0, b.last(1));
        assertEquals(10.0, b.get(0, 1));
    }

    @Test
    void batchAppendAcrossChunksKeepsOrder() {
        double[] pts = new double[300 * 2];
        for (int i = 0; i < 300; i++) {
            pts[2 * i] = i;
            pts[2 * i + 1] = i * i;
        }
        Series s = Series.empty(2, 4096).append(-1, -1).appendAll(pts, 300);
        assertEquals(301, s.size());
        for (int i = 0; i < 300; i++) {
            assertEquals(i, s.get(i + 1, 0));
            assertEquals((double) i * i, s.get(i + 1, 1));
        }
    }

    @Test
    void anHourOfStepsStaysBoundedWithRecentHistoryAtFullResolution() {
        Series s = Series.empty(3, 2048);
        double[] batch = new double[100 * 3];
        long step = 0;
        for (int publish = 0; publish < 36_000; publish++) { // 3.6 million steps
            for (int i = 0; i < 100; i++, step++) {
                batch[3 * i] = step;
                batch[3 * i + 1] = Math.sin(step);
                batch[3 * i + 2] = 0.5;
            }
            s = s.appendAll(batch, 100);
            assertTrue(s.size() <= 2048 + 128, "bounded: " + s.size());
        }
        assertEquals(step - 1, s.last(0));
        assertEquals(0.0, s.get(0, 0), "the first step is kept");
        // The newest quarter is contiguous, step by step.
        int n = s.size();
        for (int i = n - 400; i < n; i++) assertEquals(s.get(i - 1, 0) + 1, s.get(i, 0));
        // Steps strictly increase throughout.
        for (int i = 1; i < n; i++) assertTrue(s.get(i, 0) > s.get(i - 1, 0));
    }

    @Test
    void thinningKeepsEveryOtherOldPointAndEveryRecentOne() {
        Series s = Series.empty(2, 512);
        for (int i = 0; i <= 512; i++) s = s.append(i, 1000 - i); // one past the capacity
        // The older half (steps 0-255) to every other step, the recent half (256-511) and step 512 whole.
        assertEquals(128 + 256 + 1, s.size());
        for (int i = 0; i < 128; i++) assertEquals(2 * i, s.get(i, 0));
        for (int i = 128; i < s.size(); i++) assertEquals(i + 128, s.get(i, 0));
        for (int i = 0; i < s.size(); i++) assertEquals(1000 - s.get(i, 0), s.get(i, 1), "each point's values stay together");
        Series once = s;
        Series more = s.appendAll(new double[] {513, 487}, 1);
        assertEquals(385, once.size(), "the thinned series is not changed by what comes after");
        assertEquals(513.0, more.last(0));
    }

    @Test
    void aBatchLargerThanTheCapacityIsThinnedUntilItFits() {
        double[] pts = new double[5000 * 2];
        for (int i = 0; i < 5000; i++) pts[2 * i] = i;
        Series s = Series.empty(2, 512).appendAll(pts, 5000);
        assertTrue(s.size() <= 512, "bounded: " + s.size());
        assertEquals(0.0, s.get(0, 0));
        assertEquals(4999.0, s.last(0));
        for (int i = 1; i < s.size(); i++) assertTrue(s.get(i, 0) > s.get(i - 1, 0));
    }
}

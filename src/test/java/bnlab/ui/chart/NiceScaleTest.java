package bnlab.ui.chart;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;

class NiceScaleTest {
    @Test
    void linearTicksFallOnRoundNumbers() {
        NiceScale.Ticks t = NiceScale.linear(-10, 10, 5);
        assertArrayEquals(new double[] {-10, -5, 0, 5, 10}, t.values(), 1e-12);
        t = NiceScale.linear(0, 0.6, 4);
        assertEquals(0.2, t.step(), 1e-12);
        t = NiceScale.linear(-0.3, 1.1, 6);
        assertEquals(0.25, t.step(), 1e-12);
        assertEquals(-0.25, t.values()[0], 1e-12);
    }

    @Test
    void logTicksArePowersOfTenThinnedToFit() {
        assertArrayEquals(new double[] {1e-4, 1e-3, 1e-2, 1e-1}, NiceScale.log10(1e-4, 0.5, 6).values(), 1e-18);
        assertEquals(3, NiceScale.log10(1e-6, 1, 3).size());
    }

    @Test
    void decimalsAndCeilings() {
        assertEquals(2, NiceScale.decimalsFor(0.25));
        assertEquals(0, NiceScale.decimalsFor(5));
        assertEquals(1, NiceScale.decimalsFor(2.5));
        assertEquals(5, NiceScale.niceCeil(4.2), 1e-12);
        assertEquals(0.25, NiceScale.niceCeil(0.21), 1e-12);
        assertEquals(0.6, StableMax.ceilOnLadder(0.525), 1e-12);
        assertArrayEquals(new double[] {-20, 10}, NiceScale.expand(-17.3, 8.2, 5), 1e-12);
        assertArrayEquals(new double[] {1e-4, 1}, NiceScale.expandLog(3e-4, 0.4), 1e-18);
    }

    @Test
    void stableMaxJumpsUpAndCreepsDown() {
        StableMax m = new StableMax(3);
        assertEquals(0.25, m.update(0.2), 1e-12);
        assertEquals(0.5, m.update(0.45), 1e-12);
        assertEquals(0.5, m.update(0.1), 1e-12);
        assertEquals(0.5, m.update(0.1), 1e-12);
        assertEquals(0.12, m.update(0.1), 1e-12);
        assertEquals(0.12, m.update(Double.NaN), 1e-12, "NaN peaks are ignored");
    }
}

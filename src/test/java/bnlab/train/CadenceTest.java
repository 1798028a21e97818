package bnlab.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a lockstep's networks publish and measure, decided from the clock readings it is given. */
class CadenceTest {
    private static final long MS = 1_000_000L;

    @Test
    void snapshotsAreDueAboutSixtyTimesASecond() {
        Cadence c = new Cadence();
        long t = 1_000 * MS;
        assertTrue(c.publishDue(t), "the first step publishes");
        assertFalse(c.publishDue(t + 14 * MS));
        assertTrue(c.publishDue(t + 15 * MS));
        assertFalse(c.publishDue(t + 29 * MS));
        assertTrue(c.publishDue(t + 31 * MS));
    }

    @Test
    void cheapStatisticsAreMeasuredEightTimesASecond() {
        Cadence c = new Cadence();
        long t = 1_000 * MS;
        assertTrue(c.statsDue(t, false), "the first step measures");
        c.reportStatsCost(MS);
        assertFalse(c.statsDue(t + 124 * MS, false));
        assertTrue(c.statsDue(t + 125 * MS, false));
    }

    @Test
    void theCostliestNetworkSetsTheIntervalForAll() {
        Cadence c = new Cadence();
        long t = 1_000 * MS;
        assertTrue(c.statsDue(t, false));
        c.reportStatsCost(2 * MS);
        c.reportStatsCost(20 * MS); // 20 ms within a 5% budget: every 400 ms
        c.reportStatsCost(5 * MS);
        assertFalse(c.statsDue(t + 399 * MS, false), "400 ms for the costliest, not 125 ms for the cheap ones");
        assertTrue(c.statsDue(t + 400 * MS, false));
        c.reportStatsCost(MS); // the next measurement is cheap again
        assertFalse(c.statsDue(t + 524 * MS, false));
        assertTrue(c.statsDue(t + 525 * MS, false));
    }

    @Test
    void pacedTrainingMeasuresAsOftenAsTheMeasurementTakes() {
        Cadence c = new Cadence();
        long t = 1_000 * MS;
        assertTrue(c.statsDue(t, true));
        c.reportStatsCost(20 * MS);
        assertFalse(c.statsDue(t + 124 * MS, true), "still at most 8 times a second");
        assertTrue(c.statsDue(t + 125 * MS, true), "not held to the 5% budget: a paced step leaves time to spare");
    }
}

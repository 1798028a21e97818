package bnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A thousand live batch-norm switches and a thousand learning-rate changes while training, with the heap flat. */
class SoakTest {
    @Test
    void aThousandSwitchesAndRateChangesLeaveTheHeapFlat() throws Exception {
        Soak.Figures f = Soak.run(1000, 0);
        System.out.println(f.report());
        assertEquals(1000, f.switches());
        assertEquals(1000, f.switchEvents(), "every switch applied (the bn network; the plain twin has none)");
        assertTrue(f.eventsKept() <= EventLog.CAPACITY + 64, "the history's events are bounded: " + f.eventsKept());
        assertTrue(f.eventsKept() >= 1000, "and keep the recent ones: " + f.eventsKept());
        // The histories fill to their bounds (a few MB); the step log grows by design and is not counted.
        assertTrue(f.heapEndWithoutStepLog() < f.heapStart() + 16_000_000L, "heap flat: " + f.report());
    }
}

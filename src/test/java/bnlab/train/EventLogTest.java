package bnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLogTest {
    private static RunEvent event(long step) {
        return new RunEvent(step, "bn", RunEvent.Kind.NORMALIZATION_OFF, "switch " + step);
    }

    @Test
    void appendingKeepsEveryEarlierListAsItWas() {
        RunHistory h = RunHistory.empty(1);
        List<RunHistory> versions = new ArrayList<>();
        for (long s = 0; s < 300; s++) {
            versions.add(h);
            h = h.withEvent(event(s));
        }
        for (int v = 0; v < versions.size(); v++) {
            List<RunEvent> es = versions.get(v).events();
            assertEquals(v, es.size());
            for (int i = 0; i < v; i++) assertEquals(i, es.get(i).step());
        }
        assertEquals(299, h.events().get(299).step());
        List<RunEvent> events = h.events();
        assertThrows(IndexOutOfBoundsException.class, () -> events.get(300));
        assertThrows(UnsupportedOperationException.class, () -> events.add(event(1)));
    }

    @Test
    void onlyTheNewestEventsAreKept() {
        RunHistory h = RunHistory.empty(1);
        for (long s = 0; s < 10_000; s++) h = h.withEvent(event(s));
        List<RunEvent> es = h.events();
        assertEquals(EventLog.CAPACITY + 10_000 % 64, es.size(), "bounded: the oldest dropped a whole chunk at a time");
        assertEquals(9999, es.get(es.size() - 1).step());
        assertEquals(10_000 - es.size(), es.get(0).step(), "a contiguous run of the newest");
    }
}

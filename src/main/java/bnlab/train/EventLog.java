package bnlab.train;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A run's events as an immutable, persistent list: appending shares every full chunk with the
 * previous list and copies at most one chunk, so a thousand live switches cost a thousand small
 * appends, not a quadratic amount of copying. Only about the newest {@value #CAPACITY} events are kept
 * (what the charts mark); events.csv gets every one as it happens.
 */
final class EventLog extends AbstractList<RunEvent> {
    static final int CAPACITY = 4096;
    private static final int CHUNK = 64;
    static final EventLog EMPTY = new EventLog(List.of(), new RunEvent[0]);

    private final List<RunEvent[]> chunks; // each full (CHUNK events), never mutated
    private final RunEvent[] tail;         // fewer than CHUNK events, never mutated

    private EventLog(List<RunEvent[]> chunks, RunEvent[] tail) {
        this.chunks = chunks;
        this.tail = tail;
    }

    EventLog with(RunEvent e) {
        RunEvent[] t = java.util.Arrays.copyOf(tail, tail.length + 1);
        t[tail.length] = e;
        if (t.length < CHUNK) return new EventLog(chunks, t);
        List<RunEvent[]> c = new ArrayList<>(chunks.size() + 1);
        int drop = chunks.size() + 1 > CAPACITY / CHUNK ? 1 : 0; // the oldest chunk goes
        c.addAll(chunks.subList(drop, chunks.size()));
        c.add(t);
        return new EventLog(Collections.unmodifiableList(c), new RunEvent[0]);
    }

    @Override
    public RunEvent get(int i) {
        int c = i / CHUNK;
        if (i < 0 || i >= size()) throw new IndexOutOfBoundsException(i);
        return c < chunks.size() ? chunks.get(c)[i % CHUNK] : tail[i - chunks.size() * CHUNK];
    }

    @Override
    public int size() {
        return chunks.size() * CHUNK + tail.length;
    }
}

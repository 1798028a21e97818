package bnlab.ui;

import bnlab.ui.chart.EventMarker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A live action taken in lockstep lands at the same step in every network: drawn once per network,
 * its identical labels stack row on row and run out of a small chart's room. Markers with the same
 * step, label and kind become one, without a network's colour (it is every network's).
 */
final class SharedEvents {
    private SharedEvents() {}

    static List<EventMarker> merge(List<EventMarker> events) {
        Map<List<Object>, List<EventMarker>> byWhat = new LinkedHashMap<>();
        for (EventMarker e : events) byWhat.computeIfAbsent(List.of(e.step(), e.label(), e.kind()), k -> new ArrayList<>()).add(e);
        List<EventMarker> out = new ArrayList<>();
        for (List<EventMarker> same : byWhat.values()) {
            EventMarker e = same.get(0);
            out.add(same.size() > 1 ? new EventMarker(e.step(), e.label(), e.kind()) : e);
        }
        return out;
    }
}

package bnlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import bnlab.ui.chart.EventMarker;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class SharedEventsTest {
    @Test
    void theSameEventOfEveryNetworkIsDrawnOnceWithoutAColour() {
        List<EventMarker> merged = SharedEvents.merge(List.of(
                EventMarker.note(500, "learning rate").of(Color.BLUE),
                EventMarker.note(500, "learning rate").of(Color.ORANGE),
                EventMarker.note(120, "not learning").of(Color.GREEN),
                EventMarker.note(500, "learning rate").of(Color.GREEN)));
        assertEquals(2, merged.size());
        assertEquals(500, merged.get(0).step());
        assertNull(merged.get(0).color(), "every network's: no one colour");
        assertEquals(Color.GREEN, merged.get(1).color(), "one network's event keeps its colour");
    }

    @Test
    void differentStepsOrKindsStaySeparate() {
        List<EventMarker> merged = SharedEvents.merge(List.of(
                EventMarker.note(500, "diverged").of(Color.BLUE), EventMarker.alarm(500, "diverged").of(Color.ORANGE),
                EventMarker.note(501, "diverged").of(Color.GREEN)));
        assertEquals(3, merged.size());
    }
}

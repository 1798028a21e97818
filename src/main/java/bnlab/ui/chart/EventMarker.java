package bnlab.ui.chart;

import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * A vertical marker at a training step with a short label, e.g. "BN off". {@link Kind#ALARM} markers
 * (e.g. "diverged") are drawn solid and red; {@link Kind#NOTE} markers dashed and grey. {@code color}
 * (may be null) is the network's whose event it is: its label carries a bar of that colour.
 */
public record EventMarker(long step, String label, Kind kind, Color color) {
    public enum Kind { NOTE, ALARM }

    public EventMarker {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }

    public EventMarker(long step, String label, Kind kind) {
        this(step, label, kind, null);
    }

    public static EventMarker note(long step, String label) { return new EventMarker(step, label, Kind.NOTE); }

    public static EventMarker alarm(long step, String label) { return new EventMarker(step, label, Kind.ALARM); }

    /** The same marker, labelled as network {@code c}'s. */
    public EventMarker of(Color c) { return new EventMarker(step, label, kind, c); }
}

package bnlab.ui.chart;

import java.util.Objects;

/**
 * A vertical marker at a training step with a short label, e.g. "BN off". {@link Kind#ALARM} markers
 * (e.g. "diverged") are drawn solid and red; {@link Kind#NOTE} markers dashed and grey.
 */
public record EventMarker(long step, String label, Kind kind) {
    public enum Kind { NOTE, ALARM }

    public EventMarker {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }

    public static EventMarker note(long step, String label) { return new EventMarker(step, label, Kind.NOTE); }

    public static EventMarker alarm(long step, String label) { return new EventMarker(step, label, Kind.ALARM); }
}

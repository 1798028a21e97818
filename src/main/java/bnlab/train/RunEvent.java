package bnlab.train;

/** Something that happened at a step: marked on the curves and written to events.csv. */
public record RunEvent(long step, String network, Kind kind, String message) {
    public enum Kind {
        NORMALIZATION_ON("normalization_on"),
        NORMALIZATION_OFF("normalization_off"),
        LEARNING_RATE("learning_rate"),
        DIVERGED("diverged"),
        NOT_LEARNING("not_learning");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}

package bnlab.nn;

/**
 * How the learning rate changes over training, as a factor of the base rate: constant, step decay
 * (× gamma every {@code stepSize} steps, PyTorch's {@code StepLR}), or cosine annealing to
 * {@code minFactor} over {@code cosineSteps} steps ({@code CosineAnnealingLR}, then held at the
 * minimum), optionally after a linear warm-up from {@code warmupStartFactor} over
 * {@code warmupSteps} steps ({@code LinearLR} then the other, as {@code SequentialLR}).
 *
 * <p>The rate used at step t (counted from 0) is {@code base · factor(t)}. The base is the
 * experiment's learning rate; moving the window's slider replaces the base and the schedule
 * goes on multiplying it, so a schedule survives a live change.
 */
public record LearningRateSchedule(Kind kind, long stepSize, double gamma, long cosineSteps, double minFactor,
                                   long warmupSteps, double warmupStartFactor) {

    public enum Kind {
        CONSTANT("constant"), STEP("step"), COSINE("cosine");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Kind fromId(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) return k;
            }
            throw new IllegalArgumentException("unknown schedule \"" + id + "\"");
        }
    }

    public static final LearningRateSchedule CONSTANT = new LearningRateSchedule(Kind.CONSTANT, 1, 1, 1, 0, 0, 1);

    public LearningRateSchedule {
        if (kind == null) throw new IllegalArgumentException("a schedule needs a kind");
        if (kind == Kind.STEP && (stepSize < 1 || !(gamma > 0))) {
            throw new IllegalArgumentException("step decay needs stepSize ≥ 1 and gamma > 0");
        }
        if (kind == Kind.COSINE && (cosineSteps < 1 || !(minFactor >= 0))) {
            throw new IllegalArgumentException("cosine needs cosineSteps ≥ 1 and minFactor ≥ 0");
        }
        if (warmupSteps < 0 || !(warmupStartFactor > 0)) {
            throw new IllegalArgumentException("warm-up needs warmupSteps ≥ 0 and a start factor > 0");
        }
    }

    public static LearningRateSchedule step(long stepSize, double gamma) {
        return new LearningRateSchedule(Kind.STEP, stepSize, gamma, 1, 0, 0, 1);
    }

    public static LearningRateSchedule cosine(long steps, double minFactor) {
        return new LearningRateSchedule(Kind.COSINE, 1, 1, steps, minFactor, 0, 1);
    }

    public LearningRateSchedule withWarmup(long steps, double startFactor) {
        return new LearningRateSchedule(kind, stepSize, gamma, cosineSteps, minFactor, steps, startFactor);
    }

    public boolean isConstant() {
        return kind == Kind.CONSTANT && warmupSteps == 0;
    }

    /** The factor of the base learning rate used by the step at index {@code t} (0 for the first step). */
    public double factor(long t) {
        if (t < warmupSteps) return warmupStartFactor + (1 - warmupStartFactor) * t / warmupSteps;
        long after = t - warmupSteps;
        return switch (kind) {
            case CONSTANT -> 1.0;
            case STEP -> Math.pow(gamma, after / stepSize);
            case COSINE -> after >= cosineSteps ? minFactor
                    : minFactor + (1 - minFactor) * (1 + Math.cos(Math.PI * after / cosineSteps)) / 2;
        };
    }
}

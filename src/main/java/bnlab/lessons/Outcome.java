package bnlab.lessons;

/**
 * What a question's measurement can come out as: a choice in a lesson file says which of these it
 * stands for ({@code "means"}). A comparison question has the first three, a change question the last three.
 */
public enum Outcome {
    /** Compare: the normalized network's value is lower than the plain twin's. */
    LOWER("lower", Question.Kind.COMPARE),
    /** Compare: about the same (within the question's factor or margin). */
    SIMILAR("similar", Question.Kind.COMPARE),
    /** Compare: the normalized network's value is higher. */
    HIGHER("higher", Question.Kind.COMPARE),
    /** Change: the value at the end of the step is lower than when the step began. */
    FALLS("falls", Question.Kind.CHANGE),
    /** Change: about the same. */
    STAYS("stays", Question.Kind.CHANGE),
    /** Change: higher. */
    RISES("rises", Question.Kind.CHANGE);

    private final String id;
    private final Question.Kind kind;

    Outcome(String id, Question.Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    public String id() {
        return id;
    }

    public Question.Kind kind() {
        return kind;
    }

    /** The outcome of {@code kind} with this id; IllegalArgumentException naming the ids that fit otherwise. */
    public static Outcome fromId(String id, Question.Kind kind) {
        StringBuilder known = new StringBuilder();
        for (Outcome o : values()) {
            if (o.kind != kind) continue;
            if (o.id.equals(id)) return o;
            known.append(known.isEmpty() ? "" : ", ").append(o.id);
        }
        throw new IllegalArgumentException("a " + kind.id() + " question's choice means one of " + known + "; got \"" + id + "\"");
    }

    /**
     * Where {@code value} stands against {@code reference}: within {@code factor} times (if factor
     * is above 0) or {@code margin} (otherwise) counts as the same.
     */
    static Outcome of(Question.Kind kind, double value, double reference, double factor, double margin) {
        boolean lower;
        boolean higher;
        if (factor > 0) {
            lower = value * factor < reference;
            higher = value > reference * factor;
        } else {
            lower = value < reference - margin;
            higher = value > reference + margin;
        }
        if (kind == Question.Kind.COMPARE) return lower ? LOWER : higher ? HIGHER : SIMILAR;
        return lower ? FALLS : higher ? RISES : STAYS;
    }
}

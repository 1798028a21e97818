package bnlab.lessons;

import bnlab.nn.NormKind;
import bnlab.train.RunSnapshot;
import java.util.List;

/**
 * The answer the network gave to a guided question: the two numbers read with the question's
 * {@link Measure}, the outcome they make, and the choice that stands for it.
 *
 * @param value     the first network's value (compare: the normalized one, unless the question names two)
 *                  or the value at the end of the step (change)
 * @param reference the second network's value (compare: the plain twin) or the value when the step began (change)
 * @param step      the training step the values were read at
 * @param choice    the lesson's choice for the outcome; null if none of its choices stands for it
 */
public record Answer(Question question, Outcome outcome, double value, double reference, long step,
        Question.Choice choice) {

    /**
     * Reads the answer from the runs now and, for a change question, as the step began.
     *
     * @throws IllegalArgumentException if the runs cannot answer it (a comparison without a plain twin, no such network)
     */
    public static Answer of(Question q, List<RunSnapshot> before, List<RunSnapshot> now) {
        double value;
        double reference;
        RunSnapshot at;
        if (q.kind() == Question.Kind.COMPARE) {
            at = q.networks().isEmpty() ? find(now, false) : byName(now, q.networks().get(0));
            value = read(q, at);
            reference = read(q, q.networks().isEmpty() ? find(now, true) : byName(now, q.networks().get(1)));
        } else {
            at = byName(now, q.network());
            value = read(q, at);
            reference = read(q, byName(before, q.network()));
        }
        Outcome o = Double.isNaN(value) || Double.isNaN(reference) ? null
                : Outcome.of(q.kind(), value, reference, q.factor(), q.margin());
        return new Answer(q, o, value, reference, at.step(), o == null ? null : q.choiceFor(o));
    }

    private static double read(Question q, RunSnapshot s) {
        double v = q.measure().read(s, q.layer(), q.threshold());
        // Not reached yet counts as later than any step that was reached.
        return q.measure() == Measure.STEPS_TO_ACCURACY && Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    private static RunSnapshot find(List<RunSnapshot> runs, boolean plain) {
        for (RunSnapshot s : runs) {
            if ((s.kind() == NormKind.NONE) == plain) return s;
        }
        throw new IllegalArgumentException("the question compares a network with normalization and its plain twin,"
                + " but compare mode is off");
    }

    private static RunSnapshot byName(List<RunSnapshot> runs, String name) {
        if (name == null || name.isEmpty()) return runs.get(0);
        for (RunSnapshot s : runs) {
            if (s.name().equals(name)) return s;
        }
        throw new IllegalArgumentException("the question reads network \"" + name + "\", but the runs are "
                + runs.stream().map(RunSnapshot::name).toList());
    }
}

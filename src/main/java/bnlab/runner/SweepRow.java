package bnlab.runner;

import bnlab.train.RunSnapshot;
import bnlab.train.RunState;
import java.util.List;

/**
 * How one run of a sweep ended: a row of {@code sweep.csv}.
 *
 * @param index        the run's place in the plan ({@link SweepPlan#runs()}), so rows can be put in order
 * @param values       the swept fields' values, in the order of the plan's axes
 * @param network      the variant's name (bn, plain, or the file's variant name)
 * @param seed         the seed it was trained with
 * @param outcome      how it ended
 * @param testAccuracy the test accuracy of its last evaluation (for a run that diverged, the last before it did)
 * @param testLoss     the test loss of that evaluation
 * @param testedStep   the step of that evaluation
 * @param stoppedStep  the step it diverged or failed at, or the first of the evaluations at chance for a
 *                     run not learning; -1 for a run that trained
 * @param message      why it diverged, stopped learning or failed (English); empty otherwise
 */
public record SweepRow(int index, List<Double> values, String network, long seed, Outcome outcome,
        double testAccuracy, double testLoss, long testedStep, long stoppedStep, String message) {

    public SweepRow {
        values = List.copyOf(values);
    }

    /** How a run of a sweep ended; the id is what sweep.csv says. */
    public enum Outcome {
        TRAINED("trained"),
        /** Finished, but its test accuracy stayed at the level of guessing. */
        NOT_LEARNING("not learning"),
        DIVERGED("diverged"),
        /** An internal error (out of memory, a bug) stopped it. */
        FAILED("failed");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** The row of a run that is over. */
    static SweepRow of(SweepPlan.Run run, RunSnapshot s) {
        var test = s.history().test();
        double acc = test.isEmpty() ? Double.NaN : test.last(2);
        double loss = test.isEmpty() ? Double.NaN : test.last(1);
        long tested = test.isEmpty() ? -1 : (long) test.last(0);
        Outcome o;
        long stopped;
        String why = s.message();
        if (s.state() == RunState.DIVERGED) {
            o = Outcome.DIVERGED;
            stopped = s.divergence() != null ? s.divergence().step() : s.step();
        } else if (s.state() == RunState.FAILED) {
            o = Outcome.FAILED;
            stopped = s.step();
        } else if (s.stall() != null) {
            o = Outcome.NOT_LEARNING;
            stopped = s.stall().since();
            why = s.stall().english();
        } else {
            o = Outcome.TRAINED;
            stopped = -1;
            why = "";
        }
        return new SweepRow(run.index(), run.point().values(), run.network(), run.seed(), o, acc, loss, tested, stopped,
                why == null ? "" : why);
    }

    /** The row of a run whose network could not even be built (out of memory). */
    static SweepRow failed(SweepPlan.Run run, String why) {
        return new SweepRow(run.index(), run.point().values(), run.network(), run.seed(), Outcome.FAILED, Double.NaN,
                Double.NaN, -1, 0, why);
    }
}

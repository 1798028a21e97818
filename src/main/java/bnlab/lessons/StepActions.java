package bnlab.lessons;

import bnlab.nn.NormKind;
import bnlab.train.RunSnapshot;
import bnlab.train.RunState;
import bnlab.train.Session;
import java.util.List;

/**
 * How a guided step's actions reach the training runs, the same for the app and for
 * {@code bnlab lessons}: every action is scheduled at a training step in every run of the session,
 * so in compare mode it lands at the same step in each network, and training pauses at the step's
 * target in each. Nothing here waits; {@link #settled} tells when the runs have got there.
 */
public final class StepActions {
    private StepActions() {}

    /** Runs {@code s}'s actions from training step {@code now}, where the session is paused. */
    public static void apply(Session session, GuidedStep s, long now) {
        if (s.normalization() != null) session.setNormalizationAt(now, s.normalization());
        if (s.changesLearningRate()) session.setLearningRateAt(now, s.learningRate());
        if (s.trains()) {
            session.pauseAt(s.trainTo());
            session.play();
        }
    }

    /**
     * Retrains from step 0 to where {@code start} begins: the same initial weights and batches, the
     * earlier steps' actions at the same training steps. Building the networks takes a moment, so
     * call it off the UI thread.
     *
     * @throws Session.ResetFailedException if the networks could not be built again (they stay as they were)
     */
    public static void replay(Session session, GuidedPlan.Start start, double initialLearningRate)
            throws Session.ResetFailedException {
        session.reset();
        session.setLearningRate(initialLearningRate);
        for (GuidedPlan.Action a : start.replay()) {
            if (a.normalization() != null) session.setNormalizationAt(a.step(), a.normalization());
            if (!Double.isNaN(a.learningRate())) session.setLearningRateAt(a.step(), a.learningRate());
        }
        if (start.step() > 0) {
            session.pauseAt(start.step());
            session.play();
        } else {
            session.pauseAt(0); // measures the switch state of step 0 at once
        }
    }

    /**
     * Whether every run stands where a step's actions lead: paused at {@code step} (or stopped
     * short of it because it finished or diverged), with the switch and learning rate in force.
     *
     * @param normalizationOn the switch the runs with normalization must show
     */
    public static boolean settled(List<RunSnapshot> runs, long step, boolean normalizationOn, double learningRate) {
        for (RunSnapshot s : runs) {
            if (s.state() == RunState.DIVERGED || s.state() == RunState.FINISHED || s.state() == RunState.FAILED) continue;
            if (s.state() != RunState.PAUSED || s.step() != step) return false;
            if (s.kind() != NormKind.NONE && s.normalizationOn() != normalizationOn) return false;
            if (Math.abs(s.learningRate() - learningRate) > 1e-12 * learningRate) return false;
            if (s.stats() == null || s.stats().step() != step) return false;
        }
        return true;
    }
}

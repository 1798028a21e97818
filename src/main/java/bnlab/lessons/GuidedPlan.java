package bnlab.lessons;

import bnlab.experiment.Experiment;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a guided lesson stands when each of its steps begins: the training step, the switch, the
 * learning rate and the view, and the actions that lead there from step 0. Going back to a step
 * retrains from step 0 with those actions at the same training steps; seeds and batches are fixed,
 * so the networks come out as they were (to rounding).
 */
public final class GuidedPlan {
    /** An action at a training step: a switch (null: none) and/or a learning rate (NaN: none). */
    public record Action(long step, Boolean normalization, double learningRate) {}

    /**
     * The state a step begins in.
     *
     * @param step               the training step the networks are paused at
     * @param normalizationOn    the switch
     * @param learningRate       the learning rate in force
     * @param trainingStatistics the histogram view (true: as training sees it)
     * @param offsetView         the offset view of recent histograms
     * @param replay             the actions of the steps before, in order, to retrain from step 0
     */
    public record Start(long step, boolean normalizationOn, double learningRate, boolean trainingStatistics,
            boolean offsetView, List<Action> replay) {
        public Start {
            replay = List.copyOf(replay);
        }
    }

    private final List<Start> starts = new ArrayList<>();
    private final Start end;

    /**
     * @param trainingStatistics the view the lesson starts with (the app's current one)
     * @param offsetView         likewise
     */
    public GuidedPlan(Lesson lesson, boolean trainingStatistics, boolean offsetView) {
        Experiment e = lesson.experiment();
        long step = 0;
        boolean on = !"none".equals(e.normalization().kind());
        double lr = e.optimizer().learningRate();
        boolean training = trainingStatistics;
        boolean offset = offsetView;
        List<Action> replay = new ArrayList<>();
        for (GuidedStep s : lesson.steps()) {
            starts.add(new Start(step, on, lr, training, offset, replay));
            if (s.normalization() != null || s.changesLearningRate()) {
                replay.add(new Action(step, s.normalization(), s.learningRate()));
            }
            if (s.normalization() != null) on = s.normalization();
            if (s.changesLearningRate()) lr = s.learningRate();
            if (s.trainingStatistics() != null) training = s.trainingStatistics();
            if (s.offsetView() != null) offset = s.offsetView();
            if (s.trains()) step = s.trainTo();
        }
        end = new Start(step, on, lr, training, offset, replay);
    }

    /** The state step {@code number} (from 1) begins in. */
    public Start startOf(int number) {
        return starts.get(number - 1);
    }

    /** The state after the last step. */
    public Start end() {
        return end;
    }
}

package bnlab.lessons;

import java.util.List;

/**
 * One step of a guided lesson, as a lesson file describes it. When the step begins its view
 * settings and highlights apply; its actions (switch, learning rate, training to a step) run at
 * once, or, if the step asks a question, once the class has answered.
 *
 * @param number       position in the lesson, from 1; its texts are keyed {@code <lesson id>.step<number>.…}
 * @param trainTo      train until this step and pause there; -1: no training in this step
 * @param normalization switch normalization on (TRUE) or off (FALSE); null: leave it
 * @param learningRate the learning rate from here on; NaN: leave it
 * @param trainingStatistics show the histograms as training sees them (TRUE) or as inference does (FALSE); null: leave it
 * @param offsetView   the offset view of recent histograms on or off; null: leave it
 * @param highlights   the charts this step points at
 * @param question     the question asked before the actions run, or null
 */
public record GuidedStep(int number, long trainTo, Boolean normalization, double learningRate,
        Boolean trainingStatistics, Boolean offsetView, List<ChartHighlight> highlights, Question question) {

    public GuidedStep {
        highlights = List.copyOf(highlights);
    }

    public boolean trains() {
        return trainTo >= 0;
    }

    public boolean changesLearningRate() {
        return !Double.isNaN(learningRate);
    }

    public boolean hasQuestion() {
        return question != null;
    }

    /** A step made from a lesson written in the old format: its highlights, no actions (its text is the lesson's "watch" text). */
    static GuidedStep whole(List<ChartHighlight> highlights) {
        return new GuidedStep(1, -1, null, Double.NaN, null, null, highlights, null);
    }
}

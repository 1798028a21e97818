package bnlab.lessons;

import bnlab.experiment.Experiment;
import java.util.List;
import java.util.Locale;

/**
 * One lesson: a prepared experiment, what to watch in it, the charts it talks about, and what the
 * measurement of its claim found. Immutable; get them from {@link LessonCatalog#load()}.
 *
 * @param id             stable id, e.g. "01-covariate-shift"; also the folder of its curves in
 *                       {@code bnlab lessons --out DIR}
 * @param number         position in the list, from 1
 * @param experimentFile the experiment's file name under {@code /assets/lessons/}
 * @param experiment     that experiment, read and validated: what the app loads and "run it" trains
 * @param highlights     the charts the text talks about, most important first
 * @param steps          the guided steps, in order; a lesson written without steps has one, its "watch" text
 * @param guided         whether the lesson file gives steps (false: the one step is made from the old format)
 */
public record Lesson(String id, int number, String experimentFile, Experiment experiment,
        List<ChartHighlight> highlights, List<GuidedStep> steps, boolean guided) {

    public Lesson {
        highlights = List.copyOf(highlights);
        steps = List.copyOf(steps);
    }

    /** The sentences of guided step {@code step} (from 1); a lesson without steps shows its "watch" text. */
    public String stepText(int step, Locale locale) {
        return guided ? LessonTexts.stepText(id, step, "text", locale) : watch(locale);
    }

    public String title(Locale locale) {
        return LessonTexts.text(id, LessonTexts.Part.TITLE, locale);
    }

    /** A few sentences to read aloud: what to watch while it trains. */
    public String watch(Locale locale) {
        return LessonTexts.text(id, LessonTexts.Part.WATCH, locale);
    }

    /** What the measurement found (numbers from the documented run), including where the claim fails. */
    public String outcome(Locale locale) {
        return LessonTexts.text(id, LessonTexts.Part.OUTCOME, locale);
    }

    /** Whether the lesson points at this chart. */
    public boolean pointsAt(Chart chart) {
        return highlights.stream().anyMatch(h -> h.chart() == chart);
    }
}

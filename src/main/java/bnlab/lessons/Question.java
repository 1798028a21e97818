package bnlab.lessons;

import java.util.List;
import java.util.Locale;

/**
 * A guided step's multiple-choice question, asked before the network runs. The app answers it
 * from the network itself: it reads {@link #measure()} and picks the choice that stands for the
 * {@link Outcome} it found; nothing in a lesson file says which choice is right.
 *
 * @param kind    {@link Kind#COMPARE}: the normalized network against its plain twin, at the end
 *                of the step; {@link Kind#CHANGE}: one network, the end of the step against its beginning
 * @param measure what is read
 * @param layer   hidden layer counted from 1, for measures that have one (0 otherwise)
 * @param threshold the accuracy of {@link Measure#STEPS_TO_ACCURACY} (0 otherwise)
 * @param network a change question's network (a run's name: "bn", "ln", "plain" or a variant's); empty: the first
 * @param networks a compare question's two networks by name, the first compared with the second;
 *                empty: the normalized network against its plain twin
 * @param factor  above 0: values within this factor of each other count as the same
 * @param margin  used when factor is 0: values within this distance count as the same
 * @param choices in the order shown, keyed a, b, c … in the texts
 */
public record Question(Kind kind, Measure measure, int layer, double threshold, String network,
        List<String> networks, double factor, double margin, List<Choice> choices) {

    public Question {
        networks = List.copyOf(networks);
        choices = List.copyOf(choices);
    }

    public enum Kind {
        COMPARE("compare"), CHANGE("change");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** One answer to choose. */
    public record Choice(String key, Outcome means) {}

    /** The choice that stands for {@code o}, or null if the lesson offers none. */
    public Choice choiceFor(Outcome o) {
        return choices.stream().filter(c -> c.means() == o).findFirst().orElse(null);
    }

    /** The question's words; the key of step {@code step} of lesson {@code lessonId}. */
    public String text(String lessonId, int step, Locale locale) {
        return LessonTexts.stepText(lessonId, step, "question", locale);
    }

    public String choiceText(String lessonId, int step, Choice c, Locale locale) {
        return LessonTexts.stepText(lessonId, step, "choice." + c.key(), locale);
    }
}

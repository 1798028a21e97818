package bnlab.lessons;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of every lesson, in English and Simplified Chinese: the resource bundle
 * {@code bnlab/lessons/lessons} ({@code lessons.properties}, {@code lessons_zh_CN.properties}, UTF-8).
 * Keys are {@code <lesson id>.<part>}; a translator adds a language by adding a file.
 */
public final class LessonTexts {
    public static final String BUNDLE = "bnlab.lessons.lessons";
    /** The languages every lesson is written in. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    /** The parts of a lesson's text. */
    public enum Part {
        /** A short title for the list. */
        TITLE("title"),
        /** What to watch: a few sentences a teacher can read aloud. */
        WATCH("watch"),
        /** What the measurement found, including where the claim does not hold. */
        OUTCOME("outcome");

        private final String key;

        Part(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private LessonTexts() {}

    /**
     * The text of one part of a lesson. A language without its own file falls back to English,
     * never to the machine's default language (which is what plain getBundle would do).
     *
     * @throws MissingResourceException if the text is missing even in English
     */
    public static String text(String lessonId, Part part, Locale locale) {
        return bundle(locale).getString(lessonId + "." + part.key());
    }

    /** Plain UI words around the lessons (e.g. "run it"), keyed {@code ui.<name>}. */
    public static String ui(String name, Locale locale) {
        return bundle(locale).getString("ui." + name);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

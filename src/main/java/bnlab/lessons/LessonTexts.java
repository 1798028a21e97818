package bnlab.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

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

    /** The key of one part of a guided step's text: {@code <lesson id>.step<n>.<part>}. */
    public static String stepKey(String lessonId, int step, String part) {
        return lessonId + ".step" + step + "." + part;
    }

    /**
     * One part of a guided step's text: "text", "question" or "choice.a" …; only the language's
     * own file counts, so a missing translation is found rather than shown in English.
     *
     * @throws MissingResourceException if that language's file lacks it
     */
    public static String stepText(String lessonId, int step, String part, Locale locale) {
        String key = stepKey(lessonId, step, part);
        String t = own(locale).getProperty(key);
        if (t == null) throw new MissingResourceException(key + " is missing in " + fileName(locale), BUNDLE, key);
        return t;
    }

    /** The file a language's lesson texts are in, for messages. */
    public static String fileName(Locale locale) {
        return "lessons" + suffix(locale) + ".properties";
    }

    private static final Map<String, Properties> OWN = new ConcurrentHashMap<>();

    /** One language's own file, without the English it falls back to. */
    private static Properties own(Locale locale) {
        return OWN.computeIfAbsent(suffix(locale), s -> {
            Properties p = new Properties();
            String path = "/" + BUNDLE.replace('.', '/') + s + ".properties";
            try (InputStream in = LessonTexts.class.getResourceAsStream(path)) {
                if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
            }
            return p;
        });
    }

    private static String suffix(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "_zh_CN" : "";
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

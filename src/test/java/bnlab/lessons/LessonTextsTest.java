package bnlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LessonTextsTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void everyLessonIsWrittenInBothLanguages() {
        for (Lesson l : LessonCatalog.load().lessons()) {
            for (LessonTexts.Part part : LessonTexts.Part.values()) {
                String en = LessonTexts.text(l.id(), part, Locale.ENGLISH);
                String zh = LessonTexts.text(l.id(), part, Locale.SIMPLIFIED_CHINESE);
                String where = l.id() + "." + part.key();
                assertFalse(en.isBlank(), where);
                assertFalse(zh.isBlank(), where);
                assertFalse(HAN.matcher(en).find(), where + " (English) has Chinese characters");
                assertTrue(HAN.matcher(zh).find(), where + " (Chinese) has no Chinese characters: is it translated?");
                assertNotEquals(en, zh, where);
            }
        }
    }

    @Test
    void everyGuidedStepIsWrittenInBothLanguages() {
        for (Lesson l : LessonCatalog.load().lessons()) {
            if (!l.guided()) continue; // an old-format lesson's one step is its "watch" text, checked above
            for (GuidedStep s : l.steps()) {
                List<String> parts = new ArrayList<>(List.of("text"));
                if (s.hasQuestion()) {
                    parts.add("question");
                    for (Question.Choice c : s.question().choices()) parts.add("choice." + c.key());
                }
                for (String part : parts) {
                    String where = LessonTexts.stepKey(l.id(), s.number(), part);
                    String en = LessonTexts.stepText(l.id(), s.number(), part, Locale.ENGLISH);
                    String zh = LessonTexts.stepText(l.id(), s.number(), part, Locale.SIMPLIFIED_CHINESE);
                    assertFalse(HAN.matcher(en).find(), where + " (English) has Chinese characters");
                    assertTrue(HAN.matcher(zh).find(), where + " (Chinese) has no Chinese characters: is it translated?");
                }
                {
                    int en = sentences(l.stepText(s.number(), Locale.ENGLISH), "[.!?](\\s|$)");
                    assertTrue(en >= 1 && en <= 3, l.id() + " step " + s.number() + " has " + en + " sentences");
                }
            }
        }
    }


    @Test
    void whatToWatchIsThreeToSixSentences() {
        for (Lesson l : LessonCatalog.load().lessons()) {
            int en = sentences(l.watch(Locale.ENGLISH), "[.!?](\\s|$)");
            int zh = sentences(l.watch(Locale.SIMPLIFIED_CHINESE), "[。！？]");
            assertTrue(en >= 3 && en <= 6, l.id() + " has " + en + " English sentences to read aloud");
            assertTrue(zh >= 3 && zh <= 7, l.id() + " has " + zh + " Chinese sentences to read aloud");
        }
    }

    @Test
    void bothFilesHaveExactlyTheSameKeys() throws IOException {
        Properties en = load("lessons.properties");
        Properties zh = load("lessons_zh_CN.properties");
        assertEquals(en.stringPropertyNames(), zh.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            String prefix = key.substring(0, key.indexOf('.'));
            assertTrue(prefix.equals("ui") || LessonCatalog.load().byId(prefix).isPresent(), "key of no lesson: " + key);
        }
    }

    @Test
    void otherLanguagesFallBackToEnglishNotToTheMachinesLanguage() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            String id = "01-covariate-shift";
            assertEquals(LessonTexts.text(id, LessonTexts.Part.TITLE, Locale.ENGLISH),
                    LessonTexts.text(id, LessonTexts.Part.TITLE, Locale.GERMAN));
            assertTrue(HAN.matcher(LessonTexts.text(id, LessonTexts.Part.TITLE, Locale.forLanguageTag("zh-Hans-CN"))).find());
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static int sentences(String text, String end) {
        Matcher m = Pattern.compile(end).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LessonTexts.class.getResourceAsStream("/bnlab/lessons/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

package bnlab.ui.chart;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;

class ChartStringsTest {
    static List<String> keyConstants() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field f : ChartStrings.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().equals("BUNDLE")) {
                keys.add((String) f.get(null));
            }
        }
        return keys;
    }

    @Test
    void everyKeyExistsInEveryLanguageAndFormats() throws Exception {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            ChartStrings s = ChartStrings.forLocale(l);
            for (String key : keyConstants()) {
                String text = s.text(key);
                assertFalse(text.isBlank(), key);
                String formatted = s.format(key, "A", "B", "C", "D", "E", "F", "G");
                assertFalse(formatted.contains("{"), key + " left a placeholder: " + formatted);
            }
        }
        ResourceBundle en = ResourceBundle.getBundle(ChartStrings.BUNDLE, Locale.ROOT);
        ResourceBundle zh = ResourceBundle.getBundle(ChartStrings.BUNDLE, Locale.SIMPLIFIED_CHINESE);
        assertEquals(en.keySet(), zh.keySet(), "same keys in both bundles");
        assertEquals(new java.util.HashSet<>(keyConstants()), en.keySet(), "every bundle key is used and vice versa");
    }

    @Test
    void chineseIsReadAsUtf8() {
        ChartStrings zh = ChartStrings.forLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("暂无数据", zh.text(ChartStrings.NO_DATA));
        assertEquals("第 7 步", zh.format(ChartStrings.RIDGE_STEP, "7"));
        assertEquals("μ 1 · σ 2", zh.format(ChartStrings.HIST_STATS, "1", "2"));
        assertEquals("训练步数", zh.text(ChartStrings.STEP_AXIS));
    }

    @Test
    void englishStaysEnglishWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("No data yet", ChartStrings.english().text(ChartStrings.NO_DATA));
            assertEquals("No data yet", ChartStrings.forLocale(Locale.FRANCE).text(ChartStrings.NO_DATA));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anyTextCanBeOverriddenFromOutside() {
        ChartStrings s = ChartStrings.english().with(ChartStrings.NO_DATA, "Press Train to start");
        assertEquals("Press Train to start", s.text(ChartStrings.NO_DATA));
        assertEquals("No data yet", ChartStrings.english().text(ChartStrings.NO_DATA), "original unchanged");
        assertEquals(Locale.GERMANY, s.withLocale(Locale.GERMANY).locale());
        assertThrows(java.util.MissingResourceException.class, () -> s.text("no.such.key"));
    }
}

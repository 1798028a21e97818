package bnlab.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;

/** The English and Simplified Chinese texts of {@code bnlab.ui.messages} stay in step. */
class MessagesTest {
    private static final String BUNDLE = "bnlab.ui.messages";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /**
     * Keys whose Chinese text may equal the English one and need contain no Chinese character:
     * the product name, a symbol, and names of functions, initialisations and optimizers that a
     * Chinese teacher writes in Latin letters. Keep this list short.
     */
    static final Set<String> KEPT_AS_IS = Set.of(
            "app.title",              // BatchNorm Lab
            "tab.torch",              // PyTorch, a library's name
            "inside.affine",          // β ± |γ|
            "inside.row.xhat",        // x̂ = (z − μ_B) / √(σ_B² + ε)
            "inside.unitScale",       // 0 ± 1
            "landscape.gradAxis",     // ‖∇L(w − ηg) − ∇L(w)‖
            "settings.epsilon",       // ε
            "settings.rmax",          // rmax (Batch Renorm's symbol)
            "settings.dmax",          // dmax
            "settings.dropout",       // Dropout (the method's name)
            "settings.l1",            // L1
            "activation.sigmoid",     // sigmoid
            "activation.tanh",        // tanh
            "activation.relu",        // ReLU
            "activation.leaky-relu",  // Leaky ReLU
            "init.xavier",            // Xavier / Glorot
            "init.he",                // He / Kaiming
            "optimizer.sgd",          // SGD
            "optimizer.adam",         // Adam
            "compare.name.normalization.batch", // BN (a network's default name)
            "compare.name.normalization.layer", // LN
            "compare.name.optimizer.sgd",       // SGD
            "compare.name.optimizer.adam",      // Adam
            "compare.name.normalization.group", // GN
            "source.fashion-mnist.short",       // Fashion-MNIST (the data set's name)
            "status.headline");                 // {0}：{1} (a network's name before its state, full-width colon)

    /** A MessageFormat argument: {0}, {1,number}, { 2 } … (the index only). */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final ResourceBundle EN = bundle(Locale.ROOT);
    private static final ResourceBundle ZH = bundle(CHINESE);

    @Test
    void bothBundlesAreTheRealOnes() {
        assertEquals(Locale.ROOT, EN.getLocale(), "English is the base bundle messages.properties");
        // Without messages_zh_CN.properties the lookup would quietly end at the base bundle.
        assertEquals(CHINESE, ZH.getLocale(), "messages_zh_CN.properties is found, not the English fallback");
    }

    /** A lesson may point at any chart; the lessons list names each one (a missing name was an internal error). */
    @Test
    void everyChartALessonCanPointAtHasANameInBothLanguages() {
        for (bnlab.lessons.Chart c : bnlab.lessons.Chart.values()) {
            assertTrue(EN.containsKey("chart." + c.id()), "no English name for chart " + c.id());
            assertTrue(ZH.containsKey("chart." + c.id()), "no Chinese name for chart " + c.id());
        }
    }

    @Test
    void sameKeys() {
        Set<String> onlyEnglish = new TreeSet<>(EN.keySet());
        onlyEnglish.removeAll(ZH.keySet());
        Set<String> onlyChinese = new TreeSet<>(ZH.keySet());
        onlyChinese.removeAll(EN.keySet());
        assertTrue(onlyEnglish.isEmpty() && onlyChinese.isEmpty(),
                "missing in zh_CN: " + onlyEnglish + "; missing in English: " + onlyChinese);
    }

    @Test
    void sameKeyOrderInBothFiles() throws IOException {
        assertEquals(keysInFileOrder("messages.properties"), keysInFileOrder("messages_zh_CN.properties"),
                "the Chinese file lists the keys in the English file's order");
    }

    @Test
    void allowListNamesRealKeys() {
        for (String key : KEPT_AS_IS) assertTrue(EN.containsKey(key), "allow-listed key does not exist: " + key);
    }

    @Test
    void everyValueIsTranslated() {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(EN.keySet())) {
            if (KEPT_AS_IS.contains(key) || !ZH.containsKey(key)) continue;
            String en = EN.getString(key);
            String zh = ZH.getString(key);
            if (zh.isBlank()) problems.add(key + ": empty");
            else if (zh.equals(en)) problems.add(key + ": same as English: " + en);
            else if (!hasChineseCharacter(zh)) problems.add(key + ": no Chinese character: " + zh);
        }
        assertTrue(problems.isEmpty(), "untranslated:\n" + String.join("\n", problems));
    }

    @Test
    void samePlaceholdersInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(EN.keySet())) {
            if (!ZH.containsKey(key)) continue;
            Set<Integer> en = arguments(EN.getString(key));
            Set<Integer> zh = arguments(ZH.getString(key));
            if (!en.equals(zh)) problems.add(key + ": English " + en + ", Chinese " + zh);
        }
        assertTrue(problems.isEmpty(), "placeholders differ:\n" + String.join("\n", problems));
    }

    @Test
    void sameLineBreaksAndTabs() {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(EN.keySet())) {
            if (!ZH.containsKey(key)) continue;
            String en = EN.getString(key);
            String zh = ZH.getString(key);
            for (char c : new char[] {'\n', '\t'}) {
                if (count(en, c) != count(zh, c)) {
                    problems.add(key + ": " + count(en, c) + " vs " + count(zh, c) + (c == '\n' ? " \\n" : " \\t"));
                }
            }
        }
        assertTrue(problems.isEmpty(), "escapes differ:\n" + String.join("\n", problems));
    }

    /**
     * An ASCII apostrophe would be eaten by MessageFormat in a pattern (it quotes) and shown
     * doubled in a plain text if written ''. Chinese text never needs one: it uses ‘’ or “”.
     */
    @Test
    void chineseHasNoAsciiApostrophe() {
        for (String key : ZH.keySet()) {
            assertFalse(ZH.getString(key).contains("'"), key + ": use “” or ‘’ instead of an ASCII apostrophe");
        }
    }

    @Test
    void everyPatternFormats() {
        for (ResourceBundle b : List.of(EN, ZH)) {
            Locale locale = b == EN ? Locale.ENGLISH : CHINESE;
            for (String key : new TreeSet<>(b.keySet())) {
                String pattern = b.getString(key);
                Object[] args = argumentsFor(pattern);
                String formatted = assertDoesNotThrow(() -> new MessageFormat(pattern, locale).format(args),
                        () -> locale + " " + key + " is not a valid MessageFormat pattern: " + pattern);
                assertFalse(ARGUMENT.matcher(formatted).find(), () -> locale + " " + key + " left a placeholder: " + formatted);
                for (Object a : args) {
                    assertTrue(formatted.contains(String.valueOf(a)), () -> locale + " " + key + " lost an argument: " + formatted);
                }
            }
        }
    }

    @Test
    void chineseIsReadAsUtf8() {
        assertEquals("批归一化", ZH.getString("norm.batch"));
        assertEquals("第 1,200 步", new MessageFormat(ZH.getString("status.step"), CHINESE).format(new Object[] {1200}));
    }

    /** Distinct strings ("a0", "a1" …), so a lost or swapped argument is noticed. */
    private static Object[] argumentsFor(String pattern) {
        int n = arguments(pattern).stream().mapToInt(i -> i + 1).max().orElse(0);
        Object[] args = new Object[n];
        for (int i = 0; i < n; i++) args[i] = "a" + i;
        return args;
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) found.add(Integer.parseInt(m.group(1)));
        return found;
    }

    private static boolean hasChineseCharacter(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** The keys of a properties file in the order written (comments, blank and continuation lines skipped). */
    private static List<String> keysInFileOrder(String file) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/bnlab/ui/" + file)) {
            assertNotNull(in, file + " is on the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean continuation = false;
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                boolean wasContinuation = continuation;
                continuation = endsWithOddBackslashes(line);
                if (wasContinuation || t.isEmpty() || t.startsWith("#") || t.startsWith("!")) continue;
                Matcher m = Pattern.compile("^([^=:\\s]+)").matcher(t);
                if (m.find()) keys.add(m.group(1));
            }
        }
        return keys;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) n++;
        return n % 2 == 1;
    }
}

package bnlab.cli;

import static bnlab.cli.RunCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Experiment and variant names: line breaks, tabs, other control characters and overlong names
 * are refused when the file is read, before anything trains; any other name (commas, quotes,
 * other scripts, the longest allowed) works end to end, into the CSV rows and the part files.
 */
class NamesTest {
    @TempDir
    Path dir;

    private static String variants(String name, String a) {
        return "{\"name\": \"" + name + "\", \"dataset\": {\"source\": \"xor\", \"points\": 40}, \"network\": {\"hidden\": [4]},"
                + " \"batchSize\": 8, \"steps\": 20, \"evalEvery\": 10, \"variants\": [{\"name\": \"" + a + "\","
                + " \"normalization\": {\"kind\": \"none\"}}, {\"name\": \"other\", \"normalization\": {\"kind\": \"batch\"}}]}";
    }

    private Object[] run(String json) throws Exception {
        Path exp = Files.writeString(dir.resolve("exp.json"), json);
        return cli("run", exp.toString(), "--out", dir.resolve("out").toString(), "--quiet");
    }

    @Test
    void namesThatWouldBreakSomethingAreRefusedBeforeTraining() throws Exception {
        String[][] cases = {
            {variants("ok", "line\\nbreak"), "variants[0].name must be one line without control characters (a line break, "
                    + "a tab); got \"line\\nbreak\", which holds \\n at character 5"},
            {variants("ok", "tab\\there"), "variants[0].name must be one line without control characters"},
            {variants("ok", "bell\\u0007"), "holds \\u0007 at character 5"},
            {variants("ok", "v".repeat(300)), "variants[0].name must be at most 60 characters long; got \"vvvv"},
            {variants("ok", "v".repeat(61)), "variants[0].name must be at most 60 characters long; got \"" + "v".repeat(61)
                    + "\" (61 characters)"},
            {variants("e".repeat(201), "a"), "name must be at most 200 characters long; got \"eeee"},
            {variants("two\\rlines", "a"), "name must be one line without control characters"},
        };
        for (String[] c : cases) {
            Object[] r = run(c[0]);
            assertEquals(2, r[0], (String) r[2]);
            assertTrue(((String) r[2]).contains(c[1]), (String) r[2]);
            assertFalse(Files.exists(dir.resolve("out")), "nothing trained, nothing written");
        }
    }

    @Test
    void anyOtherNameWorksEndToEnd() throws Exception {
        for (String name : List.of("LN, rate \\\"0.01\\\"", "批归一化 ✓", "w".repeat(60))) {
            Path out = dir.resolve("out");
            Object[] r = cli("run", Files.writeString(dir.resolve("exp.json"), variants("e".repeat(200), name)).toString(),
                    "--out", out.toString(), "--quiet", "--force");
            assertEquals(0, r[0], (String) r[2]);
            String expected = name.replace("\\\"", "\"");
            List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
            String field = expected.matches("[^,\"]*") ? expected : "\"" + expected.replace("\"", "\"\"") + "\"";
            assertTrue(rows.stream().anyMatch(row -> row.matches("\\d+," + java.util.regex.Pattern.quote(field) + ",.*")), rows.toString());
            assertEquals(rows.size(), rows.stream().filter(row -> row.matches("^(step|\\d+),.*")).count(), "one row per line");
        }
    }
}

package bnlab.cli;

import static bnlab.cli.RunCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A huge user string in any place a message quotes it (a name, a choice, a dataset source, a
 * field name, a label column) is quoted as a bounded prefix with its length, never whole.
 */
class LongEchoesTest {
    @TempDir
    Path dir;

    private static final String HUGE = "x".repeat(900_000);

    @Test
    void everyQuotedFieldIsBounded() throws Exception {
        String[] experiments = {
            "{\"name\": \"" + HUGE + "\"}",
            "{\"network\": {\"activation\": \"" + HUGE + "\"}}",
            "{\"dataset\": {\"source\": \"" + HUGE + "\"}}",
            "{\"" + HUGE.substring(0, 40_000) + "\": 1}", // Jackson refuses field names past 50,000 characters
            "{\"dataset\": {\"source\": \"csv\", \"path\": \"t.csv\", \"labelColumn\": \"" + HUGE + "\"}}",
            "{\"steps\": \"" + HUGE + "\"}",
            "{\"variants\": [{\"name\": \"" + HUGE + "\"}, {\"name\": \"b\"}]}",
        };
        Files.writeString(dir.resolve("t.csv"), "a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n");
        for (String json : experiments) {
            Path exp = Files.writeString(dir.resolve("exp.json"), json);
            Object[] r = cli("run", exp.toString(), "--out", dir.resolve("out").toString(), "--quiet");
            String err = (String) r[2];
            assertEquals(2, r[0], err.substring(0, Math.min(500, err.length())));
            assertTrue(err.length() < 2_000, json.substring(0, 40) + " gave " + err.length() + " characters: "
                    + err.substring(0, Math.min(500, err.length())));
            assertTrue(err.contains("xxxxxxxxxx…") && err.matches("(?s).* \\((900|40),000 characters\\).*"), err);
        }
    }

    @Test
    void controlCharactersAreShownAsEscapes() {
        assertEquals("\"a\\nb\\tc\\u0007\"", bnlab.data.Quoted.text("a\nb\tc\u0007"));
        assertEquals("\"" + "y".repeat(60) + "…\" (81 characters)", bnlab.data.Quoted.text("y".repeat(81)));
        assertEquals("\"" + "y".repeat(80) + "\"", bnlab.data.Quoted.text("y".repeat(80)));
    }
}

package bnlab.cli;

import static bnlab.cli.RunCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers that parse but cannot be used: JSON values beyond ±1.8e308 (which read as infinity),
 * values past a field's upper bound, CSV features so large that standardizing them overflows.
 * Each is refused before training, naming the field or the CSV column and the bound it broke.
 */
class UnusableValuesTest {
    @TempDir
    Path dir;

    private String refusal(String json) throws Exception {
        Path exp = Files.writeString(dir.resolve("exp.json"), json);
        Path out = dir.resolve("out");
        Object[] r = cli("run", exp.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, r[0], (String) r[2]);
        assertFalse(Files.exists(out), "nothing written");
        return (String) r[2];
    }

    private static String xor(String extra) {
        return "{\"dataset\": {\"source\": \"xor\", \"points\": 40}, \"network\": {\"hidden\": [4]}, \"batchSize\": 8, "
                + "\"steps\": 20, \"evalEvery\": 10" + extra + "}";
    }

    @Test
    void jsonNumbersBeyondTheDoubleRangeAreRefusedByName() throws Exception {
        Map<String, String> cases = Map.of(
                ", \"histograms\": {\"preActivationRange\": 1e400}", "histograms.preActivationRange must be a finite number",
                ", \"optimizer\": {\"learningRate\": 1e309}", "optimizer.learningRate must be a finite number",
                ", \"network\": {\"hidden\": [4], \"initScale\": -1e999}", "network.initScale must be a finite number",
                ", \"optimizer\": {\"gradientClip\": 2e308}", "optimizer.gradientClip must be a finite number");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String json = xor(c.getKey()).replace("\"network\": {\"hidden\": [4]}, ", c.getKey().contains("network")
                    ? "" : "\"network\": {\"hidden\": [4]}, ").replace(", , ", ", ");
            String m = refusal(json);
            assertTrue(m.contains(c.getValue() + " (at most ±1.8e308); got a value beyond that, which reads as infinity"), m);
        }
    }

    @Test
    void rangeMessagesNameTheBoundThatWasBroken() throws Exception {
        assertTrue(refusal(xor(", \"optimizer\": {\"gradientClip\": 1e7}")).contains(
                "optimizer.gradientClip is the largest global norm the gradients may have (0 does not clip), so it must be "
                        + "between 0 and 1000000; got 1.0E7"));
        assertTrue(refusal(xor(", \"histograms\": {\"preActivationRange\": 1e300}"))
                .contains("histograms.preActivationRange must be above 0 and at most 1000000; got 1.0E300"));
        assertTrue(refusal(xor(", \"histograms\": {\"gradientRange\": 0}"))
                .contains("histograms.gradientRange must be above 0 and at most 1000000; got 0.0"));
        assertTrue(refusal(xor(", \"probeSize\": 3000000000")).contains("probeSize must be at most 2147483647; got 3000000000"));
        assertTrue(refusal(xor(", \"probeSize\": -3000000000")).contains("probeSize must be at least -2147483648; got -3000000000"));
    }

    @Test
    void csvFeaturesTooLargeToStandardizeAreRefusedByColumn() throws Exception {
        String[] cells = {"1e308", "-1.5e200", "1e101"};
        for (String cell : cells) {
            StringBuilder csv = new StringBuilder("a,b,label\n");
            for (int i = 0; i < 30; i++) csv.append(i).append(',').append(i % 3 == 0 && i == 12 ? cell : "0.5").append(',')
                    .append(i % 2).append('\n');
            Files.writeString(dir.resolve("big.csv"), csv);
            String m = refusal("{\"dataset\": {\"source\": \"csv\", \"path\": \"big.csv\"}, \"network\": {\"hidden\": [4]}, "
                    + "\"batchSize\": 8, \"steps\": 20, \"evalEvery\": 10}");
            assertTrue(m.contains("big.csv line 14, column 2: \"" + cell + "\" is too large to compute with; feature "
                    + "values must be within ±1.0E100"), m);
        }
    }
}

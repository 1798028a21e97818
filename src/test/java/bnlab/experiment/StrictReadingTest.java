package bnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Experiment files are read strictly, and every problem is reported at once. */
class StrictReadingTest {
    private static List<String> problems(String json) {
        return assertThrows(InvalidExperimentException.class, () -> ExperimentJson.read(json, "e.json")).problems();
    }

    @Test
    void textAfterTheObjectIsRefused() {
        assertEquals(List.of("line 1, column 15: there is text after the experiment's closing }; a file holds one JSON "
                + "object and nothing after it (remove what follows)"), problems("{\"steps\": 10} x"));
        assertEquals(List.of("line 1, column 15: there is text after the experiment's closing }; a file holds one JSON "
                + "object and nothing after it (remove what follows)"), problems("{\"steps\": 10} 12"));
    }

    @Test
    void aSecondObjectIsRefused() {
        assertEquals(List.of("line 2, column 1: a second JSON object follows the experiment; a file holds one experiment "
                + "(to train several side by side, list them under variants)"), problems("{\"steps\": 10}\n{\"steps\": 20}"));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        List<String> p = problems("{\"steps\": 10,\n \"network\": {\"hidden\": [4], \"hidden\": [8]}}");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("line 2, column "), p.get(0));
        assertTrue(p.get(0).endsWith(": hidden is given twice in the same object; keep only one (otherwise it is unclear "
                + "which value is meant)"), p.get(0));
    }

    @Test
    void nullWhereAValueIsExpectedIsRefused() {
        assertEquals(List.of("network.activation is null; give it a value, or leave the field out to get its default",
                "dataset.labelColumn is null; give it a value, or leave the field out to get its default",
                "steps is null; give it a value, or leave the field out to get its default"),
                problems("{\"steps\": null, \"network\": {\"activation\": null},"
                        + " \"dataset\": {\"source\": \"csv\", \"path\": \"a.csv\", \"labelColumn\": null}}"));
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        assertEquals(42, ExperimentJson.read("\uFEFF{\"steps\": 42}", "e.json").steps());
    }

    @Test
    void aTypeErrorDoesNotHideRangeErrors() {
        assertEquals(List.of("steps must be a whole number; got \"many\"",
                "optimizer.learningRate must be above 0 and at most 1000; got -1.0",
                "batchSize must be between 1 and 10000; got 0"),
                problems("{\"steps\": \"many\", \"batchSize\": 0, \"optimizer\": {\"learningRate\": -1}}"));
    }

    @Test
    void aBadEvalEveryIsReportedOnceNotAlsoAsStatsEvery() {
        assertEquals(List.of("evalEvery must be at least 1; got 0"), problems("{\"evalEvery\": 0}"));
        assertEquals(List.of("evalEvery must be at least 1; got 0", "statsEvery must be at least 1; got 0"),
                problems("{\"evalEvery\": 0, \"statsEvery\": 0}"), "both when the user wrote both");
    }

    @Test
    void aSwitchAtOrAfterTheLastStepIsRefused() {
        List<String> p = problems("{\"steps\": 100, \"switches\": [{\"step\": 100, \"enabled\": false}]}");
        assertEquals(List.of("a switch's step must be between 0 and 99 (steps - 1): a switch at the last step or later "
                + "never takes effect; got 100"), p);
    }
}

package bnlab.cli;

import static bnlab.cli.RunCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings that cannot mean what they say for the loaded data are refused with a sentence, before training. */
class DataFitTest {
    @TempDir
    Path dir;

    private Object[] run(String json) throws Exception {
        Path exp = Files.writeString(dir.resolve("e.json"), json);
        return cli("run", exp.toString(), "--out", dir.resolve("out").toString(), "--quiet");
    }

    @Test
    void aTestSetOfOneExampleWithBatchNormIsRefused() throws Exception {
        Object[] r = run("""
                {"dataset": {"source": "digits", "testSize": 1}, "network": {"hidden": [8]},
                 "normalization": {"kind": "batch"}, "batchSize": 8, "steps": 10}
                """);
        assertEquals(2, r[0], (String) r[2]);
        assertEquals("the test set has only 1 example, but batch normalization's statistics are measured on a probe "
                + "of at least 2 test examples (use a larger dataset.testFraction or dataset.testSize, or more data)\n",
                ((String) r[2]).replace("\r", ""));
        assertFalse(Files.exists(dir.resolve("out")));
        assertFalse(Files.exists(dir.resolve("out.incomplete")));
    }

    @Test
    void theSameTestSetWithoutBatchNormTrains() throws Exception {
        Object[] r = run("""
                {"dataset": {"source": "digits", "testSize": 1}, "network": {"hidden": [8]},
                 "normalization": {"kind": "layer"}, "batchSize": 8, "steps": 10}
                """);
        assertEquals(0, r[0], (String) r[2]);
    }

    @Test
    void aBatchLargerThanTheTrainingSetIsRefused() throws Exception {
        Files.writeString(dir.resolve("tiny.csv"), "x,y,label\n1,2,a\n2,3,b\n3,1,a\n4,4,b\n5,2,a\n6,1,b\n");
        Object[] r = run("""
                {"dataset": {"source": "csv", "path": "tiny.csv", "testSize": 2}, "network": {"hidden": [4]},
                 "normalization": {"kind": "batch"}, "batchSize": 8, "steps": 10}
                """);
        assertEquals(2, r[0], (String) r[2]);
        assertTrue(((String) r[2]).contains("batchSize is 8, but the training set has only 4 examples; a batch "
                + "cannot be larger than the data (use a batchSize of at most 4, or more data)"), (String) r[2]);
    }

    @Test
    void aProbeLargerThanTheTestSetIsStated() throws Exception {
        Object[] r = run("""
                {"dataset": {"source": "xor", "points": 100}, "network": {"hidden": [4]},
                 "normalization": {"kind": "batch"}, "batchSize": 8, "steps": 10, "probeSize": 500}
                """);
        assertEquals(0, r[0], (String) r[2]);
        assertTrue(((String) r[2]).contains("note: probeSize is 500, but the test set has 20 examples; the probe uses all 20"),
                (String) r[2]);
    }
}

package bnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A network too large for the heap ends with a sentence naming what to reduce, status 1, no stack trace. */
class OutOfMemoryTest {
    @Test
    void aNetworkTooLargeForTheHeapEndsWithAdvice(@TempDir Path dir) throws Exception {
        Path exp = Files.writeString(dir.resolve("huge.json"), """
                {"dataset": {"source": "digits"},
                 "network": {"hidden": [512, 512, 512, 512, 512, 512, 512, 512, 512, 512]},
                 "normalization": {"kind": "batch"}, "batchSize": 1000, "probeSize": 300, "compare": true, "steps": 10}
                """);
        ForkedCli.Outcome r = ForkedCli.run(dir, "40m", "run", exp.toString(), "--out", dir.resolve("out").toString(),
                "--quiet");
        assertEquals(1, r.status(), r.stderr());
        assertTrue(r.stderr().contains("BatchNorm Lab ran out of memory (Java was given "), r.stderr());
        assertTrue(r.stderr().contains("network.hidden"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), "no stack trace: " + r.stderr());
        assertFalse(Files.exists(dir.resolve("out")), "no results");
        assertFalse(Files.exists(dir.resolve("out.incomplete")), "nothing was measured, so nothing is kept");
    }
}

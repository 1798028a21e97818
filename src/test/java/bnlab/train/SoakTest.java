package bnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A thousand live batch-norm switches and a thousand learning-rate changes while training, with the
 * heap flat. The soak runs in a JVM of its own: in the test JVM, what earlier tests left behind
 * moved the heap's figures by tens of megabytes.
 */
class SoakTest {
    @Test
    void aThousandSwitchesAndRateChangesLeaveTheHeapFlat() throws Exception {
        List<String> command = bnlab.ForkedJvm.command("512m", Soak.class.getName(), "--changes", "1000");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the soak ended");
        assertEquals(0, p.exitValue(), output);
        String report = output.lines().filter(l -> l.startsWith("soak:")).findFirst().orElseThrow(() -> new AssertionError(output));
        System.out.println(report);
        String[] f = output.lines().filter(l -> l.startsWith("figures ")).findFirst().orElseThrow().split(" ");
        long switches = Long.parseLong(f[1]);
        long switchEvents = Long.parseLong(f[2]);
        int eventsKept = Integer.parseInt(f[3]);
        long heapStart = Long.parseLong(f[4]);
        long heapEndWithoutStepLog = Long.parseLong(f[5]);
        assertEquals(1000, switches);
        assertEquals(1000, switchEvents, "every switch applied (the bn network; the plain twin has none)");
        assertTrue(eventsKept <= EventLog.CAPACITY + 64, "the history's events are bounded: " + eventsKept);
        assertTrue(eventsKept >= 1000, "and keep the recent ones: " + eventsKept);
        // The histories fill to their bounds (a few MB); the step log grows by design and is not counted.
        assertTrue(heapEndWithoutStepLog < heapStart + 16_000_000L, "heap flat: " + report);
    }
}

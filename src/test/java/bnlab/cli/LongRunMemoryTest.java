package bnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner streams its rows to disk: a million steps fit in a 64 MB heap, and a run killed with
 * kill -9 leaves what it had measured readable, in a folder marked incomplete.
 */
class LongRunMemoryTest {
    private static final String TINY = """
            {"dataset": {"source": "xor", "points": 40}, "network": {"hidden": [2]},
             "normalization": {"kind": "none"}, "batchSize": 4, "steps": %d, "evalEvery": 100000, "statsEvery": 250000,
             "probeSize": 8}
            """;

    @Test
    void aMillionStepsTrainInA64MegabyteHeap(@TempDir Path dir) throws Exception {
        Path exp = Files.writeString(dir.resolve("tiny.json"), TINY.formatted(1_000_000));
        Path out = dir.resolve("out");
        ForkedCli.Outcome r = ForkedCli.run(dir, "64m", "run", exp.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.status(), r.stderr());
        long rows = 0;
        String last = null;
        try (BufferedReader in = Files.newBufferedReader(out.resolve("metrics.csv"))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows++;
                last = line;
            }
        }
        assertEquals(1 + 1 + 1_000_000, rows, "header, step 0 and every step");
        assertTrue(last.startsWith("1000000,plain,"), last);
        assertFalse(last.endsWith(","), "the last step has its test accuracy: " + last);
    }

    @Test
    void aRunKilledMidwayLeavesReadableRowsMarkedIncomplete(@TempDir Path dir) throws Exception {
        Path exp = Files.writeString(dir.resolve("tiny.json"), TINY.formatted(100_000_000));
        Path out = dir.resolve("out");
        Path incomplete = dir.resolve("out.incomplete");
        Path part = incomplete.resolve("1-plain.metrics.csv");
        Process p = ForkedCli.start(dir, "64m", "run", exp.toString(), "--out", out.toString(), "--quiet");
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while ((!Files.exists(part) || Files.size(part) < 200_000) && System.nanoTime() < end) Thread.sleep(100);
            assertTrue(Files.exists(part) && Files.size(part) >= 200_000, "rows reach the disk while training goes on");
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to tidy up
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertFalse(Files.exists(out), "no results in the results' place");
        assertTrue(Files.readString(incomplete.resolve("INCOMPLETE.txt")).startsWith("This run has not finished"));
        assertTrue(Files.readString(incomplete.resolve("experiment.json")).contains("100000000"));
        String text = Files.readString(part);
        List<String> rows = new ArrayList<>(List.of(text.split("\n", -1)));
        // Every row is handed to the kernel whole, but a write can stop midway when SIGKILL arrives
        // (Linux checks for it between pages), so only the last line may be cut, and then it has no line end.
        rows.remove(rows.size() - 1);
        assertEquals(bnlab.runner.CsvRecorder.METRICS_HEADER, rows.get(0));
        assertTrue(rows.get(1).startsWith("0,plain,,,"), rows.get(1));
        for (int i = 2; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",", -1);
            assertEquals(7, f.length, "whole rows only: " + rows.get(i));
            assertEquals(i - 1, Long.parseLong(f[0]), "every step, in order");
            Double.parseDouble(f[2]);
            Double.parseDouble(f[3]);
        }
    }
}

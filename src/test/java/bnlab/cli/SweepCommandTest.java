package bnlab.cli;

import static bnlab.cli.RunCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    /** Linear (identity) units: at a rate of 1000 the plain network's weights overflow. */
    private static final String SPIRAL = """
            {"name": "tiny spiral", "seed": 3, "dataset": {"source": "spiral", "points": 300},
             "network": {"hidden": [12, 12], "activation": "identity"}, "normalization": {"kind": "batch"},
             "optimizer": {"kind": "sgd", "learningRate": 0.1}, "batchSize": 16, "steps": %d, "compare": true,
             "evalEvery": 40, "statsEvery": 60}
            """;
    private static final String HEADER = "optimizer.learningRate,network,seed,outcome,test_acc,test_loss,tested_step,"
            + "stopped_step,message";

    @Test
    void writesARowPerValueSeedAndNetworkInOrder(@TempDir Path dir) throws Exception {
        Path exp = Files.writeString(dir.resolve("spiral.json"), SPIRAL.formatted(120));
        Path out = dir.resolve("sweep");
        Object[] r = cli("sweep", exp.toString(), "--set", "optimizer.learningRate=0.1,1000", "--seeds", "2", "--out", out.toString());
        assertEquals(0, r[0], (String) r[2]);
        assertTrue(((String) r[2]).contains("Sweeping 8 runs (2 points x 2 seeds x 2 networks)"), (String) r[2]);
        assertTrue(((String) r[2]).contains("100%  8/8 runs"), "progress on stderr: " + r[2]);
        List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(HEADER, rows.get(0));
        assertEquals(1 + 8, rows.size(), rows.toString());
        String[] expected = {"0.1,bn,3,", "0.1,plain,3,", "0.1,bn,4,", "0.1,plain,4,", "1000,bn,3,",
                "1000,plain,3,", "1000,bn,4,", "1000,plain,4,"};
        for (int i = 0; i < expected.length; i++) {
            String row = rows.get(i + 1);
            assertTrue(row.startsWith(expected[i]), "the plan's order: " + row);
            String[] f = row.split(",", 9);
            assertEquals(9, f.length, row);
            if (row.startsWith("0.1,")) {
                assertEquals("trained", f[3], row);
                assertEquals("120", f[6], "tested at the last step: " + row);
                assertEquals("", f[7], row);
                double acc = Double.parseDouble(f[4]);
                assertTrue(acc > 0 && acc <= 1, row);
            } else if (f[1].equals("bn")) {
                assertTrue(List.of("trained", "not learning", "diverged").contains(f[3]), row);
            } else {
                assertEquals("diverged", f[3], "a rate of 1000 blows up the plain network: " + row);
                assertTrue(Long.parseLong(f[7]) >= 1 && Long.parseLong(f[7]) <= 120, row);
                assertTrue(f[8].length() > 10, "why it diverged: " + row);
            }
        }
        assertTrue(Files.readString(out.resolve("experiment.json")).contains("\"learningRate\" : 0.1"));
        assertFalse(Files.exists(dir.resolve("sweep.incomplete")));
        String summary = (String) r[1];
        assertTrue(summary.contains("optimizer.learningRate=0.1\tbn\ttest accuracy mean "), summary);
        assertTrue(summary.contains("optimizer.learningRate=1000\tplain\ttest accuracy mean ") && summary.contains("(2 of 2 diverged)"), summary);
        assertTrue(summary.contains("8 runs: ") && summary.contains(" 0 failed"), summary);

        // The file's seed trains exactly what bnlab run trains.
        Path run = dir.resolve("run");
        assertEquals(0, cli("run", exp.toString(), "--out", run.toString(), "--quiet")[0]);
        List<String> metrics = Files.readAllLines(run.resolve("metrics.csv"));
        for (String network : List.of("bn", "plain")) {
            String last = metrics.stream().filter(l -> l.startsWith("120," + network + ",")).findFirst().orElseThrow();
            String sweepRow = rows.stream().filter(l -> l.startsWith("0.1," + network + ",3,")).findFirst().orElseThrow();
            assertEquals(last.split(",")[4], sweepRow.split(",")[4], "the same final test accuracy as bnlab run for " + network);
        }
    }

    @Test
    void refusesEveryBadInputAtOnceAndWritesNothing(@TempDir Path dir) throws Exception {
        Path exp = Files.writeString(dir.resolve("spiral.json"), SPIRAL.formatted(40));
        Path out = dir.resolve("sweep");
        Object[] r = cli("sweep", exp.toString(), "--set", "optimizer.learningRate=0.1,fast", "--set", "batchSize",
                "--out", out.toString());
        assertEquals(2, r[0]);
        assertEquals("--set optimizer.learningRate: \"fast\" is not a number\n--set batchSize: write the field, =, and its "
                + "values, e.g. --set optimizer.learningRate=0.01,0.1,1\n", ((String) r[2]).replace("\r", ""));
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("sweep.incomplete")));

        r = cli("sweep", exp.toString(), "--set", "batchSize=0,16,1000", "--set", "network.initScale=-1,1", "--out", out.toString());
        assertEquals(2, r[0]);
        String[] lines = ((String) r[2]).split("\\R");
        assertEquals(3, lines.length, (String) r[2]);
        assertTrue(lines[0].startsWith("--set batchSize=0: batchSize must be"), lines[0]);
        assertTrue(lines[1].startsWith("--set batchSize=1000: batchSize is 1000, but the training set has only 240"), lines[1]);
        assertTrue(lines[2].startsWith("--set network.initScale=-1: network.initScale must be"), lines[2]);
        assertFalse(Files.exists(out) || Files.exists(dir.resolve("sweep.incomplete")), "nothing written");

        Files.writeString(dir.resolve("broken.json"), "{\"steps\": -5, \"batchSize\": \"big\"}");
        r = cli("sweep", dir.resolve("broken.json").toString(), "--set", "steps=1,2", "--out", out.toString());
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).startsWith("broken.json: 4 problems:\n  - batchSize must be a whole number; got \"big\""), (String) r[2]);
        assertFalse(Files.exists(out) || Files.exists(dir.resolve("sweep.incomplete")), "nothing written");
    }

    @Test
    void keepsAPreviousSweepUnlessForced(@TempDir Path dir) throws Exception {
        Path exp = Files.writeString(dir.resolve("spiral.json"), SPIRAL.formatted(40));
        Path out = dir.resolve("sweep");
        assertEquals(0, cli("sweep", exp.toString(), "--set", "batchSize=8", "--out", out.toString(), "--quiet")[0]);
        String first = Files.readString(out.resolve("sweep.csv"));
        Object[] r = cli("sweep", exp.toString(), "--set", "batchSize=4", "--out", out.toString(), "--quiet");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("already holds the results of a run (sweep.csv, experiment.json); choose "
                + "another folder, or add --force to replace them"), (String) r[2]);
        assertEquals(first, Files.readString(out.resolve("sweep.csv")), "the previous sweep is untouched");
        assertEquals(0, cli("sweep", exp.toString(), "--set", "batchSize=4", "--out", out.toString(), "--quiet", "--force")[0]);
        List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals("batchSize,network,seed,outcome,test_acc,test_loss,tested_step,stopped_step,message", rows.get(0));
        assertTrue(rows.get(1).startsWith("4,bn,3,trained,"), rows.get(1));
        assertEquals(3, rows.size());
    }

    @Test
    void aSweepKilledMidwayLeavesTheRowsDoneSoFar(@TempDir Path dir) throws Exception {
        Path exp = Files.writeString(dir.resolve("spiral.json"), SPIRAL.formatted(300));
        Path out = dir.resolve("sweep");
        Path streamed = dir.resolve("sweep.incomplete").resolve("sweep.csv");
        Process p = ForkedCli.start(dir, "256m", "sweep", exp.toString(), "--set", "optimizer.learningRate=0.01..1:log40",
                "--seeds", "5", "--out", out.toString(), "--quiet");
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while ((!Files.exists(streamed) || Files.readAllLines(streamed).size() < 4) && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertTrue(Files.readAllLines(streamed).size() >= 4, "rows reach the disk as runs end");
        } finally {
            p.destroyForcibly(); // SIGKILL
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertFalse(Files.exists(out), "no results in the results' place");
        assertTrue(Files.readString(dir.resolve("sweep.incomplete").resolve("INCOMPLETE.txt")).startsWith("This sweep has not finished"));
        List<String> rows = new ArrayList<>(List.of(Files.readString(streamed).split("\n", -1)));
        rows.remove(rows.size() - 1); // only a line without its line end can be cut
        assertEquals(HEADER, rows.get(0));
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", 9);
            assertEquals(9, f.length, "whole rows only: " + row);
            Double.parseDouble(f[0]);
            assertTrue(f[1].equals("bn") || f[1].equals("plain"), row);
        }
        // Kept until looked at: a new sweep there needs --force.
        Object[] r = cli("sweep", exp.toString(), "--set", "batchSize=8", "--out", out.toString(), "--quiet");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("holds the results of a run that did not finish"), (String) r[2]);
    }
}

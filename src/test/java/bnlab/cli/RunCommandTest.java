package bnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    /** Runs the CLI in-process, returning {exit code, stdout, stderr}. */
    static Object[] cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Cli.execute(args);
            return new Object[] {code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void writesMetricsLayersAndEvents(@TempDir Path dir) throws Exception {
        Path exp = dir.resolve("spiral.json");
        Files.writeString(exp, """
                {"name": "spiral with a switch", "seed": 3,
                 "dataset": {"source": "spiral", "points": 300},
                 "network": {"hidden": [12, 12], "activation": "tanh", "init": "xavier", "initScale": 1.0},
                 "normalization": {"kind": "batch"},
                 "optimizer": {"kind": "momentum", "learningRate": 0.05, "momentum": 0.9},
                 "batchSize": 16, "steps": 120, "compare": true, "evalEvery": 40, "statsEvery": 60,
                 "switches": [{"step": 50, "enabled": false}, {"step": 80, "enabled": true}]}
                """);
        Path out = dir.resolve("out");
        Object[] r = cli("run", exp.toString(), "--out", out.toString());
        assertEquals(0, r[0], (String) r[2]);
        assertTrue(((String) r[1]).contains("bn\tfinished after 120 steps"), (String) r[1]);
        assertTrue(((String) r[2]).contains("100% step 120/120"), "progress on stderr: " + r[2]);

        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals("step,network,train_loss,train_acc,test_acc,learning_rate,grad_norm", metrics.get(0));
        assertEquals(1 + 2 * (120 + 1), metrics.size(), "a row per step per network, plus step 0");
        // Step order, bn before plain at each step, as the two threads' rows are merged.
        assertTrue(metrics.get(1).startsWith("0,bn,,,"), metrics.get(1));
        assertTrue(metrics.get(2).startsWith("0,plain,,,"), metrics.get(2));
        assertTrue(metrics.get(81).startsWith("40,bn,"), metrics.get(81));
        assertTrue(metrics.get(82).startsWith("40,plain,"), metrics.get(82));
        assertFalse(Files.exists(dir.resolve("out.incomplete")), "the staging folder is gone once the set is in place");
        try (var files = Files.list(out)) {
            assertEquals(List.of("events.csv", "experiment.json", "landscape.csv", "layers.csv", "metrics.csv"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no part or temporary files left");
        }
        for (String line : metrics.subList(1, metrics.size())) {
            String[] f = line.split(",", -1);
            long step = Long.parseLong(f[0]);
            boolean evaluated = step % 40 == 0 || step == 120;
            assertEquals(evaluated, !f[4].isEmpty(), "test_acc only at evaluations: " + line);
            assertEquals(7, f.length, line);
            if (step > 0) {
                assertEquals(0.05, Double.parseDouble(f[5]), 0.0, "a constant learning rate: " + line);
                assertTrue(Double.parseDouble(f[6]) > 0, "the gradient norm before clipping: " + line);
            } else {
                assertTrue(f[5].isEmpty() && f[6].isEmpty(), "step 0 trains nothing: " + line);
            }
            assertTrue(f[1].equals("bn") || f[1].equals("plain"));
        }

        List<String> layers = Files.readAllLines(out.resolve("layers.csv"));
        assertEquals(bnlab.runner.CsvRecorder.LAYERS_HEADER, layers.get(0));
        // Steps 0, 60, 120; 2 layers × 4 quantities; bn in eval and train mode when BN is on, plain in eval.
        long bnAt60 = layers.stream().filter(l -> l.startsWith("60,bn,")).count();
        assertEquals(2 * 4, bnAt60, "BN is off at step 60: only eval rows");
        long bnAt120 = layers.stream().filter(l -> l.startsWith("120,bn,")).count();
        assertEquals(2 * 4 * 2, bnAt120, "BN back on: eval and train rows");
        assertEquals(2 * 4, layers.stream().filter(l -> l.startsWith("120,plain,")).count());
        String row = layers.stream().filter(l -> l.startsWith("120,bn,2,activation,")).findFirst().orElseThrow();
        String[] f = row.split(",", -1);
        assertEquals(23, f.length, row);
        assertFalse(f[17].isEmpty(), "saturation is reported for tanh activations");
        assertTrue(f[18].isEmpty(), "dead units only make sense for ReLU");

        List<String> events = Files.readAllLines(out.resolve("events.csv"));
        assertEquals("step,network,event,message", events.get(0));
        assertTrue(events.get(1).startsWith("50,bn,normalization_off,"), events.toString());
        assertTrue(events.get(2).startsWith("80,bn,normalization_on,"), events.toString());
        assertTrue(Files.exists(out.resolve("experiment.json")));
    }

    @Test
    void anInvalidExperimentExitsNonZeroAndWritesNothing(@TempDir Path dir) throws Exception {
        Path exp = dir.resolve("bad.json");
        Files.writeString(exp, "{\"batchSize\": 1, \"normalization\": {\"kind\": \"batch\"}, \"stepz\": 3}");
        Path out = dir.resolve("out");
        Object[] r = cli("run", exp.toString(), "--out", out.toString());
        assertNotEquals(0, r[0]);
        assertTrue(((String) r[2]).contains("bad.json: 2 problems:"), (String) r[2]);
        assertTrue(((String) r[2]).contains("stepz is not a known field (did you mean steps?)"), (String) r[2]);
        assertTrue(((String) r[2]).contains("batchSize must be at least 2 with batch normalization"),
                "an unknown field does not hide a value out of range: " + r[2]);
        assertFalse(Files.exists(out), "nothing half-written");

        Files.writeString(exp, "{\"batchSize\": 1, \"normalization\": {\"kind\": \"batch\"}}");
        r = cli("run", exp.toString(), "--out", out.toString());
        assertNotEquals(0, r[0]);
        assertTrue(((String) r[2]).contains("batchSize must be at least 2 with batch normalization"), (String) r[2]);
        assertFalse(Files.exists(out));

        Files.writeString(exp, "{\"dataset\": {\"source\": \"csv\", \"path\": \"missing.csv\"}}");
        r = cli("run", exp.toString(), "--out", out.toString());
        assertNotEquals(0, r[0]);
        assertTrue(((String) r[2]).contains("missing.csv"), (String) r[2]);
        assertFalse(Files.exists(out));
    }
}

package bnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The experiment of Figure 1 of Ioffe &amp; Szegedy (784-100-100-100-10 sigmoid, N(0, 1) weights,
 * SGD 0.5, batch 60, 3,000 steps, Fashion-MNIST subset, compare mode), run through the runner:
 * unit 0 of the last hidden layer keeps a steady input distribution with BN and drifts without.
 */
class Figure1AcceptanceTest {
    @Test
    void batchNormKeepsTheLastHiddenLayersInputSteady(@TempDir Path dir) throws Exception {
        Path exp = dir.resolve("figure1.json");
        Files.writeString(exp, bnlab.experiment.ExperimentJsonTestData.PAPER);
        Path out = dir.resolve("out");
        Object[] r = RunCommandTest.cli("run", exp.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r[0], (String) r[2]);

        List<double[]> bn = new ArrayList<>();
        List<double[]> plain = new ArrayList<>();
        List<String> lines = Files.readAllLines(out.resolve("layers.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int median = header.indexOf("unit0_p50");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (!f[2].equals("3") || !f[3].equals("pre_activation") || !f[19].equals("eval")) continue;
            double[] point = {Double.parseDouble(f[0]), Double.parseDouble(f[median])};
            (f[1].equals("bn") ? bn : plain).add(point);
        }
        assertEquals(31, bn.size());
        assertEquals(31, plain.size());
        double bnBand = range(bn, 500);
        double plainMove = range(plain, 500);
        assertTrue(bnBand < 0.5, "BN's median stays within a band narrower than 0.5 after step 500: " + bnBand);
        assertTrue(plainMove > 1.0, "the plain network's median moves by more than 1 after step 500: " + plainMove);

        double bnAcc = finalTestAccuracy(out, "bn");
        double plainAcc = finalTestAccuracy(out, "plain");
        assertTrue(bnAcc > plainAcc, "BN " + bnAcc + " vs plain " + plainAcc);
    }

    private static double range(List<double[]> points, double fromStep) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] p : points) {
            if (p[0] < fromStep) continue;
            min = Math.min(min, p[1]);
            max = Math.max(max, p[1]);
        }
        return max - min;
    }

    private static double finalTestAccuracy(Path out, String network) throws Exception {
        for (String line : Files.readAllLines(out.resolve("metrics.csv"))) {
            if (line.startsWith("3000," + network + ",")) return Double.parseDouble(line.split(",", -1)[4]);
        }
        throw new AssertionError("no step-3000 row for " + network);
    }
}

package bnlab.lessons;

import bnlab.data.BatchSampler;
import bnlab.data.DatasetSplit;
import bnlab.data.Probe;
import bnlab.experiment.Experiment;
import bnlab.nn.Mode;
import bnlab.stats.Percentiles;
import bnlab.train.RunConfig;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * How far every unit's distribution moves from one statistics measurement to the next: a network
 * trained directly (same configuration and batches as the runner's, so the same weights) and read
 * on the runner's probe as training sees it (batch statistics, and noisy BN's noise of the step).
 * Unit 0 is the one the app follows; this tells whether it is typical.
 */
final class UnitMoves {
    private static final double[] LEVELS = {15, 50, 85};

    private UnitMoves() {}

    /**
     * The median over the units of {@code layer} of each unit's mean move of its 15th, 50th and 85th
     * percentiles of the nonlinearity's output between consecutive measurements.
     */
    static double typical(RunConfig config, DatasetSplit data, Experiment e, int layer) {
        Probe p = BatchSampler.fixedProbe(data.test(), e.probeSize(), e.seed());
        DMatrixRMaj x = DMatrixRMaj.wrap(p.count(), p.featureCount(), p.features());
        DirectRun run = new DirectRun(config, data);
        double[][] before = unitPercentiles(run, x, layer);
        double[] moved = new double[before.length];
        int count = 0;
        for (long step = e.statsEvery(); step <= e.steps(); step += e.statsEvery()) {
            run.trainTo(step);
            double[][] now = unitPercentiles(run, x, layer);
            for (int u = 0; u < now.length; u++) {
                for (int k = 0; k < LEVELS.length; k++) moved[u] += Math.abs(now[u][k] - before[u][k]) / LEVELS.length;
            }
            before = now;
            count++;
        }
        for (int u = 0; u < moved.length; u++) moved[u] /= count;
        Arrays.sort(moved);
        return (moved[(moved.length - 1) / 2] + moved[moved.length / 2]) / 2;
    }

    private static double[][] unitPercentiles(DirectRun run, DMatrixRMaj x, int layer) {
        run.network().forward(x, Mode.TRAIN_NO_UPDATE);
        DMatrixRMaj a = run.network().hiddenLayers().get(layer).activation();
        Percentiles percentiles = new Percentiles();
        double[] column = new double[a.numRows];
        double[][] out = new double[a.numCols][LEVELS.length];
        for (int u = 0; u < a.numCols; u++) {
            for (int r = 0; r < a.numRows; r++) column[r] = a.get(r, u);
            percentiles.compute(column, column.length, 1.0, LEVELS, out[u]);
        }
        return out;
    }
}

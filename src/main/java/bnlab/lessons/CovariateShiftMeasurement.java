package bnlab.lessons;

import bnlab.data.BatchSampler;
import bnlab.data.DatasetException;
import bnlab.data.DatasetSplit;
import bnlab.data.Probe;
import bnlab.experiment.Experiment;
import bnlab.experiment.RunPlan;
import bnlab.nn.Mode;
import bnlab.stats.Percentiles;
import bnlab.stats.Quantity;
import bnlab.stats.Series;
import bnlab.train.RunConfig;
import bnlab.train.RunHistory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.ejml.data.DMatrixRMaj;

/**
 * Lesson 1, Figure 1 of Ioffe &amp; Szegedy: how far the input distribution of a sigmoid in the last
 * hidden layer moves during training. Read "as training sees it": for the BN network the probe is
 * normalized with its own batch statistics (in eval mode at step 0 the running averages still hold
 * their starting values 0 and 1, so that view would show the raw, unnormalized input).
 */
final class CovariateShiftMeasurement implements LessonMeasurement {
    static final String ID = "01-covariate-shift";
    /** "Stays put" means moving less than a third as far as without BN. */
    static final double FACTOR = 3;

    @Override
    public String lessonId() {
        return ID;
    }

    @Override
    public List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException {
        Experiment e = context.experiment(ID);
        e = e.withSteps(context.pick(e.steps(), 1000));
        RunnerResult r = RunnerResult.train(e, context, context.dir(ID));
        int last = e.network().hidden().size() - 1;
        Series bn = r.history("bn").percentiles(true, last, Quantity.PRE_ACTIVATION);
        Series plain = r.history("plain").percentiles(false, last, Quantity.PRE_ACTIVATION);
        String layer = "hidden layer " + (last + 1);
        List<ClaimRow> rows = new ArrayList<>();
        String[] names = {"15th", "50th", "85th"};
        for (int k = 0; k < 3; k++) {
            rows.add(row(layer + ", unit 0: largest move of the " + names[k] + " percentile of its sigmoid input from step 0",
                    bn, plain, RunHistory.UNIT_P15 + k));
        }
        // The same reading as the guided question of step 2 (Measure.MEDIAN_MOVE).
        double pooledWith = Measure.MEDIAN_MOVE.read(r.get("bn"), last + 1, 0);
        double pooledWithout = Measure.MEDIAN_MOVE.read(r.get("plain"), last + 1, 0);
        rows.add(new ClaimRow(ID, layer + ", all units pooled (the histogram): largest move of the median sigmoid input"
                + " from step 0 (holds if under a third as far with BN)", pooledWith, pooledWithout,
                pooledWith * FACTOR < pooledWithout));
        rows.add(typicalUnit(context, e, last, layer));
        return rows;
    }

    /**
     * Unit 0 is the one the app follows; this checks that it is not a lucky pick. The twins are
     * trained again directly (same configuration, same batches, so the same weights) and every
     * unit's median input is read on the runner's probe, as training sees it.
     */
    private static ClaimRow typicalUnit(MeasurementContext context, Experiment e, int last, String layer)
            throws DatasetException, InterruptedException {
        DatasetSplit data = context.data(e);
        Probe p = BatchSampler.fixedProbe(data.test(), e.probeSize(), e.seed());
        DMatrixRMaj x = DMatrixRMaj.wrap(p.count(), p.featureCount(), p.features());
        List<Callable<Double>> tasks = new ArrayList<>();
        for (RunConfig twin : RunPlan.runs(e, data, false)) {
            tasks.add(() -> {
                DirectRun run = new DirectRun(twin, data);
                double[] start = unitMedians(run, x, last);
                double[] most = new double[start.length];
                for (long step = e.statsEvery(); step <= e.steps(); step += e.statsEvery()) {
                    run.trainTo(step);
                    double[] now = unitMedians(run, x, last);
                    for (int u = 0; u < now.length; u++) most[u] = Math.max(most[u], Math.abs(now[u] - start[u]));
                }
                Arrays.sort(most);
                return (most[(most.length - 1) / 2] + most[most.length / 2]) / 2;
            });
        }
        List<Double> typical = InParallel.run(tasks);
        return new ClaimRow(ID, layer + ", every unit: the median over units of the largest move of a unit's median sigmoid input"
                + " from step 0 (holds if under a third as far with BN)", typical.get(0), typical.get(1),
                typical.get(0) * FACTOR < typical.get(1));
    }

    /** Each unit's median input to the nonlinearity over the probe (batch statistics for BN, as in training). */
    private static double[] unitMedians(DirectRun run, DMatrixRMaj x, int layer) {
        run.network().forward(x, Mode.TRAIN_NO_UPDATE);
        DMatrixRMaj pre = run.network().hiddenLayers().get(layer).preActivation();
        Percentiles percentiles = new Percentiles();
        double[] column = new double[pre.numRows];
        double[] median = new double[1];
        double[] out = new double[pre.numCols];
        for (int u = 0; u < pre.numCols; u++) {
            for (int r = 0; r < pre.numRows; r++) column[r] = pre.get(r, u);
            percentiles.compute(column, column.length, 1.0, new double[] {50}, median);
            out[u] = median[0];
        }
        return out;
    }

    private static ClaimRow row(String what, Series bn, Series plain, int field) {
        double with = Curves.largestMove(bn, field);
        double without = Curves.largestMove(plain, field);
        return new ClaimRow(ID, what + " (holds if under a third as far with BN)", with, without,
                with * FACTOR < without);
    }
}

package bnlab.ui;

import bnlab.data.AtomicFiles;
import bnlab.stats.Series;
import bnlab.train.RunSnapshot;
import bnlab.train.StepLog;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.function.DoubleConsumer;

/**
 * Exports what the app has measured as metrics.csv in the runner's format
 * (step,network,train_loss,train_acc,test_acc,learning_rate,grad_norm): every step, from the run's step log (the charts'
 * history thins old steps; the export does not). Past {@link bnlab.train.StepLog#MAX_STEPS} steps
 * only the charts' thinned history is left, and that is what is written for them.
 */
final class CsvExport {
    private CsvExport() {}

    static void writeMetrics(List<RunSnapshot> runs, Path file) throws IOException {
        writeMetrics(runs, file, f -> {});
    }

    /**
     * Writes on the calling thread (the app calls it off the JavaFX thread: millions of rows take
     * seconds), reporting the share done, 0 to 1, every {@value #PROGRESS_EVERY} rows.
     */
    static void writeMetrics(List<RunSnapshot> runs, Path file, DoubleConsumer progress) throws IOException {
        List<Rows> all = runs.stream().map(Rows::new).toList();
        long total = all.stream().mapToLong(Rows::count).sum();
        AtomicFiles.writeText(file, w -> {
            w.write(bnlab.runner.CsvRecorder.METRICS_HEADER + "\n");
            // Rows by step, then network in the session's order, as the runner writes them.
            long written = 0;
            while (true) {
                Rows next = null;
                for (Rows r : all) if (r.hasNext() && (next == null || r.step() < next.step())) next = r;
                if (next == null) break;
                next.write(w);
                if (++written % PROGRESS_EVERY == 0) progress.accept((double) written / Math.max(1, total));
            }
            progress.accept(1.0);
        });
    }

    private static final int PROGRESS_EVERY = 1 << 16;

    /** One network's rows in step order: step 0 (test only), the logged steps, then any thinned ones past the log. */
    private static final class Rows {
        private final String network;
        private final StepLog.View log;
        private final Series thinned;
        private final Map<Long, Double> test = new HashMap<>();
        private long step;
        private int thinnedIndex;

        Rows(RunSnapshot s) {
            network = bnlab.runner.CsvRecorder.field(s.name()); // quoted if it holds a comma ("LN, rate 0.01")
            log = s.steps();
            thinned = s.history().metrics();
            Series t = s.history().test();
            for (int i = 0; i < t.size(); i++) test.put((long) t.get(i, 0), t.get(i, 2));
            step = test.containsKey(0L) ? 0 : 1;
            while (thinnedIndex < thinned.size() && thinned.get(thinnedIndex, 0) <= log.steps()) thinnedIndex++;
        }

        /** The rows this network will write. */
        long count() {
            int from = thinnedIndex;
            return (test.containsKey(0L) ? 1 : 0) + log.steps() + (thinned.size() - from);
        }

        boolean hasNext() {
            return step <= log.steps() || thinnedIndex < thinned.size();
        }

        long step() {
            return step <= log.steps() ? step : (long) thinned.get(thinnedIndex, 0);
        }

        void write(Writer w) throws IOException {
            long at = step();
            Double testAccuracy = test.get(at);
            String t = testAccuracy == null ? "" : num(testAccuracy);
            if (at == 0) {
                w.write("0," + network + ",,," + t + ",,\n");
            } else if (at <= log.steps()) {
                w.write(at + "," + network + "," + num(log.loss(at)) + "," + num(log.accuracy(at)) + "," + t + ","
                        + num(log.learningRate(at)) + "," + num(log.gradientNorm(at)) + "\n");
            } else {
                w.write(at + "," + network + "," + num(thinned.get(thinnedIndex, 1)) + ","
                        + num(thinned.get(thinnedIndex, 2)) + "," + t + ","
                        + num(thinned.get(thinnedIndex, bnlab.train.RunHistory.LEARNING_RATE)) + ","
                        + num(thinned.get(thinnedIndex, bnlab.train.RunHistory.GRADIENT_NORM)) + "\n");
                thinnedIndex++;
                return;
            }
            step++;
        }
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}

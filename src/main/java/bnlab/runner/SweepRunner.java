package bnlab.runner;

import bnlab.experiment.ExperimentJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code bnlab sweep} without its argument parsing: trains a plan, streaming {@code sweep.csv} into
 * the folder's staging area ({@code DIR.incomplete}) as runs end, then moves the complete set
 * ({@code sweep.csv}, {@code experiment.json}) into place. A sweep that is killed leaves the rows done
 * so far in {@code DIR.incomplete}; one whose file cannot be written leaves {@code DIR} as it was.
 */
public final class SweepRunner {
    /** The files of a complete sweep. */
    public static final List<String> FILES = List.of(SweepCsv.FILE, "experiment.json");
    public static final String INCOMPLETE_NOTE = """
            This sweep has not finished: it is still training, or it was stopped before the end
            (killed, out of memory). sweep.csv here holds one row for every run that had ended, in the
            order they ended; if its last line has no line end, it was being written when the sweep
            stopped: ignore it. A sweep that finishes moves its results to %s and removes this folder.
            """;

    private SweepRunner() {}

    /** What a finished sweep reports: every run's row, in the plan's order. */
    public record Result(SweepPlan plan, List<SweepRow> rows) {
        /** 0 when every run ended on its own (diverging is a result), 1 when an internal error stopped one. */
        public int exitStatus() {
            return rows.stream().anyMatch(r -> r.outcome() == SweepRow.Outcome.FAILED) ? 1 : 0;
        }

        public String summary() {
            long diverged = rows.stream().filter(r -> r.outcome() == SweepRow.Outcome.DIVERGED).count();
            long stalled = rows.stream().filter(r -> r.outcome() == SweepRow.Outcome.NOT_LEARNING).count();
            long failed = rows.stream().filter(r -> r.outcome() == SweepRow.Outcome.FAILED).count();
            return SweepSummary.text(plan.axes(), SweepSummary.cells(rows)) + String.format(Locale.ROOT,
                    "%d runs: %d trained, %d diverged, %d not learning, %d failed%n", rows.size(),
                    rows.size() - diverged - stalled - failed, diverged, stalled, failed);
        }
    }

    /** Opens the folder a sweep writes to (before anything else, so a bad folder fails at once). */
    public static ResultsFolder open(Path out, boolean replace) throws ResultsFolder.Refused {
        return ResultsFolder.open(out, replace, FILES, INCOMPLETE_NOTE);
    }

    /**
     * Trains every run of the plan; {@code progress} (may be null) shows a bar. On an error writing
     * the files the staging folder is removed and the exception thrown.
     */
    public static Result run(SweepPlan plan, ResultsFolder folder, PrintStream progress)
            throws IOException, InterruptedException {
        return run(plan, folder, progress, new Sweep(plan));
    }

    static Result run(SweepPlan plan, ResultsFolder folder, PrintStream progress, Sweep sweep)
            throws IOException, InterruptedException {
        SweepCsv csv;
        try {
            ExperimentJson.write(plan.experiment().withDataset(plan.experiment().dataset().withDefaults()),
                    folder.staging().resolve("experiment.json"));
            csv = new SweepCsv(folder.staging(), plan.axes());
        } catch (IOException e) {
            folder.abandon();
            throw e;
        }
        AtomicReference<List<SweepRow>> rows = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                rows.set(sweep.run(csv));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                thrown.set(e);
            }
        }, "sweep-runner");
        worker.setDaemon(true);
        worker.start();
        ProgressBar bar = progress == null ? null : new ProgressBar(progress, 0);
        try {
            while (worker.isAlive()) {
                worker.join(100);
                if (csv.failure() != null) sweep.cancel(); // a full disk: no point training on
                if (bar != null) bar.show(sweep.progress().fraction(), () -> line(sweep.progress()));
            }
        } catch (InterruptedException e) {
            sweep.cancel();
            csv.close();
            throw e; // the rows done so far stay in the .incomplete folder
        }
        if (bar != null) bar.finish(line(sweep.progress()));
        try {
            if (csv.failure() != null) throw csv.failure();
            if (thrown.get() instanceof RuntimeException r) throw r;
            if (thrown.get() instanceof Error err) throw err;
            csv.finish(rows.get());
            folder.commit();
            return new Result(plan, rows.get());
        } catch (IOException e) {
            csv.close();
            folder.abandon(); // nothing half-written: the previous results stay as they were
            throw e;
        }
    }

    private static String line(Sweep.Progress p) {
        return String.format(Locale.ROOT, "%s  %d/%d runs   ", ProgressBar.bar(p.fraction()), p.done(), p.total());
    }
}

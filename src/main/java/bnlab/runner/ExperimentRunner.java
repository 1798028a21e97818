package bnlab.runner;

import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import bnlab.experiment.RunPlan;
import bnlab.train.RunConfig;
import bnlab.train.RunListener;
import bnlab.train.RunSnapshot;
import bnlab.train.RunState;
import bnlab.train.Session;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Trains an experiment to the end without a window and writes its CSV files: what
 * {@code bnlab run} does, and what the lessons' measurements reuse.
 */
public final class ExperimentRunner {
    private ExperimentRunner() {}

    /** How an experiment ended, as {@code bnlab run}'s exit status says it. */
    public enum Outcome {
        /** Every network trained to the last step and learned: status 0. */
        TRAINED(0),
        /** Every network reached its end, but one diverged or was not learning: status 3. */
        NOT_TRAINED(3),
        /** A network's training stopped by an internal error: status 1. */
        FAILED(1);

        private final int status;

        Outcome(int status) {
            this.status = status;
        }

        public int exitStatus() {
            return status;
        }
    }

    /**
     * What a finished run reports.
     *
     * @param finals     each network's last snapshot
     * @param incomplete where the rows measured so far are, when a network failed (the set was not
     *                   moved into place); null otherwise
     */
    public record Result(List<RunSnapshot> finals, Path incomplete) {
        public Result(List<RunSnapshot> finals) {
            this(finals, null);
        }

        public Outcome outcome() {
            Outcome o = Outcome.TRAINED;
            for (RunSnapshot s : finals) {
                if (s.state() == RunState.FAILED) return Outcome.FAILED;
                if (s.state() != RunState.FINISHED || s.stall() != null) o = Outcome.NOT_TRAINED;
            }
            return o;
        }

        public String summary() {
            StringBuilder b = new StringBuilder();
            for (RunSnapshot s : finals) {
                double acc = s.history().test().last(2);
                String how = switch (s.state()) {
                    case DIVERGED -> "diverged";
                    case FAILED -> "failed";
                    default -> s.stall() != null ? "not learning" : "finished";
                };
                b.append(String.format(Locale.ROOT, "%s\t%s after %d steps\ttest accuracy %.4f%n", s.name(), how,
                        s.step(), acc));
                var t = s.timing();
                b.append(String.format(Locale.ROOT,
                        "  time: training %.2f s, statistics %.2f s (%.1f%% of training), test evaluation %.2f s (%.1f%%)%n",
                        t.trainNanos() / 1e9, t.statsNanos() / 1e9, 100 * t.statsShare(), t.testNanos() / 1e9,
                        100 * t.testShare()));
                if (s.state() == RunState.DIVERGED || s.state() == RunState.FAILED) {
                    b.append("  ").append(s.message()).append('\n');
                } else if (s.stall() != null) {
                    b.append("  ").append(s.stall().english()).append('\n');
                }
            }
            return b.toString();
        }
    }

    /**
     * Trains to the end and writes the CSV files into {@code out}, replacing results already there;
     * {@code progress} may be null.
     */
    public static Result run(Experiment experiment, DatasetSplit data, Path out, PrintStream progress)
            throws IOException, InterruptedException {
        ResultsFolder folder;
        try {
            folder = ResultsFolder.open(out, true);
        } catch (ResultsFolder.Refused e) {
            throw new IOException(e.getMessage(), e);
        }
        return run(experiment, data, folder, progress);
    }

    /**
     * Trains to the end, streaming the rows into the folder's staging area, then moves the complete
     * set into place. If the files cannot be written the staging area is removed and the previous
     * results stay as they were.
     */
    public static Result run(Experiment experiment, DatasetSplit data, ResultsFolder folder, PrintStream progress)
            throws IOException, InterruptedException {
        return run(experiment, data, folder, progress, null);
    }

    /** As above, with {@code also} hearing every measurement after the CSV files (tests use it to inject a fault). */
    static Result run(Experiment experiment, DatasetSplit data, ResultsFolder folder, PrintStream progress,
            RunListener also) throws IOException, InterruptedException {
        try (folder) { // the folder is this run's until it ends, however it ends
            return runInto(experiment, data, folder, progress, also);
        }
    }

    private static Result runInto(Experiment experiment, DatasetSplit data, ResultsFolder folder, PrintStream progress,
            RunListener also) throws IOException, InterruptedException {
        List<RunConfig> configs = RunPlan.runs(experiment, data, false);
        CsvRecorder recorder;
        try {
            // Every field as used, the dataset's defaults too, so the file alone says what was run.
            ExperimentJson.write(experiment.withDataset(experiment.dataset().withDefaults()),
                    folder.staging().resolve("experiment.json"));
            recorder = new CsvRecorder(configs.stream().map(RunConfig::name).toList(), folder.staging());
        } catch (IOException e) {
            folder.abandon();
            throw e;
        }
        RunListener listener = also == null ? recorder : new TwoListeners(recorder, also);
        boolean started = false;
        try (Session session = new Session(configs, data, listener)) {
            session.start(true);
            started = true;
            ProgressBar bar = progress == null ? null : new ProgressBar(progress, experiment.steps());
            while (!session.isDone() && recorder.failure() == null) {
                Thread.sleep(100);
                if (bar != null) bar.show(session.snapshots());
            }
            for (var r : session.runs()) {
                r.stop();
                r.join(5000);
            }
            if (recorder.failure() != null) throw recorder.failure();
            if (bar != null) bar.finish(session.snapshots());
            Result failed = new Result(session.snapshots(), folder.staging());
            if (failed.outcome() == Outcome.FAILED) { // not a complete set: leave it marked incomplete
                recorder.closeAll();
                return failed;
            }
            recorder.finish();
            folder.commit();
            return new Result(session.snapshots());
        } catch (IOException e) {
            recorder.closeAll();
            folder.abandon(); // nothing half-written: the previous results stay as they were
            throw e;
        } catch (InterruptedException | RuntimeException | Error e) { // e.g. out of memory
            recorder.closeAll();
            if (started) throw e; // what was measured stays readable in the .incomplete folder
            folder.abandon(); // the networks could not even be built: there is nothing to keep
            throw e;
        }
    }
}

package bnlab.runner;

import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import bnlab.experiment.RunPlan;
import bnlab.train.RunConfig;
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

    /** What a finished run reports. */
    public record Result(List<RunSnapshot> finals) {
        public String summary() {
            StringBuilder b = new StringBuilder();
            for (RunSnapshot s : finals) {
                double acc = s.history().test().last(2);
                b.append(String.format(Locale.ROOT, "%s\t%s after %d steps\ttest accuracy %.4f%n", s.name(),
                        s.state() == RunState.DIVERGED ? "diverged" : "finished", s.step(), acc));
                var t = s.timing();
                b.append(String.format(Locale.ROOT,
                        "  time: training %.2f s, statistics %.2f s (%.1f%% of training), test evaluation %.2f s (%.1f%%)%n",
                        t.trainNanos() / 1e9, t.statsNanos() / 1e9, 100 * t.statsShare(), t.testNanos() / 1e9,
                        100 * t.testShare()));
                if (s.state() == RunState.DIVERGED) b.append("  ").append(s.message()).append('\n');
                else if (s.stall() != null) b.append("  ").append(s.stall().english()).append('\n');
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
        List<RunConfig> configs = RunPlan.runs(experiment, data, false);
        CsvRecorder recorder;
        try {
            ExperimentJson.write(experiment, folder.staging().resolve("experiment.json"));
            recorder = new CsvRecorder(configs.stream().map(RunConfig::name).toList(), folder.staging());
        } catch (IOException e) {
            folder.abandon();
            throw e;
        }
        try (Session session = new Session(configs, data, recorder)) {
            session.start(true);
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
            recorder.finish();
            folder.commit();
            return new Result(session.snapshots());
        } catch (IOException e) {
            recorder.closeAll();
            folder.abandon(); // nothing half-written: the previous results stay as they were
            throw e;
        } catch (InterruptedException | RuntimeException e) {
            recorder.closeAll(); // what was measured stays readable in the .incomplete folder
            throw e;
        }
    }
}

package bnlab.cli;

import bnlab.data.DatasetException;
import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import bnlab.experiment.InvalidExperimentException;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Trains an experiment file without a window and writes its measurements as CSV. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Train the experiment described by EXPERIMENT.json without a window, showing progress on stderr,",
                "and write DIR/metrics.csv, DIR/layers.csv, DIR/events.csv and DIR/experiment.json."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT.json", description = "The experiment file.")
    Path experimentFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the CSV files (created if missing).")
    Path out;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Experiment experiment;
        DatasetSplit data;
        try {
            experiment = ExperimentJson.read(experimentFile);
            Path base = experimentFile.toAbsolutePath().getParent();
            data = DatasetLoader.load(experiment.dataset(), experiment.seed(), base);
        } catch (InvalidExperimentException | DatasetException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            Result r = run(experiment, data, out, quiet ? null : err);
            System.out.print(r.summary());
            return 0;
        } catch (IOException e) {
            err.println("Could not write the results to " + out + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** What a finished run reports. */
    public record Result(List<RunSnapshot> finals) {
        String summary() {
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
            }
            return b.toString();
        }
    }

    /** Trains to the end and writes the CSV files; {@code progress} may be null. */
    public static Result run(Experiment experiment, DatasetSplit data, Path out, PrintStream progress)
            throws IOException, InterruptedException {
        List<RunConfig> configs = RunPlan.runs(experiment, data, false);
        CsvRecorder recorder = new CsvRecorder(configs.stream().map(RunConfig::name).toList());
        try (Session session = new Session(configs, data, recorder)) {
            session.start(true);
            ProgressBar bar = progress == null ? null : new ProgressBar(progress, experiment.steps());
            while (!session.isDone()) {
                Thread.sleep(100);
                if (bar != null) bar.show(session.snapshots());
            }
            if (bar != null) bar.finish(session.snapshots());
            for (var r : session.runs()) {
                r.stop();
                r.join(5000);
            }
            recorder.writeTo(out);
            ExperimentJson.write(experiment, out.resolve("experiment.json"));
            return new Result(session.snapshots());
        }
    }
}

package bnlab.cli;

import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.runner.ExperimentRunner;
import bnlab.runner.ResultsFolder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Trains an experiment file without a window and writes its measurements as CSV. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Train an experiment without a window and write its measurements as CSV.",
                "Shows a progress bar on stderr; writes DIR/metrics.csv, DIR/layers.csv, DIR/events.csv and",
                "DIR/experiment.json. An invalid experiment exits with status 2 and writes nothing."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT.json", description = "The experiment file.")
    Path experimentFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the CSV files (created if missing).")
    Path out;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--debug", description = "On an internal error, print its stack trace too.")
    boolean debug;

    @Option(names = "--force", description = "Replace the results already in DIR (or an interrupted run's DIR.incomplete).")
    boolean force;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        bnlab.train.FailureLog.echoToStderr(debug);
        ResultsFolder folder;
        try {
            folder = ResultsFolder.open(out, force); // before anything else: a bad folder fails at once
        } catch (ResultsFolder.Refused e) {
            err.println(e.getMessage());
            return 2;
        }
        ExperimentInput input = ExperimentInput.load(experimentFile, err);
        if (input == null) {
            folder.abandon();
            return 2;
        }
        Experiment experiment = input.experiment();
        DatasetSplit data = input.data();
        try {
            ExperimentRunner.Result r = ExperimentRunner.run(experiment, data, folder, quiet ? null : err);
            System.out.print(r.summary());
            if (r.outcome() == ExperimentRunner.Outcome.FAILED) {
                err.println("Training failed; nothing was written to " + out + ". What was measured until then is in "
                        + r.incomplete() + " (details of the error: " + bnlab.train.FailureLog.file() + ").");
            }
            return r.outcome().exitStatus();
        } catch (IOException e) {
            err.println("Could not write the results to " + out + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

}

package bnlab.cli;

import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import bnlab.experiment.InvalidExperimentException;
import bnlab.runner.ResultsFolder;
import bnlab.runner.SweepAxis;
import bnlab.runner.SweepPlan;
import bnlab.runner.SweepRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Trains an experiment at every value of one or more fields (and several seeds) and writes sweep.csv. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Train an experiment at every value of a field (two or more --set: every combination),",
                "each variant (or the BN/plain twins of a compare experiment) at each seed, using every core.",
                "Writes DIR/sweep.csv (a row per run, as runs end) and DIR/experiment.json.",
                "An invalid field, value or experiment exits with status 2 and writes nothing."})
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT.json", description = "The experiment file.")
    Path experimentFile;

    @Option(names = "--set", required = true, paramLabel = "FIELD=VALUES",
            description = {"A number field by its place in the file (optimizer.learningRate, batchSize, network.initScale,",
                    "network.hidden[0], or network.depth for the number of hidden layers) and its values: numbers",
                    "separated by commas and/or ranges FROM..TO:COUNT (evenly spaced) or FROM..TO:logCOUNT",
                    "(evenly on a log scale), e.g. optimizer.learningRate=0.01..30:log12. Repeat for a grid."})
    List<String> settings = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "1",
            description = "Train each point at N seeds: the file's seed, +1, ..., +N-1 (default 1: the file's seed alone).")
    int seeds;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for sweep.csv (created if missing).")
    Path out;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--debug", description = "On an internal error, print its stack trace too.")
    boolean debug;

    @Option(names = "--force", description = "Replace a sweep already in DIR (or an interrupted sweep's DIR.incomplete).")
    boolean force;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        bnlab.train.FailureLog.echoToStderr(debug);
        List<String> problems = new ArrayList<>();
        ResultsFolder folder = null;
        try {
            folder = SweepRunner.open(out, force);
        } catch (ResultsFolder.Refused e) {
            problems.add(e.getMessage());
        }
        List<SweepAxis> axes = new ArrayList<>();
        for (String s : settings) {
            try {
                axes.add(SweepAxis.parse(s));
            } catch (SweepAxis.BadSetting e) {
                problems.add(e.getMessage());
            }
        }
        Experiment experiment = null;
        try {
            experiment = ExperimentJson.read(experimentFile);
        } catch (InvalidExperimentException e) {
            problems.add(e.getMessage());
        }
        SweepPlan plan = null;
        if (problems.isEmpty()) {
            try {
                plan = SweepPlan.of(experiment, experimentFile.toAbsolutePath().getParent(), axes, seeds);
            } catch (SweepPlan.Invalid e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            if (folder != null) folder.abandon();
            problems.forEach(err::println);
            return 2;
        }
        if (!quiet) {
            err.printf("Sweeping %d runs (%d points x %d seeds x %d networks) on %d threads%n", plan.runs().size(),
                    plan.points().size(), plan.seeds(), plan.networks().size(),
                    Math.min(Runtime.getRuntime().availableProcessors(), plan.runs().size()));
        }
        try {
            SweepRunner.Result r = SweepRunner.run(plan, folder, quiet ? null : err);
            System.out.print(r.summary());
            if (r.exitStatus() != 0) {
                err.println("An internal error stopped a run (its row says failed; details: " + bnlab.train.FailureLog.file() + ").");
            }
            return r.exitStatus();
        } catch (IOException e) {
            err.println("Could not write the sweep to " + out + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}

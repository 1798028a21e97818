package bnlab.cli;

import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import bnlab.experiment.InvalidExperimentException;
import bnlab.export.ExportException;
import bnlab.export.TorchExport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes an experiment as a PyTorch script that repeats the app's run and checks it step by step. */
@Command(name = "export-torch", mixinStandardHelpOptions = true,
        description = {"Export an experiment as a PyTorch script that trains the same networks and checks",
                "them against the app at every step: run it with python3 DIR/train.py.",
                "Trains the experiment with the engine first (progress on stderr) to write DIR/expected.csv.",
                "Writes DIR/train.py, DIR/run.npz, DIR/expected.csv, DIR/experiment.json and the data.",
                "Exit status 2: an invalid experiment or folder (nothing written); 1: the files cannot be written."})
public final class ExportTorchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT.json", description = "The experiment file.")
    Path experimentFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the export (created).")
    Path out;

    @Option(names = "--force", description = "Replace what DIR already holds.")
    boolean force;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Experiment experiment;
        try {
            experiment = ExperimentJson.read(experimentFile);
        } catch (InvalidExperimentException e) {
            err.println(e.getMessage());
            return 2;
        }
        long total = TorchExport.totalSteps(experiment);
        long[] shown = {-1};
        try {
            TorchExport.Result r = TorchExport.export(experiment, experimentFile.toAbsolutePath().getParent(), out, force,
                    done -> {
                        long tenth = total == 0 ? 10 : 10 * done / total;
                        if (tenth != shown[0]) {
                            shown[0] = tenth;
                            err.printf(Locale.ROOT, "training with the engine: %d of %d steps%n", done, total);
                        }
                    });
            r.notes().forEach(n -> err.println("Not exactly as in the app: " + n));
            System.out.printf(Locale.ROOT, "Exported %d %s (%d steps) to %s%nRun: python3 %s%n", r.networks(),
                    r.networks() == 1 ? "network" : "networks", r.steps(), r.dir(), r.dir().resolve("train.py"));
            return 0;
        } catch (ExportException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("Could not write the export to " + out + ": " + e.getMessage());
            return 1;
        }
    }
}

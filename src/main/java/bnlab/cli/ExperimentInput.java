package bnlab.cli;

import bnlab.data.DatasetException;
import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSplit;
import bnlab.experiment.DataFit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import bnlab.experiment.InvalidExperimentException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An experiment file given on the command line, read with its data and checked against it, the
 * way {@code run} and a scripted {@code app --record} need it before they start: every problem
 * becomes a sentence on stderr, never a dialog that waits for a person.
 */
record ExperimentInput(Experiment experiment, DatasetSplit data) {

    /** The experiment and its data, or null after printing why they cannot be used. */
    static ExperimentInput load(Path file, PrintStream err) {
        try {
            Experiment experiment = ExperimentJson.read(file);
            DatasetSplit data = DatasetLoader.load(experiment.dataset(), experiment.seed(), baseFolder(file));
            DataFit.check(experiment, data);
            DataFit.notes(experiment, data).forEach(err::println);
            return new ExperimentInput(experiment, data);
        } catch (InvalidExperimentException | DatasetException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    /**
     * Where an experiment's relative data paths start: its file's folder, or the current folder
     * for one that came through a pipe ({@code run <(…)}), whose "folder" means nothing to the user.
     */
    static Path baseFolder(Path file) {
        Path absolute = file.toAbsolutePath();
        String copies = System.getProperty(PIPE_COPIES_PROPERTY);
        if (!Files.isRegularFile(absolute) || absolute.getParent() == null
                || copies != null && !copies.isEmpty() && absolute.startsWith(Path.of(copies))) {
            return Path.of("").toAbsolutePath();
        }
        return absolute.getParent();
    }

    /** Set by {@code bnlab.VectorRelaunch} to the folder where it saved what arguments naming pipes held. */
    static final String PIPE_COPIES_PROPERTY = "bnlab.pipeCopies";
}

package bnlab.export;

import bnlab.data.AtomicFiles;
import bnlab.data.DatasetException;
import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSplit;
import bnlab.experiment.DataFit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import bnlab.experiment.RunPlan;
import bnlab.experiment.Variants;
import bnlab.runner.ResultsFolder;
import bnlab.train.RunConfig;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Exports an experiment as a folder a student runs with {@code python3 DIR/train.py}: the script,
 * the data, run.npz (initial weights, batches, dropout masks and final weights of the app's run)
 * and expected.csv (the app's loss at every step and test loss and accuracy at every evaluation).
 * The engine trains the experiment here to produce them. The folder appears whole or not at all:
 * it is written beside {@code out} and renamed when complete.
 */
public final class TorchExport {
    /** What was written, and what the script does not repeat exactly (one sentence each). */
    public record Result(Path dir, long steps, int networks, List<String> notes) {}

    private TorchExport() {}

    /**
     * @param baseDir  the experiment file's folder (relative data paths resolve against it); null for the working directory
     * @param replace  whether a folder that already holds files may be replaced
     * @param progress hears the steps trained so far, out of {@link #totalSteps}
     * @throws ExportException with a sentence for the user
     */
    public static Result export(Experiment e, Path baseDir, Path out, boolean replace, LongConsumer progress)
            throws ExportException, IOException {
        if (e.steps() <= 0) {
            throw new ExportException("The experiment trains until it is stopped (steps 0); an export needs a number"
                    + " of steps to compare: set steps.");
        }
        Path dir = out.toAbsolutePath().normalize();
        checkFolder(dir, replace);
        DatasetSplit data;
        DatasetSplit raw;
        try {
            data = DatasetLoader.load(e.dataset(), e.seed(), baseDir);
            DataFit.check(e, data);
            raw = Boolean.TRUE.equals(e.dataset().withDefaults().standardize())
                    ? DatasetLoader.load(e.dataset().withStandardize(false), e.seed(), baseDir) : data;
        } catch (DatasetException ex) {
            throw new ExportException(ex.getMessage());
        }
        List<RunConfig> configs = RunPlan.runs(e, data, false);
        List<ReferenceRun> runs = new ArrayList<>();
        long[] before = {0};
        for (RunConfig c : configs) {
            runs.add(ReferenceRun.train(c, data, done -> progress.accept(before[0] + done)));
            before[0] += c.steps();
        }
        Plan plan = plan(e, data.train().featureCount(), data.train().classCount(), new DataCode(e.dataset(), raw, baseDir),
                Comments.ENGLISH);
        List<Long> comparedSteps = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ReferenceRun r = runs.get(i);
            comparedSteps.add(r.diverged() ? r.stepsDone - 1 : r.stepsDone);
            if (r.diverged()) {
                plan.notes.add("network \"" + plan.networks.get(i).name() + "\" diverged in the app at step "
                        + r.stepsDone + "; it is compared up to step " + (r.stepsDone - 1) + ".");
            }
        }
        Path staging = dir.resolveSibling("." + dir.getFileName() + ".partial");
        ResultsFolder.deleteTree(staging);
        Files.createDirectories(staging);
        try {
            plan.data.writeFiles(staging);
            TorchScript script = plan.script(e, comparedSteps);
            AtomicFiles.writeString(staging.resolve("train.py"), script.text());
            writeRun(staging.resolve("run.npz"), runs);
            writeExpected(staging.resolve("expected.csv"), plan.networks, runs, comparedSteps);
            ExperimentJson.write(e, staging.resolve("experiment.json"));
            ResultsFolder.deleteTree(dir);
            Files.move(staging, dir);
        } catch (IOException | RuntimeException ex) {
            ResultsFolder.deleteTree(staging);
            throw ex;
        }
        return new Result(dir, e.steps(), plan.networks.size(), plan.notes);
    }

    /** What the script is made of, before any training: the data, the networks and what they cannot repeat. */
    private record Plan(DataCode data, List<NetworkCode> networks, List<String> notes, Comments comments) {
        TorchScript script(Experiment e, List<Long> comparedSteps) {
            String title = e.name() == null || e.name().isBlank() ? "A BatchNorm Lab experiment" : e.name();
            return new TorchScript(title, e.steps(), e.evalEvery(), data, networks, notes, comparedSteps, comments);
        }
    }

    private static Plan plan(Experiment e, int inputs, int classes, DataCode data, Comments comments) {
        List<NetworkCode> networks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> functions = new HashSet<>();
        List<Variants.Resolved> variants = RunPlan.variants(e);
        for (int i = 0; i < variants.size(); i++) {
            Variants.Resolved v = variants.get(i);
            String function = "network_" + Py.identifier(v.name());
            while (!functions.add(function)) function += "_" + (i + 1);
            networks.add(new NetworkCode(function, v.name(), v.experiment(), inputs, classes, comments));
        }
        return new Plan(data, networks, notes, comments);
    }

    /**
     * The train.py an export of {@code e} would write, without training it (as if no network diverges):
     * for the app's PyTorch tab and the golden-file test.
     *
     * @param data the experiment's data as the app loaded it (standardized if it asks)
     */
    public static String script(Experiment e, DatasetSplit data) {
        Plan plan = plan(e, data.train().featureCount(), data.train().classCount(), new DataCode(e.dataset(), data, null),
                Comments.ENGLISH);
        return plan.script(e, plan.networks.stream().map(n -> e.steps()).toList()).text();
    }

    /**
     * What the app's PyTorch tab shows: the first network's model, optimizer and schedule as train.py
     * defines them, and its training step, with comments in {@code locale}'s language.
     *
     * @param inputs  the features of the data, the first layer's inputs
     * @param classes the classes, the last layer's outputs
     */
    public static String modelAndStep(Experiment e, int inputs, int classes, Locale locale) {
        Plan plan = plan(e, inputs, classes, null, new Comments(locale));
        return plan.script(e, plan.networks.stream().map(n -> e.steps()).toList()).modelAndStep();
    }

    /** The steps the export trains, over every network: what {@code progress} counts up to. */
    public static long totalSteps(Experiment e) {
        return Math.max(0, e.steps()) * RunPlan.variants(e).size();
    }

    private static void checkFolder(Path dir, boolean replace) throws ExportException, IOException {
        if (dir.getFileName() == null) throw new ExportException("The export needs a folder of its own, not " + dir + ".");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ExportException(dir + " is a file, not a folder; choose a folder for the export.");
        }
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isEmpty()) return;
        }
        boolean earlierExport = Files.exists(dir.resolve("train.py")) && Files.exists(dir.resolve("expected.csv"));
        if (!earlierExport) {
            // replacing deletes the folder: only ever one this command wrote
            throw new ExportException(dir + " holds other files; choose a new folder for the export.");
        }
        if (!replace) {
            throw new ExportException(dir + " holds an earlier export; choose another folder, or replace it (--force).");
        }
    }

    private static void writeRun(Path file, List<ReferenceRun> runs) throws IOException {
        try (NpzWriter npz = new NpzWriter(file)) {
            for (int i = 0; i < runs.size(); i++) {
                ReferenceRun r = runs.get(i);
                String key = "net" + i;
                int steps = r.losses.length;
                npz.ints(key + "_batches", r.batches, steps, r.config.batchSize());
                for (int k = 0; k < r.layerShapes.size(); k++) {
                    int[] shape = r.layerShapes.get(k);
                    npz.doubles(key + "_weight" + k, r.initialWeights.get(k), shape);
                    npz.doubles(key + "_bias" + k, r.initialBiases.get(k), shape[0]);
                    npz.doubles(key + "_final_weight" + k, r.finalWeights.get(k), shape);
                    npz.doubles(key + "_final_bias" + k, r.finalBiases.get(k), shape[0]);
                }
                for (int k = 0; k < r.noiseScales.size(); k++) {
                    int width = r.config.network().hidden().get(k);
                    npz.doubles(key + "_noise_scale" + k, r.noiseScales.get(k), steps, r.config.batchSize(), width);
                    npz.doubles(key + "_noise_shift" + k, r.noiseShifts.get(k), steps, r.config.batchSize(), width);
                }
                for (int k = 0; k < r.keepMasks.size(); k++) {
                    int width = r.config.network().hidden().get(k);
                    npz.bytes(key + "_keep" + k, r.keepMasks.get(k), steps, r.config.batchSize(), width);
                }
            }
        }
    }

    private static void writeExpected(Path file, List<NetworkCode> networks, List<ReferenceRun> runs,
                                      List<Long> comparedSteps) throws IOException {
        AtomicFiles.writeText(file, (Writer w) -> {
            w.write("network,step,quantity,value\n");
            for (int i = 0; i < runs.size(); i++) {
                String name = csvField(networks.get(i).name());
                ReferenceRun r = runs.get(i);
                for (int t = 0; t < comparedSteps.get(i); t++) {
                    w.write(name + "," + (t + 1) + ",loss," + r.losses[t] + "\n");
                }
                for (ReferenceRun.Test t : r.tests) {
                    w.write(name + "," + t.step() + ",test_loss," + t.loss() + "\n");
                    w.write(name + "," + t.step() + ",test_accuracy," + t.accuracy() + "\n");
                }
            }
        });
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}

package bnlab.experiment;

import bnlab.data.DatasetSpec;
import bnlab.data.TextEncoding;
import bnlab.data.UserFiles;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes experiment files. Reading walks the JSON tree itself rather than binding it
 * straight to records, so that it can report every problem at once (unknown fields, wrong types,
 * values out of range), each in a sentence, instead of Jackson's first exception. Missing fields
 * take the defaults of {@link ExperimentDefaults}.
 */
public final class ExperimentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private static final Set<String> TOP = Set.of("name", "seed", "dataset", "network", "normalization", "optimizer",
            "batchSize", "steps", "compare", "evalEvery", "statsEvery", "probeSize", "histograms", "switches", "variants");
    private static final Set<String> NETWORK = Set.of("hidden", "activation", "init", "initScale", "dropout");
    private static final Set<String> NORMALIZATION = Set.of("kind", "placement", "momentum", "epsilon", "groups", "rmax",
            "dmax", "renormWarmup");
    private static final Set<String> OPTIMIZER = Set.of("kind", "learningRate", "momentum", "weightDecay", "l1",
            "gradientClip", "schedule");
    private static final Set<String> SCHEDULE = Set.of("kind", "stepSize", "gamma", "cosineSteps", "minFactor",
            "warmupSteps", "warmupStartFactor");
    private static final Set<String> HISTOGRAMS = Set.of("preActivationRange", "gradientRange", "bins");
    private static final Set<String> SWITCH = Set.of("step", "enabled");

    private ExperimentJson() {}

    /** An experiment file is a few kilobytes; past this it is not one (a device, a data file named by mistake). */
    public static final long MAX_FILE_BYTES = 1 << 20;

    /**
     * Reads and validates an experiment file, refusing with a sentence what is not one: a folder, a
     * device, a file over {@value #MAX_FILE_BYTES} bytes, text that is not UTF-8. A pipe (a shell's
     * {@code <(…)}) is read, up to the same bound.
     */
    public static Experiment read(Path file) throws InvalidExperimentException {
        return read(file, true);
    }

    /** As {@link #read(Path)}; a pipe is refused unless {@code pipes} (a window's Open dialog names files only). */
    public static Experiment read(Path file, boolean pipes) throws InvalidExperimentException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            text = TextEncoding.decode(UserFiles.readBounded(file, MAX_FILE_BYTES, pipes, "an experiment file"));
        } catch (NoSuchFileException e) {
            throw new InvalidExperimentException(name, List.of("the file does not exist (" + file.toAbsolutePath() + ")"));
        } catch (UserFiles.NotAFile | UserFiles.TooLarge | TextEncoding.NotUtf8 e) {
            throw new InvalidExperimentException(name, List.of("this file " + e.getMessage()));
        } catch (AccessDeniedException e) {
            throw new InvalidExperimentException(name, List.of("permission denied: the file cannot be read ("
                    + file.toAbsolutePath() + ")"));
        } catch (IOException e) {
            throw new InvalidExperimentException(name, List.of("cannot be read: " + e.getMessage()));
        }
        return read(text, name);
    }

    /** Parses and validates; {@code source} names the text in messages. */
    public static Experiment read(String text, String source) throws InvalidExperimentException {
        JsonNode root = StrictJson.read(MAPPER, text, source);
        if (root == null || !root.isObject()) {
            throw new InvalidExperimentException(source, List.of("an experiment file must be one JSON object in { }"));
        }
        List<String> problems = new ArrayList<>();
        Experiment e = parse(new JsonFields(root, "", problems));
        // Every problem at once: a value of the wrong type took its default, so the ranges of the others are still checked.
        problems.addAll(ExperimentValidator.problems(e));
        if (!problems.isEmpty()) throw new InvalidExperimentException(source, problems);
        return e;
    }

    static Experiment parse(JsonFields f) {
        Experiment d = ExperimentDefaults.EXPERIMENT;
        f.rejectUnknown(TOP);
        JsonFields net = f.object("network");
        Experiment.NetworkSection n = d.network();
        if (net != null) {
            net.rejectUnknown(NETWORK);
            n = new Experiment.NetworkSection(net.integers("hidden", n.hidden()), net.text("activation", n.activation()),
                    net.text("init", n.init()), net.number("initScale", n.initScale()),
                    net.number("dropout", n.dropout()));
        }
        JsonFields norm = f.object("normalization");
        Experiment.NormalizationSection ns = d.normalization();
        if (norm != null) {
            norm.rejectUnknown(NORMALIZATION);
            ns = new Experiment.NormalizationSection(norm.text("kind", ns.kind()), norm.text("placement", ns.placement()),
                    norm.number("momentum", ns.momentum()), norm.number("epsilon", ns.epsilon()),
                    norm.integer("groups", ns.groups()), norm.number("rmax", ns.rmax()), norm.number("dmax", ns.dmax()),
                    norm.whole("renormWarmup", ns.renormWarmup()));
        }
        JsonFields opt = f.object("optimizer");
        Experiment.OptimizerSection os = d.optimizer();
        if (opt != null) {
            opt.rejectUnknown(OPTIMIZER);
            os = new Experiment.OptimizerSection(opt.text("kind", os.kind()), opt.number("learningRate", os.learningRate()),
                    opt.number("momentum", os.momentum()), opt.number("weightDecay", os.weightDecay()),
                    opt.number("l1", os.l1()), opt.number("gradientClip", os.gradientClip()), schedule(opt, os.schedule()));
        }
        JsonFields hist = f.object("histograms");
        Experiment.HistogramSection hs = d.histograms();
        if (hist != null) {
            hist.rejectUnknown(HISTOGRAMS);
            hs = new Experiment.HistogramSection(hist.number("preActivationRange", hs.preActivationRange()),
                    hist.number("gradientRange", hs.gradientRange()), hist.integer("bins", hs.bins()));
        }
        List<Experiment.Switch> switches = new ArrayList<>();
        for (JsonFields s : f.objects("switches")) {
            s.rejectUnknown(SWITCH);
            Long step = s.whole("step", null);
            Boolean enabled = s.bool("enabled", null);
            if (step == null || enabled == null) {
                f.problems().add("every entry of switches needs a step and enabled (true or false)");
            } else {
                switches.add(new Experiment.Switch(step, enabled));
            }
        }
        int evalEvery = f.integer("evalEvery", d.evalEvery());
        return new Experiment(
                f.text("name", d.name()),
                f.whole("seed", d.seed()),
                dataset(f),
                n, ns, os,
                f.integer("batchSize", d.batchSize()),
                f.whole("steps", d.steps()),
                f.bool("compare", d.compare()),
                evalEvery,
                f.integer("statsEvery", evalEvery >= 1 ? evalEvery : d.statsEvery()), // a bad evalEvery is reported once
                f.integer("probeSize", d.probeSize()),
                hs,
                switches,
                Variants.parse(f.raw("variants"), f.problems()));
    }

    private static Experiment.ScheduleSection schedule(JsonFields opt, Experiment.ScheduleSection d) {
        JsonFields s = opt.object("schedule");
        if (s == null) return d;
        s.rejectUnknown(SCHEDULE);
        return new Experiment.ScheduleSection(s.text("kind", d.kind()), s.whole("stepSize", d.stepSize()),
                s.number("gamma", d.gamma()), s.whole("cosineSteps", d.cosineSteps()), s.number("minFactor", d.minFactor()),
                s.whole("warmupSteps", d.warmupSteps()), s.number("warmupStartFactor", d.warmupStartFactor()));
    }

    /** The dataset section, checked field by field against {@link DatasetSpec}'s components. */
    private static DatasetSpec dataset(JsonFields f) {
        JsonFields ds = f.object("dataset");
        if (ds == null) return ExperimentDefaults.EXPERIMENT.dataset();
        Set<String> known = new LinkedHashSet<>();
        for (RecordComponent c : DatasetSpec.class.getRecordComponents()) known.add(c.getName());
        ds.rejectUnknown(known);
        JsonNode labelColumn = ds.raw("labelColumn");
        String label = labelColumn == null ? null : labelColumn.isNull() ? ds.text("labelColumn", null)
                : labelColumn.isIntegralNumber() ? labelColumn.asText() : ds.text("labelColumn", null);
        return new DatasetSpec(ds.text("source", null), ds.integer("trainSize", null), ds.integer("testSize", null),
                ds.integer("points", null), ds.number("noise", null), ds.integer("classes", null),
                ds.text("images", null), ds.text("labels", null), ds.text("testImages", null),
                ds.text("testLabels", null), ds.text("path", null), label, ds.number("testFraction", null),
                ds.bool("standardize", null));
    }

    /** The file's JSON text: every field written, defaults included, in a fixed order. */
    public static String write(Experiment e) {
        try {
            return MAPPER.writeValueAsString(e) + System.lineSeparator();
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an experiment could not be written as JSON", ex);
        }
    }

    /** Writes atomically: a crash mid-write never leaves a half-written experiment. */
    public static void write(Experiment e, Path file) throws IOException {
        bnlab.data.AtomicFiles.writeString(file, write(e));
    }
}

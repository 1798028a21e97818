package bnlab.runner;

import bnlab.data.DatasetException;
import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSpec;
import bnlab.data.DatasetSplit;
import bnlab.experiment.DataFit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import bnlab.experiment.InvalidExperimentException;
import bnlab.experiment.RunPlan;
import bnlab.experiment.Variant;
import bnlab.train.RunConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a sweep trains: the experiment with each swept field set to each of its values (every
 * combination when several fields are swept), each at every seed, each variant of it (or the
 * BN/plain twins of a compare experiment) as a run of its own. Every swept experiment is written
 * back as JSON and read again by {@link ExperimentJson}, so it is checked by the same validator as a
 * file, and its data by {@link DataFit}; every problem is found here, before anything trains.
 * Seeds are the file's seed, the file's seed + 1, …: the first is what {@code bnlab run} trains. The
 * data stay as the file's seed makes them; the initial weights, batches, dropout masks and noise change.
 * Each run trains as {@code bnlab run} trains it, with the layers' statistics measured at the ends only.
 */
public final class SweepPlan {
    /** The number of hidden layers, each as wide as the first: not a field of the file, set through {@code network.hidden}. */
    public static final String DEPTH = "network.depth";
    public static final int MAX_SEEDS = 100;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One combination of the swept values, as an experiment (with the file's seed). */
    public record Point(List<Double> values, Experiment experiment) {
        public Point {
            values = List.copyOf(values);
        }
    }

    /** One network trained once: a point, a seed and a variant. */
    public record Run(int index, Point point, long seed, String network, RunConfig config, DatasetSplit data) {}

    /** The sweep cannot be run; every problem is a sentence. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        Invalid(List<String> problems) {
            super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems:" + System.lineSeparator()
                    + "  - " + String.join(System.lineSeparator() + "  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private final Experiment experiment;
    private final List<SweepAxis> axes;
    private final int seeds;
    private final List<Point> points;
    private final List<Run> runs;

    private SweepPlan(Experiment experiment, List<SweepAxis> axes, int seeds, List<Point> points, List<Run> runs) {
        this.experiment = experiment;
        this.axes = List.copyOf(axes);
        this.seeds = seeds;
        this.points = List.copyOf(points);
        this.runs = List.copyOf(runs);
    }

    public Experiment experiment() {
        return experiment;
    }

    /** The swept fields, with the values actually trained (a whole-number field's range rounded). */
    public List<SweepAxis> axes() {
        return axes;
    }

    public int seeds() {
        return seeds;
    }

    public List<Point> points() {
        return points;
    }

    /** Every run, point by point, seed by seed, variant by variant. */
    public List<Run> runs() {
        return runs;
    }

    /** The networks every point trains, in order (the variants' names). */
    public List<String> networks() {
        return RunPlan.variants(experiment).stream().map(v -> v.name()).toList();
    }

    /**
     * Checks everything and loads the data (so not on a UI thread).
     *
     * @param base the experiment file's folder, against which a data file's path is read
     */
    public static SweepPlan of(Experiment experiment, Path base, List<SweepAxis> given, int seeds) throws Invalid {
        List<String> problems = new ArrayList<>();
        if (seeds < 1 || seeds > MAX_SEEDS) problems.add("--seeds must be from 1 to " + MAX_SEEDS + "; got " + seeds);
        if (given.isEmpty()) problems.add("name at least one field to sweep, e.g. --set optimizer.learningRate=0.01..30:log12");
        ObjectNode tree = tree(experiment.withDataset(experiment.dataset().withDefaults()));
        List<SweepAxis> axes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SweepAxis a : given) {
            if (!seen.add(a.path())) {
                problems.add("--set " + a.path() + " is given twice; list all its values in one --set");
                continue;
            }
            String problem = fieldProblem(tree, a.path(), experiment);
            if (problem != null) {
                problems.add("--set " + a.path() + ": " + problem);
                continue;
            }
            axes.add(isWhole(tree, a.path()) ? a.roundedRanges() : a);
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        // Each value alone first, so that a bad value is named once, not once for every combination it is in.
        Map<DatasetSpec, DatasetSplit> data = new HashMap<>();
        Set<DatasetSpec> unloadable = new HashSet<>();
        for (SweepAxis a : axes) {
            for (double v : a.values()) {
                Checked c = read(tree, List.of(a.path()), List.of(v));
                problems.addAll(c.problems);
                if (c.experiment != null) problems.addAll(fit(c.experiment, label(List.of(a), List.of(v)), experiment.seed(), base, data, unloadable));
            }
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        List<Point> points = new ArrayList<>();
        for (List<Double> combination : grid(axes)) {
            Checked c = read(tree, axes.stream().map(SweepAxis::path).toList(), combination);
            problems.addAll(c.problems);
            if (c.experiment == null) continue;
            problems.addAll(fit(c.experiment, label(axes, combination), experiment.seed(), base, data, unloadable));
            points.add(new Point(combination, c.experiment));
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        List<Run> runs = new ArrayList<>();
        for (Point p : points) {
            DatasetSplit split = data.get(p.experiment().dataset());
            for (int k = 0; k < seeds; k++) {
                long seed = experiment.seed() + k;
                for (RunConfig c : RunPlan.runs(sweepCadence(p.experiment().withSeed(seed)), split, false)) {
                    runs.add(new Run(runs.size(), p, seed, c.name(), c, split));
                }
            }
        }
        return new SweepPlan(experiment, axes, seeds, points, runs);
    }

    /**
     * What the data say against this experiment ({@link DataFit}), loading them once per dataset
     * (with the file's seed); a dataset that cannot be loaded is named once.
     */
    private static List<String> fit(Experiment e, String label, long seed, Path base, Map<DatasetSpec, DatasetSplit> data,
            Set<DatasetSpec> unloadable) {
        DatasetSpec spec = e.dataset();
        if (unloadable.contains(spec)) return List.of();
        DatasetSplit split = data.get(spec);
        if (split == null) {
            try {
                split = DatasetLoader.load(spec, seed, base);
                data.put(spec, split);
            } catch (DatasetException ex) {
                unloadable.add(spec);
                return List.of(label + ex.getMessage());
            }
        }
        List<String> out = new ArrayList<>();
        for (String problem : DataFit.problems(e, split)) out.add(label + problem);
        return out;
    }

    /**
     * A sweep keeps only each run's final accuracy and loss, so the layers' statistics (which never change
     * a network) are measured at the start and the end only; the test set is evaluated as the file says,
     * which is what tells a run that stopped learning.
     */
    static Experiment sweepCadence(Experiment e) {
        return e.withCadence(e.evalEvery(), (int) Math.min(Integer.MAX_VALUE, e.steps()));
    }

    /** "--set batchSize=0, optimizer.learningRate=3: " before a problem of that combination. */
    static String label(List<SweepAxis> axes, List<Double> values) {
        StringBuilder b = new StringBuilder("--set ");
        for (int i = 0; i < axes.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(axes.get(i).path()).append('=').append(SweepAxis.format(values.get(i)));
        }
        return b.append(": ").toString();
    }

    /** Every combination of the axes' values, the last axis varying fastest. */
    static List<List<Double>> grid(List<SweepAxis> axes) {
        List<List<Double>> out = new ArrayList<>();
        out.add(List.of());
        for (SweepAxis a : axes) {
            List<List<Double>> next = new ArrayList<>();
            for (List<Double> prefix : out) {
                for (double v : a.values()) {
                    List<Double> c = new ArrayList<>(prefix);
                    c.add(v);
                    next.add(c);
                }
            }
            out = next;
        }
        return out;
    }

    private record Checked(Experiment experiment, List<String> problems) {}

    /** The experiment with these fields set, read and validated as a file is. */
    private static Checked read(ObjectNode tree, List<String> paths, List<Double> values) {
        ObjectNode copy = tree.deepCopy();
        // The depth last: its layers take the first layer's width, which another swept field may set.
        for (int i = 0; i < paths.size(); i++) if (!paths.get(i).equals(DEPTH)) set(copy, paths.get(i), values.get(i));
        for (int i = 0; i < paths.size(); i++) if (paths.get(i).equals(DEPTH)) set(copy, paths.get(i), values.get(i));
        List<String> problems = new ArrayList<>();
        String label = label(paths.stream().map(p -> new SweepAxis(p, List.of())).toList(), values);
        try {
            return new Checked(ExperimentJson.read(MAPPER.writeValueAsString(copy), "sweep"), problems);
        } catch (InvalidExperimentException e) {
            for (String p : e.problems()) problems.add(label + p);
        } catch (JsonProcessingException e) {
            problems.add(label + "the experiment could not be written as JSON: " + e.getOriginalMessage());
        }
        return new Checked(null, problems);
    }

    private static ObjectNode tree(Experiment e) {
        try {
            return (ObjectNode) MAPPER.readTree(ExperimentJson.write(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an experiment could not be read back as JSON", ex);
        }
    }

    /** Why {@code path} cannot be swept in {@code tree}, or null if it can. */
    static String fieldProblem(ObjectNode tree, String path, Experiment e) {
        if (path.equals("seed")) return "the seed is swept with --seeds N (the file's seed, +1, …), not --set";
        if (path.startsWith("variants")) {
            return "a variant's own field cannot be swept; sweep the shared field (outside variants), which every variant takes";
        }
        for (Variant v : e.variants()) {
            JsonNode own = find(v.overrides(), path.equals(DEPTH) ? "network.hidden" : path);
            if (own != null && !own.isMissingNode()) {
                return "variant \"" + v.name() + "\" sets this field itself, so sweeping it would not change that "
                        + "variant; remove it from the variant or sweep another field";
            }
        }
        if (path.equals(DEPTH)) return null;
        JsonNode n = find(tree, path);
        if (n == null || n.isMissingNode()) {
            int dot = path.lastIndexOf('.');
            JsonNode parent = dot < 0 ? tree : find(tree, path.substring(0, dot));
            String known = parent instanceof ObjectNode o ? " (its number fields there: " + numberFields(o, dot < 0 ? "" : path.substring(0, dot + 1)) + ")" : "";
            return "no such field in this experiment" + known;
        }
        if (!n.isNumber()) {
            return "this field is " + (n.isTextual() ? "text (" + n + ")" : n.isBoolean() ? "true or false" : n.isArray() ? "a list" : "a section")
                    + ", not a number; only number fields can be swept"
                    + (path.equals("network.hidden") ? " (sweep a layer's width as network.hidden[0], or the depth as " + DEPTH + ")" : "");
        }
        return null;
    }

    private static String numberFields(ObjectNode o, String prefix) {
        TreeSet<String> names = new TreeSet<>();
        o.fields().forEachRemaining(f -> {
            if (f.getValue().isNumber()) names.add(prefix + f.getKey());
        });
        if (prefix.equals("network.")) names.add(DEPTH);
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static boolean isWhole(ObjectNode tree, String path) {
        return path.equals(DEPTH) || find(tree, path).isIntegralNumber();
    }

    /** The node at a dotted path with optional [i] indexes; null if a step is missing. */
    static JsonNode find(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.", -1)) {
            String name = part;
            int index = -1;
            int bracket = part.indexOf('[');
            if (bracket >= 0 && part.endsWith("]")) {
                name = part.substring(0, bracket);
                try {
                    index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            if (n == null || !n.isObject()) return null;
            n = n.get(name);
            if (index >= 0) n = n != null && n.isArray() && index < n.size() ? n.get(index) : null;
        }
        return n;
    }

    /** Sets the field at {@code path} (which {@link #fieldProblem} accepted) to {@code v}. */
    static void set(ObjectNode tree, String path, double v) {
        boolean whole = v == Math.rint(v) && Math.abs(v) < 9e15;
        if (path.equals(DEPTH)) {
            ObjectNode network = (ObjectNode) tree.get("network");
            JsonNode hidden = network.get("hidden");
            int width = hidden != null && hidden.size() > 0 ? hidden.get(0).asInt() : 0;
            ArrayNode layers = network.putArray("hidden");
            // A depth that is not a whole number or is negative is left for the validator to name.
            if (!whole || v < 0) layers.add(v);
            else for (int i = 0; i < (int) Math.min(v, 10_000); i++) layers.add(width);
            return;
        }
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? tree : find(tree, path.substring(0, dot));
        String last = path.substring(dot + 1);
        int bracket = last.indexOf('[');
        if (bracket >= 0) {
            ArrayNode list = (ArrayNode) parent.get(last.substring(0, bracket));
            int index = Integer.parseInt(last.substring(bracket + 1, last.length() - 1));
            if (whole) list.set(index, MAPPER.getNodeFactory().numberNode((long) v));
            else list.set(index, MAPPER.getNodeFactory().numberNode(v));
        } else if (whole) {
            ((ObjectNode) parent).put(last, (long) v);
        } else {
            ((ObjectNode) parent).put(last, v);
        }
    }
}

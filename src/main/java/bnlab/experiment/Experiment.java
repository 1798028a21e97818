package bnlab.experiment;

import bnlab.data.DatasetSpec;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One run, fully described: what {@code bnlab run} executes and what the app saves and loads.
 * Field names are those of the experiment JSON file (README, "Experiment files"). Every field
 * here is resolved: {@link ExperimentJson} fills in defaults for what a file leaves out.
 */
@JsonPropertyOrder({"name", "seed", "dataset", "network", "normalization", "optimizer", "batchSize", "steps",
        "compare", "evalEvery", "statsEvery", "probeSize", "histograms", "switches", "variants"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Experiment(
        String name,
        long seed,
        DatasetSpec dataset,
        NetworkSection network,
        NormalizationSection normalization,
        OptimizerSection optimizer,
        int batchSize,
        long steps,
        boolean compare,
        int evalEvery,
        int statsEvery,
        int probeSize,
        HistogramSection histograms,
        List<Switch> switches,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Variant> variants) {

    public Experiment {
        switches = switches == null ? List.of() : List.copyOf(switches);
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** @param dropout inverted dropout rate on every hidden layer's output, in training steps (0: none) */
    @JsonPropertyOrder({"hidden", "activation", "init", "initScale", "dropout"})
    public record NetworkSection(List<Integer> hidden, String activation, String init, double initScale,
                                 double dropout) {
        public NetworkSection {
            hidden = List.copyOf(hidden);
        }

        /** Without dropout. */
        public NetworkSection(List<Integer> hidden, String activation, String init, double initScale) {
            this(hidden, activation, init, initScale, 0.0);
        }

        public NetworkSection withDropout(double rate) {
            return new NetworkSection(hidden, activation, init, initScale, rate);
        }
    }

    /**
     * @param groups       GroupNorm ({@code kind} "group"): groups of consecutive units per layer
     * @param rmax         Batch Renorm ({@code kind} "batch-renorm"): the limit of r, at least 1
     * @param dmax         Batch Renorm: the limit of d, at least 0
     * @param renormWarmup Batch Renorm: steps over which rmax relaxes from 1 and dmax from 0
     */
    @JsonPropertyOrder({"kind", "placement", "momentum", "epsilon", "groups", "rmax", "dmax", "renormWarmup"})
    public record NormalizationSection(String kind, String placement, double momentum, double epsilon, int groups,
                                       double rmax, double dmax, long renormWarmup) {
        /** With the default GroupNorm and Batch Renorm settings. */
        public NormalizationSection(String kind, String placement, double momentum, double epsilon) {
            this(kind, placement, momentum, epsilon, ExperimentDefaults.GROUPS, ExperimentDefaults.RMAX,
                    ExperimentDefaults.DMAX, 0);
        }

        public NormalizationSection withKind(String newKind) {
            return new NormalizationSection(newKind, placement, momentum, epsilon, groups, rmax, dmax, renormWarmup);
        }
    }

    /**
     * @param l1           L1 penalty λ: λ·sign(w) added to every weight matrix's gradient
     * @param gradientClip the largest global L2 norm of the gradients (PyTorch's clip_grad_norm_); 0 does not clip
     * @param schedule     how the learning rate changes over the steps
     */
    @JsonPropertyOrder({"kind", "learningRate", "momentum", "weightDecay", "l1", "gradientClip", "schedule"})
    public record OptimizerSection(String kind, double learningRate, double momentum, double weightDecay, double l1,
                                   double gradientClip, ScheduleSection schedule) {
        public OptimizerSection {
            if (schedule == null) schedule = ScheduleSection.CONSTANT;
        }

        /** Without L1, clipping or a schedule. */
        public OptimizerSection(String kind, double learningRate, double momentum, double weightDecay) {
            this(kind, learningRate, momentum, weightDecay, 0.0, 0.0, ScheduleSection.CONSTANT);
        }

        public OptimizerSection withLearningRate(double rate) {
            return new OptimizerSection(kind, rate, momentum, weightDecay, l1, gradientClip, schedule);
        }

        public OptimizerSection withRemedies(double newL1, double newClip, ScheduleSection newSchedule) {
            return new OptimizerSection(kind, learningRate, momentum, weightDecay, newL1, newClip, newSchedule);
        }
    }

    /**
     * A learning-rate schedule: the rate of step t is learningRate × a factor (see
     * bnlab.nn.LearningRateSchedule).
     *
     * @param kind              constant, step or cosine
     * @param stepSize          step: the rate is multiplied by {@code gamma} every this many steps
     * @param gamma             step: the factor
     * @param cosineSteps       cosine: steps from the full rate to the minimum; 0 means the rest of the run
     * @param minFactor         cosine: the minimum, as a fraction of the rate
     * @param warmupSteps       a linear warm-up over the first steps before the schedule (0: none)
     * @param warmupStartFactor the warm-up starts at this fraction of the rate
     */
    @JsonPropertyOrder({"kind", "stepSize", "gamma", "cosineSteps", "minFactor", "warmupSteps", "warmupStartFactor"})
    public record ScheduleSection(String kind, long stepSize, double gamma, long cosineSteps, double minFactor,
                                  long warmupSteps, double warmupStartFactor) {
        public static final ScheduleSection CONSTANT = new ScheduleSection("constant", 1000, 0.5, 0, 0.0, 0, 0.1);

        public ScheduleSection withKind(String newKind) {
            return new ScheduleSection(newKind, stepSize, gamma, cosineSteps, minFactor, warmupSteps, warmupStartFactor);
        }

        public ScheduleSection withWarmup(long steps, double startFactor) {
            return new ScheduleSection(kind, stepSize, gamma, cosineSteps, minFactor, steps, startFactor);
        }
    }

    /** Fixed histogram ranges (see HistogramRanges): ± half-widths and the number of bins. */
    @JsonPropertyOrder({"preActivationRange", "gradientRange", "bins"})
    public record HistogramSection(double preActivationRange, double gradientRange, int bins) {}

    /** Switch normalization on or off when training reaches {@code step}. */
    @JsonPropertyOrder({"step", "enabled"})
    public record Switch(long step, boolean enabled) {}

    public Experiment withName(String newName) {
        return new Experiment(newName, seed, dataset, network, normalization, optimizer, batchSize, steps, compare,
                evalEvery, statsEvery, probeSize, histograms, switches, variants);
    }

    public Experiment withSteps(long newSteps) {
        return new Experiment(name, seed, dataset, network, normalization, optimizer, batchSize, newSteps, compare,
                evalEvery, statsEvery, probeSize, histograms, switches, variants);
    }

    public Experiment withDataset(DatasetSpec newDataset) {
        return new Experiment(name, seed, newDataset, network, normalization, optimizer, batchSize, steps, compare,
                evalEvery, statsEvery, probeSize, histograms, switches, variants);
    }

    public Experiment withNetwork(NetworkSection n) {
        return new Experiment(name, seed, dataset, n, normalization, optimizer, batchSize, steps, compare, evalEvery,
                statsEvery, probeSize, histograms, switches, variants);
    }

    public Experiment withNormalization(NormalizationSection n) {
        return new Experiment(name, seed, dataset, network, n, optimizer, batchSize, steps, compare, evalEvery,
                statsEvery, probeSize, histograms, switches, variants);
    }

    public Experiment withOptimizer(OptimizerSection o) {
        return new Experiment(name, seed, dataset, network, normalization, o, batchSize, steps, compare, evalEvery,
                statsEvery, probeSize, histograms, switches, variants);
    }

    public Experiment withBatchSize(int b) {
        return new Experiment(name, seed, dataset, network, normalization, optimizer, b, steps, compare, evalEvery,
                statsEvery, probeSize, histograms, switches, variants);
    }

    public Experiment withSeed(long s) {
        return new Experiment(name, s, dataset, network, normalization, optimizer, batchSize, steps, compare,
                evalEvery, statsEvery, probeSize, histograms, switches, variants);
    }

    public Experiment withCompare(boolean c) {
        return new Experiment(name, seed, dataset, network, normalization, optimizer, batchSize, steps, c, evalEvery,
                statsEvery, probeSize, histograms, switches, variants);
    }

    public Experiment withCadence(int newEvalEvery, int newStatsEvery) {
        return new Experiment(name, seed, dataset, network, normalization, optimizer, batchSize, steps, compare,
                newEvalEvery, newStatsEvery, probeSize, histograms, switches, variants);
    }

    public Experiment withSwitches(List<Switch> s) {
        return new Experiment(name, seed, dataset, network, normalization, optimizer, batchSize, steps, compare,
                evalEvery, statsEvery, probeSize, histograms, s, variants);
    }

    public Experiment withVariants(List<Variant> v) {
        return new Experiment(name, seed, dataset, network, normalization, optimizer, batchSize, steps, compare,
                evalEvery, statsEvery, probeSize, histograms, switches, v);
    }
}

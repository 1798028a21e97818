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

    @JsonPropertyOrder({"hidden", "activation", "init", "initScale"})
    public record NetworkSection(List<Integer> hidden, String activation, String init, double initScale) {
        public NetworkSection {
            hidden = List.copyOf(hidden);
        }
    }

    @JsonPropertyOrder({"kind", "placement", "momentum", "epsilon"})
    public record NormalizationSection(String kind, String placement, double momentum, double epsilon) {}

    @JsonPropertyOrder({"kind", "learningRate", "momentum", "weightDecay"})
    public record OptimizerSection(String kind, double learningRate, double momentum, double weightDecay) {}

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

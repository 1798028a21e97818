package bnlab.experiment;

import bnlab.data.DatasetSpec;
import bnlab.stats.HistogramRanges;
import java.util.List;

/** What an experiment file's missing fields mean (the README lists the same values). */
public final class ExperimentDefaults {
    private ExperimentDefaults() {}

    public static final int DEFAULT_PROBE_SIZE = 256;
    /** GroupNorm's default: 4 groups (the PyTorch reference), which divides the usual widths. */
    public static final int GROUPS = 4;
    /** Batch Renorm's defaults: the limits of the paper's later training phase. */
    public static final double RMAX = 3.0;
    public static final double DMAX = 5.0;

    /** A small tanh network on the spiral, with batch normalization: trains in seconds. */
    public static final Experiment EXPERIMENT = new Experiment(
            "Untitled experiment",
            1L,
            DatasetSpec.of("spiral"),
            new Experiment.NetworkSection(List.of(16, 16, 16), "tanh", "xavier", 1.0),
            new Experiment.NormalizationSection("batch", "before-activation", 0.1, 1e-5),
            new Experiment.OptimizerSection("sgd", 0.1, 0.9, 0.0),
            32,
            3000L,
            false,
            100,
            100,
            DEFAULT_PROBE_SIZE,
            new Experiment.HistogramSection(HistogramRanges.DEFAULT_PRE_ACTIVATION, HistogramRanges.DEFAULT_GRADIENT,
                    HistogramRanges.DEFAULT_BINS),
            List.of(),
            List.of());
}

package bnlab.ui.chart;

import java.util.Objects;

/** A histogram recorded at a training step, one row of a {@link RidgelineView}. */
public record StepHistogram(long step, HistogramData histogram) {
    public StepHistogram {
        Objects.requireNonNull(histogram, "histogram");
    }
}

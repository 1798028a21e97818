package bnlab.ui.chart;

/** A 2-D data point with its true class; {@code test} points are drawn outlined, training points filled. */
public record LabeledPoint(double x, double y, int label, boolean test) {}

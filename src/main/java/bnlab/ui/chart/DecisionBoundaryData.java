package bnlab.ui.chart;

import java.util.Arrays;

/**
 * A model's predicted class probabilities on a regular grid over a 2-D input domain.
 *
 * <p>The grid has {@code gridSize × gridSize} cells; cell (ix, iy) is centred at
 * {@code (xMin + (ix + 0.5)·Δx, yMin + (iy + 0.5)·Δy)}, with iy = 0 at the bottom (yMin). Its
 * probabilities are {@code probabilities[(iy · gridSize + ix) · classes + c]}, each in [0, 1] (NaN
 * for a diverged model, shown grey).
 */
public record DecisionBoundaryData(double xMin, double xMax, double yMin, double yMax, int gridSize, int classes,
        float[] probabilities) {

    public DecisionBoundaryData {
        if (!(xMax > xMin) || !(yMax > yMin) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("need finite xMin < xMax and yMin < yMax");
        }
        if (gridSize < 1 || classes < 2) {
            throw new IllegalArgumentException("need gridSize ≥ 1 and ≥ 2 classes");
        }
        if (probabilities.length != gridSize * gridSize * classes) {
            throw new IllegalArgumentException("expected " + gridSize * gridSize * classes + " probabilities, got "
                    + probabilities.length);
        }
        probabilities = probabilities.clone();
    }

    public float probability(int ix, int iy, int c) {
        return probabilities[(iy * gridSize + ix) * classes + c];
    }

    /** Offset of cell (ix, iy)'s first probability in the flat array. */
    int offset(int ix, int iy) {
        return (iy * gridSize + ix) * classes;
    }

    float[] raw() { return probabilities; }

    @Override public float[] probabilities() { return probabilities.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionBoundaryData d && d.xMin == xMin && d.xMax == xMax && d.yMin == yMin
                && d.yMax == yMax && d.gridSize == gridSize && d.classes == classes
                && Arrays.equals(d.probabilities, probabilities);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(probabilities) * 31 + gridSize; }

    @Override
    public String toString() { return "DecisionBoundaryData[" + gridSize + "², " + classes + " classes]"; }
}

package bnlab.train;

/**
 * Eval-mode predictions the app draws: for 2-D data the class probabilities over a grid (the
 * decision boundary), for images the predicted classes of a fixed strip of test examples.
 * Immutable (arrays are copied in and out).
 *
 * @param step        when they were computed
 * @param gridSize    grid points per side (0 if no grid)
 * @param domain      {xMin, xMax, yMin, yMax} of the grid
 * @param gridProbabilities row-major gridSize × gridSize × classes, y from yMin upwards
 * @param sampleIndices     test-set indices of the example strip
 * @param samplePredicted   predicted class of each
 */
public record Predictions(long step, int gridSize, double[] domain, double[] gridProbabilities, int classes,
        int[] sampleIndices, int[] samplePredicted) {
    public Predictions {
        domain = domain.clone();
        gridProbabilities = gridProbabilities.clone();
        sampleIndices = sampleIndices.clone();
        samplePredicted = samplePredicted.clone();
    }

    @Override
    public double[] domain() {
        return domain.clone();
    }

    @Override
    public double[] gridProbabilities() {
        return gridProbabilities.clone();
    }

    @Override
    public int[] sampleIndices() {
        return sampleIndices.clone();
    }

    @Override
    public int[] samplePredicted() {
        return samplePredicted.clone();
    }

    /** Probability of class {@code c} at grid cell (ix, iy), without copying. */
    public double probability(int ix, int iy, int c) {
        return gridProbabilities[(iy * gridSize + ix) * classes + c];
    }
}

package bnlab.stats;

import bnlab.nn.NormKind;

/**
 * One hidden layer's normalization on the last training batch, copied from what the network kept
 * (nothing recomputed): the input z, the normalized x̂, the output γ·x̂ + β, and for batch
 * normalization the batch and running statistics and the same z through the inference path.
 * Matrices are row-major, {@code examples × units}. Immutable by convention: nobody writes the
 * arrays after the capture.
 *
 * @param kind       the layer's normalization (NONE: the network has none)
 * @param active     whether the normalization took part in the step (false: switched off, bypassed)
 * @param batchSize  examples in the training batch; {@code examples} may be fewer (the capture is bounded)
 * @param xhat       null where the layer keeps none (layer normalization) or it was bypassed
 * @param output     γ·x̂ + β of the training path; null when bypassed or absent
 * @param noisy      the output after noisy BN's noise; null for any other kind
 * @param inference  z through the inference path (running statistics); null unless batch normalization
 * @param batchMean  μ_B per unit; null unless batch normalization was active
 * @param batchVar   σ_B² per unit (biased, as used to normalize); null likewise
 * @param gammaBeta  the layer's history of {step, γ of every unit, then β of every unit}
 */
public record InsideNormFrame(long step, int layer, NormKind kind, boolean active, int batchSize, int examples,
        int units, double[] z, double[] xhat, double[] output, double[] noisy, double[] inference, double[] batchMean,
        double[] batchVar, double[] runningMean, double[] runningVar, double epsilon, double[] gamma, double[] beta,
        Series gammaBeta) {

    /** Column {@code unit} of a captured matrix (null if the matrix is). */
    public double[] column(double[] matrix, int unit) {
        if (matrix == null) return null;
        double[] c = new double[examples];
        for (int r = 0; r < examples; r++) c[r] = matrix[r * units + unit];
        return c;
    }

    /** Whether the layer normalizes over the batch (so μ_B, σ_B and running averages exist). */
    public boolean overBatch() {
        return kind.overBatch();
    }
}

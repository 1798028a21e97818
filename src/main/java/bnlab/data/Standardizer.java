package bnlab.data;

import java.util.Arrays;

/**
 * Per-feature standardization x' = (x - mean) / std, with mean and std measured on the
 * training set only (using test statistics would leak the test set into training).
 *
 * <p>A feature that is constant on the training set (std 0, e.g. the always-black border
 * pixels of MNIST) is only centred, not divided, so it stays finite.
 */
public final class Standardizer {

    private final double[] mean;
    private final double[] scale;
    private final boolean identity;

    private Standardizer(double[] mean, double[] scale, boolean identity) {
        this.mean = mean;
        this.scale = scale;
        this.identity = identity;
    }

    /** Measures each feature's mean and population standard deviation on {@code train}. */
    public static Standardizer fit(Dataset train) {
        int n = train.size();
        int d = train.featureCount();
        if (n == 0) {
            throw new IllegalArgumentException("cannot fit a standardizer on an empty dataset");
        }
        double[] mean = new double[d];
        double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            train.copyExample(i, row, 0);
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        // Second pass over centred values: more accurate than E[x²] - E[x]².
        double[] variance = new double[d];
        for (int i = 0; i < n; i++) {
            train.copyExample(i, row, 0);
            for (int j = 0; j < d; j++) {
                double centred = row[j] - mean[j];
                variance[j] += centred * centred;
            }
        }
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double std = Math.sqrt(variance[j] / n);
            scale[j] = std > 1e-12 ? std : 1.0;
        }
        return new Standardizer(mean, scale, false);
    }

    /** The standardizer that changes nothing (mean 0, std 1), used when standardization is off. */
    public static Standardizer identity(int featureCount) {
        double[] ones = new double[featureCount];
        Arrays.fill(ones, 1.0);
        return new Standardizer(new double[featureCount], ones, true);
    }

    public int featureCount() {
        return mean.length;
    }

    /** True if this standardizer leaves every value unchanged. */
    public boolean isIdentity() {
        return identity;
    }

    /** The training-set mean of feature j. */
    public double mean(int j) {
        return mean[j];
    }

    /** What feature j is divided by: its training-set standard deviation, or 1 if that is 0. */
    public double scale(int j) {
        return scale[j];
    }

    /**
     * Standardizes one example in place, {@code featureCount()} values starting at
     * {@code offset}; allocates nothing (e.g. for the grid of a 2-D decision-boundary plot).
     */
    public void transformInPlace(double[] example, int offset) {
        for (int j = 0; j < mean.length; j++) {
            example[offset + j] = (example[offset + j] - mean[j]) / scale[j];
        }
    }

    /** Undoes {@link #transformInPlace} for one example, e.g. to draw a standardized image. */
    public void inverseInPlace(double[] example, int offset) {
        for (int j = 0; j < mean.length; j++) {
            example[offset + j] = example[offset + j] * scale[j] + mean[j];
        }
    }

    /** A standardized copy of {@code data} (the same dataset if this is the identity). */
    public Dataset apply(Dataset data) {
        if (data.featureCount() != mean.length) {
            throw new IllegalArgumentException("standardizer for " + mean.length + " features applied to "
                    + data.featureCount() + " features");
        }
        if (identity) {
            return data;
        }
        double[] x = data.copyFeatures();
        for (int offset = 0; offset < x.length; offset += mean.length) {
            transformInPlace(x, offset);
        }
        return data.withFeatures(x);
    }
}

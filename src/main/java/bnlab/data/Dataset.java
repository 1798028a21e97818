package bnlab.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable labelled dataset: n examples of d features each, stored as one flat row-major
 * {@code double[]}, with integer labels 0..k-1 and a name for each class.
 *
 * <p>{@code exampleShape} tells how the d features are laid out so the UI can draw an example:
 * {2} for a point in the plane, {8, 8} or {28, 28} for a grey-scale image (height, width).
 *
 * <p>The arrays are never handed out: read single values with {@link #feature} and
 * {@link #label}, or copy rows with {@link #copyExample}, which allocates nothing and is meant
 * for training loops.
 */
public final class Dataset {

    private final String name;
    private final double[] features;
    private final int[] labels;
    private final List<String> classNames;
    private final int[] exampleShape;
    private final int featureCount;

    /**
     * Builds a dataset from copies of the given arrays.
     *
     * @throws IllegalArgumentException if the sizes do not agree or a label is outside 0..k-1
     */
    public static Dataset of(String name, double[] features, int[] labels,
                             List<String> classNames, int[] exampleShape) {
        return new Dataset(name, features.clone(), labels.clone(), classNames, exampleShape.clone());
    }

    /** Takes ownership of the arrays without copying: loaders build large arrays once. */
    Dataset(String name, double[] features, int[] labels, List<String> classNames, int[] exampleShape) {
        this.name = Objects.requireNonNull(name, "name");
        this.features = Objects.requireNonNull(features, "features");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.classNames = List.copyOf(classNames);
        this.exampleShape = Objects.requireNonNull(exampleShape, "exampleShape");
        if (exampleShape.length == 0) {
            throw new IllegalArgumentException("exampleShape must have at least one dimension");
        }
        long product = 1;
        for (int dim : exampleShape) {
            if (dim < 1) {
                throw new IllegalArgumentException("exampleShape " + Arrays.toString(exampleShape) + " has a dimension < 1");
            }
            product *= dim;
        }
        if (product > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("exampleShape " + Arrays.toString(exampleShape) + " is too large");
        }
        this.featureCount = (int) product;
        if ((long) labels.length * featureCount != features.length) {
            throw new IllegalArgumentException(labels.length + " labels and " + features.length
                    + " feature values do not make rows of " + featureCount + " features");
        }
        if (this.classNames.isEmpty()) {
            throw new IllegalArgumentException("a dataset needs at least one class name");
        }
        int k = this.classNames.size();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= k) {
                throw new IllegalArgumentException("label " + labels[i] + " of example " + i
                        + " is outside 0.." + (k - 1));
            }
        }
    }

    public String name() {
        return name;
    }

    /** Number of examples, n. */
    public int size() {
        return labels.length;
    }

    /** Number of features per example, d (the product of {@link #exampleShape()}). */
    public int featureCount() {
        return featureCount;
    }

    /** Number of classes, k; some classes may have no example in a small subset. */
    public int classCount() {
        return classNames.size();
    }

    /** The class names, index = label; read-only. */
    public List<String> classNames() {
        return classNames;
    }

    public String className(int label) {
        return classNames.get(label);
    }

    /** A copy of the example shape, e.g. {28, 28} for an image, {2} for a point. */
    public int[] exampleShape() {
        return exampleShape.clone();
    }

    /** True for points in the plane (shape {2}), which the UI draws as a scatter plot. */
    public boolean is2d() {
        return exampleShape.length == 1 && exampleShape[0] == 2;
    }

    /** True for grey-scale images (shape {height, width}). */
    public boolean isImage() {
        return exampleShape.length == 2;
    }

    public int label(int example) {
        return labels[example];
    }

    public double feature(int example, int feature) {
        Objects.checkIndex(example, labels.length);
        Objects.checkIndex(feature, featureCount);
        return features[example * featureCount + feature];
    }

    /** Copies the d features of one example into {@code dst} at {@code dstOffset}; allocates nothing. */
    public void copyExample(int example, double[] dst, int dstOffset) {
        Objects.checkIndex(example, labels.length);
        System.arraycopy(features, example * featureCount, dst, dstOffset, featureCount);
    }

    /** A copy of all features, n × d row-major. */
    public double[] copyFeatures() {
        return features.clone();
    }

    /** A copy of all labels. */
    public int[] copyLabels() {
        return labels.clone();
    }

    /** How many examples each class has, index = label. */
    public int[] classCounts() {
        int[] counts = new int[classCount()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** The examples at the given indices, in that order (repeats allowed), same classes and shape. */
    public Dataset subset(int[] indices) {
        double[] x = new double[Math.multiplyExact(indices.length, featureCount)];
        int[] y = new int[indices.length];
        for (int row = 0; row < indices.length; row++) {
            copyExample(indices[row], x, row * featureCount);
            y[row] = labels[indices[row]];
        }
        return new Dataset(name, x, y, classNames, exampleShape);
    }

    /** The first {@code count} examples (all of them if count ≥ size). */
    public Dataset first(int count) {
        if (count >= size()) {
            return this;
        }
        int n = Math.max(0, count);
        return new Dataset(name, Arrays.copyOf(features, n * featureCount), Arrays.copyOf(labels, n),
                classNames, exampleShape);
    }

    /** The same labels, classes and shape with new feature values (n × d), e.g. standardized. */
    Dataset withFeatures(double[] newFeatures) {
        return new Dataset(name, newFeatures, labels, classNames, exampleShape);
    }

    @Override
    public String toString() {
        return name + " (" + size() + " examples, " + featureCount + " features, " + classCount() + " classes)";
    }
}

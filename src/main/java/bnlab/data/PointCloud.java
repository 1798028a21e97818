package bnlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The common work of every {@link PointGenerator}: checks the arguments, hands out balanced
 * class sizes, adds the Gaussian jitter, and builds the {@link Dataset}. A generator only
 * places each point of its shape.
 */
final class PointCloud {

    private final String name;
    private final int classes;
    private final double noise;
    private final Random random;
    private final double[] xy;
    private final int[] labels;
    private int count;

    PointCloud(PointGenerator generator, int points, double noise, int classes, long seed) {
        if (classes < generator.minClasses() || classes > generator.maxClasses()) {
            throw new IllegalArgumentException(generator.name() + " needs between " + generator.minClasses()
                    + " and " + generator.maxClasses() + " classes; got " + classes);
        }
        if (points < classes) {
            throw new IllegalArgumentException(generator.name() + " needs at least one point per class; got "
                    + points + " points for " + classes + " classes");
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise must be between 0 and 1; got " + noise);
        }
        this.name = generator.name();
        this.classes = classes;
        this.noise = noise;
        this.random = new Random(seed);
        this.xy = new double[2 * points];
        this.labels = new int[points];
    }

    /** The random source for placing points; jitter draws from the same one, in a fixed order. */
    Random random() {
        return random;
    }

    int classes() {
        return classes;
    }

    /** How many points class {@code c} gets: points / classes, the first ones one more. */
    int classSize(int c) {
        int points = labels.length;
        return points / classes + (c < points % classes ? 1 : 0);
    }

    /** Adds a point of class {@code label} at (x, y) plus jitter. */
    void add(double x, double y, int label) {
        xy[2 * count] = x + noise * random.nextGaussian();
        xy[2 * count + 1] = y + noise * random.nextGaussian();
        labels[count] = label;
        count++;
    }

    Dataset build() {
        if (count != labels.length) {
            throw new IllegalStateException(name + " placed " + count + " of " + labels.length + " points");
        }
        List<String> classNames = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            classNames.add(String.valueOf(c));
        }
        return new Dataset(name, xy, labels, classNames, new int[] {2});
    }
}

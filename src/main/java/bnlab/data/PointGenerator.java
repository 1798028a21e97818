package bnlab.data;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Makes a classic 2-D toy classification problem, as in TensorFlow Playground and ConvNetJS.
 *
 * <p>Contract shared by every shape: coordinates lie roughly in [-1, 1] (noise may push a
 * point a little outside); classes are balanced (sizes differ by at most one); {@code noise}
 * in [0, 1] is the standard deviation of Gaussian jitter added to each coordinate after the
 * point is placed, so 0 gives the crisp shape; the same arguments give bit-identical points
 * on every run and every JDK ({@link java.util.Random}'s algorithm is specified).
 */
public interface PointGenerator {

    /** Every shape, in the order the UI lists them. */
    List<PointGenerator> ALL = List.of(new SpiralGenerator(), new CirclesGenerator(),
            new MoonsGenerator(), new XorGenerator(), new BlobsGenerator());

    /** The source name used in experiment files, e.g. "spiral". */
    String name();

    /** Fewest classes the shape can be drawn with; two unless a shape says otherwise. */
    default int minClasses() {
        return 2;
    }

    /** Most classes the shape can be drawn with; two-class shapes (moons, xor) keep the default. */
    default int maxClasses() {
        return 2;
    }

    /** The number of classes used when the experiment file does not say. */
    default int defaultClasses() {
        return 2;
    }

    /** The noise used when the experiment file does not say: clearly noisy, still clearly the shape. */
    default double defaultNoise() {
        return 0.1;
    }

    /**
     * @param points  total number of points, at least the number of classes
     * @param noise   Gaussian jitter (standard deviation) per coordinate, 0..1
     * @param classes number of classes, between {@link #minClasses()} and {@link #maxClasses()}
     * @param seed    random seed
     * @throws IllegalArgumentException if an argument is out of range
     */
    Dataset generate(int points, double noise, int classes, long seed);

    /** The generator called {@code name}, or null if there is none. */
    static PointGenerator named(String name) {
        for (PointGenerator generator : ALL) {
            if (generator.name().equals(name)) {
                return generator;
            }
        }
        return null;
    }

    /** "spiral, circles, moons, xor, blobs". */
    static String names() {
        return ALL.stream().map(PointGenerator::name).collect(Collectors.joining(", "));
    }
}

package bnlab.data;

import java.util.Random;

/**
 * Interleaved spiral arms, one per class (2–5), each winding 1.25 turns outward from the
 * centre to radius 1; the hardest shape, because no straight cut separates the arms.
 */
public final class SpiralGenerator implements PointGenerator {

    private static final double TURNS = 1.25;

    @Override
    public String name() {
        return "spiral";
    }

    @Override
    public int maxClasses() {
        return 5;
    }

    @Override
    public int defaultClasses() {
        return 3;
    }

    /** Neighbouring arms are only 0.27 apart (3 arms), so the spiral blurs sooner than other shapes. */
    @Override
    public double defaultNoise() {
        return 0.05;
    }

    @Override
    public Dataset generate(int points, double noise, int classes, long seed) {
        PointCloud cloud = new PointCloud(this, points, noise, classes, seed);
        Random random = cloud.random();
        for (int c = 0; c < classes; c++) {
            double armStart = 2 * Math.PI * c / classes;
            for (int i = 0; i < cloud.classSize(c); i++) {
                double t = random.nextDouble();
                double radius = 0.05 + 0.95 * t;
                double angle = armStart + 2 * Math.PI * TURNS * t;
                cloud.add(radius * Math.cos(angle), radius * Math.sin(angle), c);
            }
        }
        return cloud.build();
    }
}

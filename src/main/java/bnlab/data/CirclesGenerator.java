package bnlab.data;

import java.util.Random;

/**
 * Concentric rings, one per class (2–5): class 0 is the central disk, class c the ring between
 * radii c/k and (c+1)/k, with a small empty gap between neighbours. Two classes give
 * TensorFlow Playground's "circle": a disk inside a ring.
 */
public final class CirclesGenerator implements PointGenerator {

    @Override
    public String name() {
        return "circles";
    }

    @Override
    public int maxClasses() {
        return 5;
    }

    @Override
    public Dataset generate(int points, double noise, int classes, long seed) {
        PointCloud cloud = new PointCloud(this, points, noise, classes, seed);
        Random random = cloud.random();
        double band = 1.0 / classes;
        double gap = 0.1 * band;
        for (int c = 0; c < classes; c++) {
            double inner = c == 0 ? 0 : c * band + gap;
            double outer = (c + 1) * band - gap;
            for (int i = 0; i < cloud.classSize(c); i++) {
                double radius = inner + (outer - inner) * random.nextDouble();
                double angle = 2 * Math.PI * random.nextDouble();
                cloud.add(radius * Math.cos(angle), radius * Math.sin(angle), c);
            }
        }
        return cloud.build();
    }
}

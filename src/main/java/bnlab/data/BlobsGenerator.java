package bnlab.data;

import java.util.Random;

/**
 * Round blobs, one per class (2–8): points uniform in a disk of radius 0.2 around centres
 * spaced evenly on a circle of radius 0.7. The easy, linearly separable case.
 */
public final class BlobsGenerator implements PointGenerator {

    private static final double CENTRE_RADIUS = 0.7;
    private static final double BLOB_RADIUS = 0.2;

    @Override
    public String name() {
        return "blobs";
    }

    @Override
    public int maxClasses() {
        return 8;
    }

    @Override
    public int defaultClasses() {
        return 3;
    }

    @Override
    public Dataset generate(int points, double noise, int classes, long seed) {
        PointCloud cloud = new PointCloud(this, points, noise, classes, seed);
        Random random = cloud.random();
        for (int c = 0; c < classes; c++) {
            // An eighth-turn offset puts two blobs on a diagonal rather than on an axis.
            double centreAngle = 2 * Math.PI * c / classes + Math.PI / 4;
            double cx = CENTRE_RADIUS * Math.cos(centreAngle);
            double cy = CENTRE_RADIUS * Math.sin(centreAngle);
            for (int i = 0; i < cloud.classSize(c); i++) {
                // sqrt makes the points uniform over the disk's area, not crowded at its centre.
                double radius = BLOB_RADIUS * Math.sqrt(random.nextDouble());
                double angle = 2 * Math.PI * random.nextDouble();
                cloud.add(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle), c);
            }
        }
        return cloud.build();
    }
}

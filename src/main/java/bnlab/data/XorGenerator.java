package bnlab.data;

import java.util.Random;

/**
 * The XOR problem: points uniform in the square [-1, 1]², kept 0.05 away from the axes;
 * class 0 where x and y have the same sign, class 1 where they differ. Always two classes.
 */
public final class XorGenerator implements PointGenerator {

    private static final double AXIS_PADDING = 0.05;

    @Override
    public String name() {
        return "xor";
    }

    @Override
    public Dataset generate(int points, double noise, int classes, long seed) {
        PointCloud cloud = new PointCloud(this, points, noise, classes, seed);
        Random random = cloud.random();
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < cloud.classSize(c); i++) {
                double xSign = random.nextBoolean() ? 1 : -1;
                double ySign = c == 0 ? xSign : -xSign;
                double x = xSign * (AXIS_PADDING + (1 - AXIS_PADDING) * random.nextDouble());
                double y = ySign * (AXIS_PADDING + (1 - AXIS_PADDING) * random.nextDouble());
                cloud.add(x, y, c);
            }
        }
        return cloud.build();
    }
}

package bnlab.data;

import java.util.Random;

/**
 * Two interleaving half circles, as scikit-learn's {@code make_moons}, scaled by 1/1.5 and
 * centred so that x spans [-1, 1] and y spans [-0.5, 0.5]. Always two classes.
 */
public final class MoonsGenerator implements PointGenerator {

    @Override
    public String name() {
        return "moons";
    }

    @Override
    public Dataset generate(int points, double noise, int classes, long seed) {
        PointCloud cloud = new PointCloud(this, points, noise, classes, seed);
        Random random = cloud.random();
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < cloud.classSize(c); i++) {
                double t = Math.PI * random.nextDouble();
                // make_moons: the upper moon is (cos t, sin t), the lower (1 - cos t, 0.5 - sin t).
                double x = c == 0 ? Math.cos(t) : 1 - Math.cos(t);
                double y = c == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
                cloud.add((x - 0.5) / 1.5, (y - 0.25) / 1.5, c);
            }
        }
        return cloud.build();
    }
}

package bnlab.nn;

import java.util.Random;

/** Weight initialisation. Biases always start at zero. */
public enum Init {
    /** Gaussian with standard deviation {@code scale}. */
    GAUSSIAN("gaussian"),
    /** Glorot &amp; Bengio: std = scale * sqrt(2 / (fanIn + fanOut)). */
    XAVIER("xavier"),
    /** He et al.: std = scale * sqrt(2 / fanIn), suited to ReLU. */
    HE("he");

    private final String id;

    Init(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Init fromId(String id) {
        for (Init i : values()) {
            if (i.id.equals(id)) return i;
        }
        throw new IllegalArgumentException("unknown init \"" + id + "\"");
    }

    public double std(int fanIn, int fanOut, double scale) {
        return switch (this) {
            case GAUSSIAN -> scale;
            case XAVIER -> scale * Math.sqrt(2.0 / (fanIn + fanOut));
            case HE -> scale * Math.sqrt(2.0 / fanIn);
        };
    }

    /** Fills {@code w} (fanIn × fanOut, row-major) from {@code rng}. */
    public void fill(double[] w, int fanIn, int fanOut, double scale, Random rng) {
        double std = std(fanIn, fanOut, scale);
        for (int i = 0; i < fanIn * fanOut; i++) w[i] = std * rng.nextGaussian();
    }
}

package bnlab.nn;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Batch normalization followed by the non-stationary noise of Santurkar, Tsipras, Ilyas &amp; Madry
 * (2018), Algorithm 1: at every training step and for every unit, μ ~ U(−0.5, 0.5) and
 * σ ~ U(1, 1.25); then for every example m ~ U(μ − 0.1, μ + 0.1) and s ~ N(σ, 0.1), and the
 * normalized activation a becomes s·a + m. The noise makes each unit's distribution jump from step
 * to step, which is what the 2015 explanation says batch normalization prevents.
 *
 * <p>Only the batch-statistics modes are noisy; inference (running averages) is plain BN. The
 * draws are a function of the seed and the number of training steps taken, never of anything
 * else: a probe ({@link Mode#TRAIN_NO_UPDATE}) sees the same noise as the last training step and
 * consumes no random numbers, so measuring never changes training.
 */
public final class NoisyBatchNorm extends BatchNorm {
    static final double MEAN_RANGE = 0.5;
    static final double SCALE_LOW = 1.0;
    static final double SCALE_HIGH = 1.25;
    static final double SHIFT_SPREAD = 0.1;
    static final double SCALE_STD = 0.1;

    private final int n;
    private final long seed;
    private final DMatrixRMaj clean = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj scale = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj shift = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj dClean = new DMatrixRMaj(1, 1);
    private final double[] unitMean;
    private final double[] unitScale;
    private long trainingDraws;
    private boolean noisy;

    public NoisyBatchNorm(String name, int n, double momentum, double epsilon, long seed) {
        super(name, n, momentum, epsilon);
        this.n = n;
        this.seed = seed;
        this.unitMean = new double[n];
        this.unitScale = new double[n];
    }

    @Override
    public NormKind kind() {
        return NormKind.NOISY_BATCH;
    }

    @Override
    public void forward(DMatrixRMaj x, DMatrixRMaj y, Mode mode) {
        super.forward(x, y, mode);
        noisy = mode.usesBatchStatistics();
        if (!noisy) return;
        if (mode == Mode.TRAIN) trainingDraws++;
        clean.setTo(y);
        int rows = y.numRows;
        scale.reshape(rows, n);
        shift.reshape(rows, n);
        // The last training step's draw (the first step's before any step: a fixed draw, not none).
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + Math.max(1, trainingDraws));
        for (int j = 0; j < n; j++) {
            unitMean[j] = MEAN_RANGE * (2 * rng.nextDouble() - 1);
            unitScale[j] = SCALE_LOW + (SCALE_HIGH - SCALE_LOW) * rng.nextDouble();
        }
        double[] yd = y.data;
        double[] s = scale.data;
        double[] m = shift.data;
        for (int r = 0, k = 0; r < rows; r++) {
            for (int j = 0; j < n; j++, k++) {
                double sh = unitMean[j] + SHIFT_SPREAD * (2 * rng.nextDouble() - 1);
                double sc = unitScale[j] + SCALE_STD * rng.nextGaussian();
                s[k] = sc;
                m[k] = sh;
                yd[k] = sc * yd[k] + sh;
            }
        }
    }

    @Override
    public void backward(DMatrixRMaj dy, DMatrixRMaj dx) {
        if (!noisy) {
            super.backward(dy, dx);
            return;
        }
        dClean.reshape(dy.numRows, dy.numCols);
        double[] d = dy.data;
        double[] s = scale.data;
        double[] out = dClean.data;
        int count = dy.getNumElements();
        for (int i = 0; i < count; i++) out[i] = s[i] * d[i]; // y' = s·y + m, so dL/dy = s·dL/dy'
        super.backward(dClean, dx);
    }

    /** γ·x̂ + β of the last pass, before the noise (live). */
    public DMatrixRMaj cleanOutput() {
        return clean;
    }

    /** Whether the last pass added noise (batch statistics) or not (inference). */
    public boolean lastPassNoisy() {
        return noisy;
    }

    /** The shift m of every element of the last noisy pass (live, m × n): y' = s·y + m. */
    public DMatrixRMaj noiseShift() {
        return shift;
    }

    /** The scale s of every element of the last noisy pass (live, m × n). */
    public DMatrixRMaj noiseScale() {
        return scale;
    }

    /** How many training steps have drawn noise so far. */
    public long trainingDraws() {
        return trainingDraws;
    }
}

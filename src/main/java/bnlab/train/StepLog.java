package bnlab.train;

import java.util.Arrays;

/**
 * Every step's training-batch loss and accuracy, learning rate and gradient norm (before
 * clipping), in full, for exporting (the history the charts draw from thins old steps to bound its
 * memory). 32 bytes a step, up to {@link #MAX_STEPS} steps (64 MB); later steps are not logged. Appended to by the training thread only; others read an
 * immutable {@link View}, which sees exactly the steps logged before it was taken.
 */
public final class StepLog {
    public static final long MAX_STEPS = 1L << 21;
    private static final int CHUNK = 4096;
    private static final int WIDTH = 4;
    /** What a logged step costs in memory. */
    public static final int BYTES_PER_STEP = WIDTH * Double.BYTES;

    private double[][] chunks = new double[0][];
    private long count;

    /** Logs the next step (steps are logged in order, from step 1). */
    void append(double loss, double accuracy, double learningRate, double gradientNorm) {
        if (count >= MAX_STEPS) return;
        int c = (int) (count / CHUNK);
        int i = (int) (count % CHUNK);
        // A new outer array when growing: views taken earlier keep the old one, whose chunks do not move.
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c + 1);
            chunks[c] = new double[WIDTH * CHUNK];
        }
        double[] chunk = chunks[c];
        chunk[WIDTH * i] = loss;
        chunk[WIDTH * i + 1] = accuracy;
        chunk[WIDTH * i + 2] = learningRate;
        chunk[WIDTH * i + 3] = gradientNorm;
        count++;
    }

    View view() {
        return new View(chunks, count);
    }

    /** The steps 1 … {@code steps()} as logged when the view was taken. */
    public static final class View {
        private final double[][] chunks;
        private final long steps;

        private View(double[][] chunks, long steps) {
            this.chunks = chunks;
            this.steps = steps;
        }

        /** How many steps, from step 1, the view holds. */
        public long steps() {
            return steps;
        }

        /** Training-batch loss at {@code step} (1 ≤ step ≤ {@link #steps()}). */
        public double loss(long step) {
            return at(step, 0);
        }

        /** Training-batch accuracy at {@code step}. */
        public double accuracy(long step) {
            return at(step, 1);
        }

        /** The learning rate used by {@code step}. */
        public double learningRate(long step) {
            return at(step, 2);
        }

        /** The global gradient norm of {@code step}, before clipping. */
        public double gradientNorm(long step) {
            return at(step, 3);
        }

        private double at(long step, int k) {
            if (step < 1 || step > steps) throw new IndexOutOfBoundsException("step " + step + " of " + steps);
            long i = step - 1;
            return chunks[(int) (i / CHUNK)][WIDTH * (int) (i % CHUNK) + k];
        }
    }
}

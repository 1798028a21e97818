package bnlab.train;

import bnlab.data.Dataset;
import bnlab.nn.Mode;
import bnlab.nn.Network;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Inference-mode measurements on data the network does not train on: test loss and accuracy, and
 * the predictions the app draws. Test inputs are cut into chunks once, so evaluation allocates
 * nothing after the first call.
 */
public final class Evaluator {
    private static final int CHUNK = 500;
    static final int GRID = 64;
    static final int SAMPLES = 12;

    private final List<DMatrixRMaj> chunks = new ArrayList<>();
    private final List<int[]> chunkLabels = new ArrayList<>();
    private final int testSize;
    private final boolean twoD;
    private final double[] domain;
    private final DMatrixRMaj grid;
    private final int[] sampleIndices;
    private final DMatrixRMaj samples;

    public Evaluator(Dataset train, Dataset test) {
        testSize = test.size();
        int d = test.featureCount();
        for (int start = 0; start < testSize; start += CHUNK) {
            int rows = Math.min(CHUNK, testSize - start);
            DMatrixRMaj x = new DMatrixRMaj(rows, d);
            int[] y = new int[rows];
            for (int r = 0; r < rows; r++) {
                test.copyExample(start + r, x.data, r * d);
                y[r] = test.label(start + r);
            }
            chunks.add(x);
            chunkLabels.add(y);
        }
        twoD = d == 2;
        if (twoD) {
            domain = domainOf(train, test);
            grid = new DMatrixRMaj(GRID * GRID, 2);
            for (int iy = 0; iy < GRID; iy++) {
                for (int ix = 0; ix < GRID; ix++) {
                    int r = iy * GRID + ix;
                    grid.data[2 * r] = domain[0] + (domain[1] - domain[0]) * (ix + 0.5) / GRID;
                    grid.data[2 * r + 1] = domain[2] + (domain[3] - domain[2]) * (iy + 0.5) / GRID;
                }
            }
        } else {
            domain = new double[4];
            grid = null;
        }
        int n = Math.min(SAMPLES, testSize);
        sampleIndices = new int[n];
        samples = new DMatrixRMaj(Math.max(1, n), d);
        for (int i = 0; i < n; i++) {
            sampleIndices[i] = i;
            test.copyExample(i, samples.data, i * d);
        }
    }

    /** The data's bounding box with a 10% margin, square-ish so the boundary isn't distorted. */
    private static double[] domainOf(Dataset a, Dataset b) {
        double[] box = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Dataset ds : new Dataset[] {a, b}) {
            for (int i = 0; i < ds.size(); i++) {
                box[0] = Math.min(box[0], ds.feature(i, 0));
                box[1] = Math.max(box[1], ds.feature(i, 0));
                box[2] = Math.min(box[2], ds.feature(i, 1));
                box[3] = Math.max(box[3], ds.feature(i, 1));
            }
        }
        double half = Math.max(box[1] - box[0], box[3] - box[2]) * 0.55;
        if (!(half > 0)) half = 1;
        double cx = (box[0] + box[1]) / 2;
        double cy = (box[2] + box[3]) / 2;
        return new double[] {cx - half, cx + half, cy - half, cy + half};
    }

    /** {test loss, test accuracy} in eval mode. */
    public double[] test(Network net) {
        double lossSum = 0;
        int correct = 0;
        for (int c = 0; c < chunks.size(); c++) {
            int[] y = chunkLabels.get(c);
            net.forward(chunks.get(c), Mode.EVAL);
            lossSum += net.loss(y) * y.length;
            correct += net.correctCount(y);
        }
        return new double[] {lossSum / testSize, (double) correct / testSize};
    }

    Predictions predictions(Network net, long step) {
        int k = net.spec().classes();
        double[] probs = new double[0];
        if (twoD) {
            net.forward(grid, Mode.EVAL);
            net.loss(new int[GRID * GRID]); // fills the softmax probabilities; the loss itself is unused
            probs = net.probabilities().data.clone();
            probs = java.util.Arrays.copyOf(probs, GRID * GRID * k);
        }
        int[] predicted = new int[sampleIndices.length];
        if (sampleIndices.length > 0) {
            net.forward(samples, Mode.EVAL);
            net.predictions(predicted);
        }
        return new Predictions(step, twoD ? GRID : 0, domain, probs, k, sampleIndices, predicted);
    }
}

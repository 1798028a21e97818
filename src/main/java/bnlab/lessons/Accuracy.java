package bnlab.lessons;

import bnlab.data.Dataset;
import bnlab.nn.Mode;
import bnlab.nn.Network;
import org.ejml.data.DMatrixRMaj;

/** Classification accuracy of a network on a whole dataset, evaluated in chunks. */
final class Accuracy {
    private Accuracy() {}

    /**
     * The share of examples classified correctly.
     *
     * @param mode  {@link Mode#EVAL}: batch norm uses its running averages (how the app evaluates);
     *              {@link Mode#TRAIN_NO_UPDATE}: each chunk is normalized with its own statistics,
     *              as in training, and the running averages are left alone
     * @param chunk examples per forward pass; with batch statistics this is the "test batch" size. A
     *              last chunk smaller than 2 joins the one before, since one example has no spread.
     */
    static double of(Network net, Dataset data, Mode mode, int chunk) {
        int n = data.size();
        int d = data.featureCount();
        int correct = 0;
        int start = 0;
        while (start < n) {
            int rows = Math.min(chunk, n - start);
            if (n - start - rows == 1) rows++;
            DMatrixRMaj x = new DMatrixRMaj(rows, d);
            int[] y = new int[rows];
            for (int r = 0; r < rows; r++) {
                data.copyExample(start + r, x.data, r * d);
                y[r] = data.label(start + r);
            }
            net.forward(x, mode);
            correct += net.correctCount(y);
            start += rows;
        }
        return (double) correct / n;
    }
}

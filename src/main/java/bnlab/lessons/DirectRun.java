package bnlab.lessons;

import bnlab.data.BatchSampler;
import bnlab.data.DatasetSplit;
import bnlab.nn.Network;
import bnlab.nn.Optimizer;
import bnlab.train.RunConfig;
import org.ejml.data.DMatrixRMaj;

/**
 * One network trained on the calling thread, for measurements the runner does not record (accuracy
 * with batch statistics, accuracy on the training set). Built from the same {@link RunConfig} as the
 * app's training run, with the same sampler and seed, so it sees the same batches and ends with the
 * same weights: probes and evaluations never change a network.
 */
final class DirectRun {
    private final Network net;
    private final Optimizer optimizer;
    private final BatchSampler sampler;
    private final DMatrixRMaj x;
    private final int[] y;
    private final RunConfig config;
    private long step;

    DirectRun(RunConfig config, DatasetSplit data) {
        if (!config.switches().isEmpty()) {
            // The runner switches normalization at scheduled steps; this loop does not, so it would silently differ.
            throw new IllegalArgumentException("a direct run cannot follow scheduled normalization switches");
        }
        this.config = config;
        net = new Network(config.network());
        optimizer = config.optimizer().create(config.learningRate(), config.momentum(), config.weightDecay());
        sampler = new BatchSampler(data.train(), config.batchSize(), config.dataSeed());
        x = new DMatrixRMaj(config.batchSize(), data.train().featureCount());
        y = new int[config.batchSize()];
    }

    /** Trains until {@code target} steps are done. */
    void trainTo(long target) {
        while (step < target) {
            sampler.nextBatch(x.data, y);
            optimizer.setLearningRate(config.learningRate() * config.schedule().factor(step)); // as TrainingRun does
            net.trainStep(x, y, optimizer);
            step++;
        }
    }

    long step() {
        return step;
    }

    Network network() {
        return net;
    }
}

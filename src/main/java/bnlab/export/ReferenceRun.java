package bnlab.export;

import bnlab.data.BatchSampler;
import bnlab.data.DatasetSplit;
import bnlab.nn.Dense;
import bnlab.nn.HiddenLayer;
import bnlab.nn.Mode;
import bnlab.nn.Network;
import bnlab.nn.NoisyBatchNorm;
import bnlab.nn.NormKind;
import bnlab.nn.Optimizer;
import bnlab.train.Evaluator;
import bnlab.train.RunConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.ejml.data.DMatrixRMaj;

/**
 * One network of an experiment trained by the engine exactly as the app trains it (the training
 * step of {@code TrainingRun}, without the live statistics, which never change training), keeping
 * what a PyTorch script needs to repeat the run: the initial weights, the examples of every batch,
 * the dropout masks and batch-norm noise, and what to compare with: the loss of every step, the test loss and accuracy
 * at every evaluation, and the final weights. ExportMatchesAppTest checks that these losses are
 * the app's, bit for bit.
 */
final class ReferenceRun {
    /** A test measurement: after {@code step} steps. */
    record Test(long step, double loss, double accuracy) {}

    final RunConfig config;
    final List<double[]> initialWeights = new ArrayList<>(); // per Linear layer, PyTorch's out × in
    final List<double[]> initialBiases = new ArrayList<>();
    final List<double[]> finalWeights = new ArrayList<>();
    final List<double[]> finalBiases = new ArrayList<>();
    final List<int[]> layerShapes = new ArrayList<>();        // {out, in} per Linear layer
    final int[] batches;                                      // steps × batch size, indices into the training set
    final List<byte[]> keepMasks = new ArrayList<>();         // per hidden layer: steps × batch × width, 1 kept
    final List<double[]> noiseScales = new ArrayList<>();     // noisy BN, per hidden layer: steps × batch × width
    final List<double[]> noiseShifts = new ArrayList<>();
    final double[] losses;
    final List<Test> tests = new ArrayList<>();
    long stepsDone;

    private ReferenceRun(RunConfig config) {
        this.config = config;
        int steps = Math.toIntExact(config.steps());
        this.batches = new int[Math.multiplyExact(steps, config.batchSize())];
        this.losses = new double[steps];
    }

    /** Trains {@code config} on {@code data}; {@code progress} hears each step done. */
    static ReferenceRun train(RunConfig config, DatasetSplit data, LongConsumer progress) {
        ReferenceRun r = new ReferenceRun(config);
        Network net = new Network(config.network());
        r.readWeights(net, r.initialWeights, r.initialBiases);
        int m = config.batchSize();
        boolean dropout = config.network().remedies().dropout() > 0;
        if (dropout) {
            for (HiddenLayer layer : net.hiddenLayers()) {
                r.keepMasks.add(new byte[Math.multiplyExact(r.losses.length, m * layer.width())]);
            }
        }
        boolean noisy = config.network().norm() == NormKind.NOISY_BATCH;
        if (noisy) {
            for (HiddenLayer layer : net.hiddenLayers()) {
                r.noiseScales.add(new double[Math.multiplyExact(r.losses.length, m * layer.width())]);
                r.noiseShifts.add(new double[Math.multiplyExact(r.losses.length, m * layer.width())]);
            }
        }
        Optimizer optimizer = config.optimizer().create(config.learningRate(), config.momentum(), config.weightDecay());
        BatchSampler sampler = new BatchSampler(data.train(), m, config.dataSeed());
        Evaluator evaluator = new Evaluator(data.train(), data.test());
        DMatrixRMaj x = new DMatrixRMaj(m, data.train().featureCount());
        int[] y = new int[m];
        int[] examples = new int[m];
        r.switchAt(net, 0);
        r.test(net, evaluator, 0);
        for (int t = 0; t < r.losses.length; t++) {
            sampler.nextBatch(x.data, y, examples);
            System.arraycopy(examples, 0, r.batches, t * m, m);
            optimizer.setLearningRate(config.learningRate() * config.schedule().factor(t));
            net.forward(x, Mode.TRAIN);
            double loss = net.loss(y);
            net.backward(y);
            if (dropout) r.keepMasks(net, t);
            if (noisy) r.noise(net, t);
            net.step(optimizer);
            r.losses[t] = loss;
            r.stepsDone = t + 1;
            progress.accept(r.stepsDone);
            if (!Double.isFinite(loss)) break; // the app stops a diverged network here
            if (r.stepsDone % config.evalEvery() == 0 || r.stepsDone == r.losses.length) r.test(net, evaluator, r.stepsDone);
            r.switchAt(net, r.stepsDone);
        }
        r.readWeights(net, r.finalWeights, r.finalBiases);
        return r;
    }

    boolean diverged() {
        return stepsDone < losses.length || !Double.isFinite(losses[losses.length - 1]);
    }

    private void test(Network net, Evaluator evaluator, long step) {
        double[] t = evaluator.test(net);
        tests.add(new Test(step, t[0], t[1]));
    }

    private void switchAt(Network net, long step) {
        for (RunConfig.ScheduledSwitch s : config.switches()) {
            if (s.step() == step) net.setNormalizationEnabled(s.enabled());
        }
    }

    private void keepMasks(Network net, int step) {
        for (int l = 0; l < keepMasks.size(); l++) {
            double[] keep = net.hiddenLayers().get(l).dropout().mask().data;
            byte[] into = keepMasks.get(l);
            int size = config.batchSize() * net.hiddenLayers().get(l).width();
            for (int i = 0; i < size; i++) into[step * size + i] = (byte) (keep[i] == 1.0 ? 1 : 0);
        }
    }

    /** The noise of this training step, where noisy batch normalization was on (else none: left 0). */
    private void noise(Network net, int step) {
        for (int l = 0; l < noiseScales.size(); l++) {
            HiddenLayer layer = net.hiddenLayers().get(l);
            if (!layer.normalizationActive()) continue;
            NoisyBatchNorm norm = (NoisyBatchNorm) layer.normalization();
            int size = config.batchSize() * layer.width();
            System.arraycopy(norm.noiseScale().data, 0, noiseScales.get(l), step * size, size);
            System.arraycopy(norm.noiseShift().data, 0, noiseShifts.get(l), step * size, size);
        }
    }

    /** Every Linear layer's weights in PyTorch's out × in layout (the engine keeps in × out) and biases. */
    private void readWeights(Network net, List<double[]> weights, List<double[]> biases) {
        boolean shapes = layerShapes.isEmpty();
        List<Dense> linears = new ArrayList<>();
        for (HiddenLayer layer : net.hiddenLayers()) linears.add(layer.dense());
        linears.add(net.outputLayer());
        for (Dense d : linears) {
            int in = d.inputSize();
            int out = d.outputSize();
            double[] w = d.weight().value().data;
            double[] t = new double[in * out];
            for (int i = 0; i < in; i++) {
                for (int o = 0; o < out; o++) t[o * in + i] = w[i * out + o];
            }
            weights.add(t);
            biases.add(d.bias().value().data.clone());
            if (shapes) layerShapes.add(new int[] {out, in});
        }
    }
}

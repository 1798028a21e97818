package bnlab.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * A multilayer perceptron: hidden layers (Dense, optional normalization, nonlinearity, optional
 * dropout) and a Dense output trained with softmax cross-entropy. Buffers are reused across steps, so a
 * warm training step allocates nothing.
 *
 * <p>Normalization can be switched off and on while training: while off it is bypassed, its γ,
 * β and running statistics are left exactly as they were, and the optimizer does not touch them.
 */
public final class Network {
    private final NetworkSpec spec;
    private final List<HiddenLayer> hidden;
    private final Dense output;
    private final SoftmaxCrossEntropy lossFunction = new SoftmaxCrossEntropy();
    private final DMatrixRMaj logits = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj dLogits = new DMatrixRMaj(1, 1);
    private final List<Parameter> allParameters;
    private final List<Parameter> parametersWithoutNorm;
    private DMatrixRMaj lastInput;
    private boolean normalizationEnabled;
    private double lastGradientNorm = Double.NaN;

    public Network(NetworkSpec spec) {
        this.spec = spec;
        Random rng = new Random(spec.seed());
        List<HiddenLayer> layers = new ArrayList<>();
        List<Parameter> all = new ArrayList<>();
        List<Parameter> withoutNorm = new ArrayList<>();
        int in = spec.inputSize();
        for (int i = 0; i < spec.hidden().size(); i++) {
            int width = spec.hidden().get(i);
            Dense dense = new Dense("hidden" + (i + 1), in, width);
            spec.init().fill(dense.weight().value().data, in, width, spec.initScale(), rng);
            Normalization norm = normalization(spec, i, width);
            Dropout dropout = spec.remedies().dropout() > 0 ? new Dropout(spec.remedies().dropout(), spec.seed(), i) : null;
            layers.add(new HiddenLayer(i, dense, norm, spec.activation(), spec.placement(), dropout));
            all.add(dense.weight());
            all.add(dense.bias());
            withoutNorm.add(dense.weight());
            withoutNorm.add(dense.bias());
            if (norm != null) all.addAll(norm.parameters());
            in = width;
        }
        output = new Dense("output", in, spec.classes());
        spec.init().fill(output.weight().value().data, in, spec.classes(), spec.initScale(), rng);
        all.add(output.weight());
        all.add(output.bias());
        withoutNorm.add(output.weight());
        withoutNorm.add(output.bias());
        this.hidden = Collections.unmodifiableList(layers);
        this.allParameters = Collections.unmodifiableList(all);
        this.parametersWithoutNorm = Collections.unmodifiableList(withoutNorm);
        this.normalizationEnabled = spec.norm() != NormKind.NONE;
    }

    /** The threads this network's products may use: 1, or 2 (sharing large ones with the idle core). */
    public int productThreads() {
        return output.productThreads(); // every layer has the same
    }

    /**
     * How many threads the matrix products may use: 1 (the default), or 2 to share large products
     * with a helper thread when this network trains alone. Results are bit-identical either way.
     */
    public void setProductThreads(int threads) {
        if (threads < 1 || threads > 2) throw new IllegalArgumentException("product threads must be 1 or 2; got " + threads);
        for (HiddenLayer layer : hidden) layer.dense().setProductThreads(threads);
        output.setProductThreads(threads);
    }

    private static Normalization normalization(NetworkSpec spec, int i, int width) {
        Remedies r = spec.remedies();
        return switch (spec.norm()) {
            case NONE -> null;
            case BATCH -> new BatchNorm("bn" + (i + 1), width, spec.momentum(), spec.epsilon());
            case LAYER -> new LayerNorm("ln" + (i + 1), width, spec.epsilon());
            case BATCH_RENORM -> new BatchRenorm("brn" + (i + 1), width, spec.momentum(), spec.epsilon(), r.rmax(),
                    r.dmax(), r.renormWarmup());
            case GROUP -> new GroupNorm("gn" + (i + 1), width, r.groups(), spec.epsilon());
            case NOISY_BATCH -> new NoisyBatchNorm("bn" + (i + 1), width, spec.momentum(), spec.epsilon(),
                    spec.seed() * 1_000_003L + i);
        };
    }

    public NetworkSpec spec() {
        return spec;
    }

    /** Forward pass; returns the logits (a live buffer). */
    public DMatrixRMaj forward(DMatrixRMaj x, Mode mode) {
        if (x.numCols != spec.inputSize()) {
            throw new IllegalArgumentException("expected " + spec.inputSize() + " input features; got " + x.numCols);
        }
        lastInput = x;
        DMatrixRMaj in = x;
        for (int i = 0; i < hidden.size(); i++) {
            HiddenLayer layer = hidden.get(i);
            layer.forward(in, mode, normalizationEnabled);
            in = layer.output();
        }
        output.forward(in, logits);
        return logits;
    }

    /** Mean cross-entropy of the last forward pass against {@code labels}. */
    public double loss(int[] labels) {
        return lossFunction.forward(logits, labels);
    }

    /** Back-propagates the loss computed by {@link #loss}; fills every parameter's gradient. */
    public void backward(int[] labels) {
        backward(labels, true);
    }

    /**
     * Back-propagation that may skip the weight gradients: a statistics probe needs the gradient
     * with respect to each pre-activation, and must leave the last training step's weight
     * gradients in place for the weight-gradient histograms. Normalization γ/β gradients are
     * always overwritten (they are cheap and not displayed).
     */
    public void backward(int[] labels, boolean parameterGradients) {
        lossFunction.backward(labels, dLogits);
        int last = hidden.size() - 1;
        DMatrixRMaj lastHidden = last >= 0 ? hidden.get(last).output() : lastInput;
        output.backward(lastHidden, dLogits, last >= 0 ? hidden.get(last).gradOutputBuffer() : null,
                parameterGradients);
        for (int i = last; i >= 0; i--) {
            HiddenLayer layer = hidden.get(i);
            DMatrixRMaj in = i == 0 ? lastInput : hidden.get(i - 1).output();
            DMatrixRMaj dIn = i == 0 ? null : hidden.get(i - 1).gradOutputBuffer();
            layer.backward(in, dIn, parameterGradients);
        }
    }

    /**
     * Applies the optimizer to every parameter in use (normalization parameters only while it is
     * on), after the L1 penalty and gradient clipping of the spec's remedies ({@link GradientRules}).
     */
    public void step(Optimizer optimizer) {
        List<Parameter> inUse = trainableParameters();
        lastGradientNorm = GradientRules.apply(inUse, spec.remedies().l1(), spec.remedies().gradientClip());
        optimizer.step(inUse);
    }

    /** The global L2 norm of every gradient in use at the last {@link #step}, before clipping (NaN before any). */
    public double lastGradientNorm() {
        return lastGradientNorm;
    }

    /** One training step on a batch; returns the batch loss before the update. */
    public double trainStep(DMatrixRMaj x, int[] labels, Optimizer optimizer) {
        forward(x, Mode.TRAIN);
        double loss = loss(labels);
        backward(labels);
        step(optimizer);
        return loss;
    }

    /** How many rows of the last logits have their largest value at the label. */
    public int correctCount(int[] labels) {
        int m = logits.numRows;
        int k = logits.numCols;
        int correct = 0;
        for (int r = 0; r < m; r++) {
            if (argmax(logits.data, r * k, k) == labels[r]) correct++;
        }
        return correct;
    }

    /** Writes the predicted class of each row of the last logits into {@code out}. */
    public void predictions(int[] out) {
        int k = logits.numCols;
        for (int r = 0; r < logits.numRows; r++) out[r] = argmax(logits.data, r * k, k);
    }

    private static int argmax(double[] d, int offset, int k) {
        int best = 0;
        for (int j = 1; j < k; j++) {
            if (d[offset + j] > d[offset + best]) best = j;
        }
        return best;
    }

    public boolean hasNormalization() {
        return spec.norm() != NormKind.NONE;
    }

    public boolean normalizationEnabled() {
        return normalizationEnabled;
    }

    /** The live switch: bypasses normalization without touching any parameter or running statistic. */
    public void setNormalizationEnabled(boolean enabled) {
        this.normalizationEnabled = enabled && hasNormalization();
    }

    public List<HiddenLayer> hiddenLayers() {
        return hidden;
    }

    public Dense outputLayer() {
        return output;
    }

    public List<Parameter> parameters() {
        return allParameters;
    }

    public List<Parameter> trainableParameters() {
        return normalizationEnabled ? allParameters : parametersWithoutNorm;
    }

    public DMatrixRMaj logits() {
        return logits;
    }

    /** Softmax probabilities of the last {@link #loss} call. */
    public DMatrixRMaj probabilities() {
        return lossFunction.probabilities();
    }

    public DMatrixRMaj logitsGrad() {
        return dLogits;
    }

    /** Copies every parameter value (and BN running statistics) from a network of the same shape. */
    public void copyStateFrom(Network other) {
        if (other.allParameters.size() != allParameters.size()) {
            throw new IllegalArgumentException("networks differ in shape");
        }
        for (int i = 0; i < allParameters.size(); i++) {
            allParameters.get(i).value().setTo(other.allParameters.get(i).value());
        }
        for (int i = 0; i < hidden.size(); i++) {
            if (hidden.get(i).normalization() instanceof BatchNorm mine
                    && other.hidden.get(i).normalization() instanceof BatchNorm theirs) {
                System.arraycopy(theirs.runningMean(), 0, mine.runningMean(), 0, mine.runningMean().length);
                System.arraycopy(theirs.runningVar(), 0, mine.runningVar(), 0, mine.runningVar().length);
            }
            if (hidden.get(i).normalization() instanceof BatchRenorm mine
                    && other.hidden.get(i).normalization() instanceof BatchRenorm theirs) {
                System.arraycopy(theirs.runningMean(), 0, mine.runningMean(), 0, mine.runningMean().length);
                System.arraycopy(theirs.runningVar(), 0, mine.runningVar(), 0, mine.runningVar().length);
                mine.setTrainingSteps(theirs.trainingSteps());
            }
        }
    }
}

package bnlab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * One hidden layer: Dense, then normalization and nonlinearity in the chosen order. It keeps every
 * intermediate of the last batch so statistics can read them instead of recomputing them. The
 * matrices returned are live buffers: read them on the thread that trains the network.
 */
public final class HiddenLayer {
    private final int index;
    private final Dense dense;
    private final Normalization norm; // null when the network has none
    private final Activation activation;
    private final Placement placement;
    private final Dropout dropout; // null without dropout

    private final DMatrixRMaj z = new DMatrixRMaj(1, 1);      // Dense output
    private final DMatrixRMaj normed = new DMatrixRMaj(1, 1); // normalization output
    private final DMatrixRMaj act = new DMatrixRMaj(1, 1);    // nonlinearity output
    private final DMatrixRMaj dOutput = new DMatrixRMaj(1, 1); // dL/d(layer output), written by the next layer
    private final DMatrixRMaj dMiddle = new DMatrixRMaj(1, 1); // between normalization and nonlinearity
    private final DMatrixRMaj dZ = new DMatrixRMaj(1, 1);
    private boolean normActive;
    private boolean dropActive;

    HiddenLayer(int index, Dense dense, Normalization norm, Activation activation, Placement placement,
                Dropout dropout) {
        this.dropout = dropout;
        this.index = index;
        this.dense = dense;
        this.norm = norm;
        this.activation = activation;
        this.placement = placement;
    }

    void forward(DMatrixRMaj in, Mode mode, boolean useNorm) {
        normActive = useNorm && norm != null;
        dense.forward(in, z);
        int count = z.getNumElements();
        act.reshape(z.numRows, z.numCols);
        if (placement == Placement.BEFORE_ACTIVATION) {
            if (normActive) norm.forward(z, normed, mode);
            DMatrixRMaj pre = normActive ? normed : z;
            activation.forward(pre.data, act.data, count);
        } else {
            activation.forward(z.data, act.data, count);
            if (normActive) norm.forward(act, normed, mode);
        }
        dropActive = dropout != null && mode == Mode.TRAIN; // training steps only, never the probe or evaluation
        if (dropActive) dropout.forward(undropped());
    }

    /** Given {@link #dOutput}, fills the layer's gradients; writes dL/d(input) into {@code dIn} unless null. */
    void backward(DMatrixRMaj in, DMatrixRMaj dIn, boolean parameterGradients) {
        DMatrixRMaj dOutput = dropActive ? dropout.backward(this.dOutput) : this.dOutput;
        int count = z.getNumElements();
        dMiddle.reshape(z.numRows, z.numCols);
        dZ.reshape(z.numRows, z.numCols);
        if (placement == Placement.BEFORE_ACTIVATION) {
            DMatrixRMaj pre = normActive ? normed : z;
            activation.backward(pre.data, act.data, dOutput.data, dMiddle.data, count);
            if (normActive) norm.backward(dMiddle, dZ);
            dense.backward(in, normActive ? dZ : dMiddle, dIn, parameterGradients);
        } else {
            if (normActive) norm.backward(dOutput, dMiddle);
            activation.backward(z.data, act.data, normActive ? dMiddle.data : dOutput.data, dZ.data, count);
            dense.backward(in, dZ, dIn, parameterGradients);
        }
    }

    public int index() {
        return index;
    }

    public int width() {
        return dense.outputSize();
    }

    public Dense dense() {
        return dense;
    }

    /** The normalization layer, or null if the network has none (it may exist but be switched off). */
    public Normalization normalization() {
        return norm;
    }

    public Activation activationFunction() {
        return activation;
    }

    public Placement placement() {
        return placement;
    }

    /** Whether the normalization took part in the last forward pass. */
    public boolean normalizationActive() {
        return normActive;
    }

    /** What goes into the normalization (or would, where there is none or it is off). */
    public DMatrixRMaj preNorm() {
        return placement == Placement.BEFORE_ACTIVATION ? z : act;
    }

    /** The normalization's output of the last pass (live; meaningful only while it was active). */
    public DMatrixRMaj normOutput() {
        return normed;
    }

    /** The input of the nonlinearity: what Ioffe &amp; Szegedy's Figure 1 plots. */
    public DMatrixRMaj preActivation() {
        return placement == Placement.BEFORE_ACTIVATION && normActive ? normed : z;
    }

    /** The output of the nonlinearity. */
    public DMatrixRMaj activation() {
        return act;
    }

    /** What the layer passes on to the next one (after dropout in a training step). */
    public DMatrixRMaj output() {
        return dropActive ? dropout.forwardOutput() : undropped();
    }

    private DMatrixRMaj undropped() {
        return placement == Placement.AFTER_ACTIVATION && normActive ? normed : act;
    }

    /** The layer's dropout, or null without. */
    public Dropout dropout() {
        return dropout;
    }

    /** dL/d(pre-activation) for the last backward pass. */
    public DMatrixRMaj gradPreActivation() {
        if (placement == Placement.BEFORE_ACTIVATION) return dMiddle;
        return dZ;
    }

    DMatrixRMaj gradOutputBuffer() {
        return dOutput;
    }

    public DMatrixRMaj weights() {
        return dense.weight().value();
    }

    public DMatrixRMaj weightGrad() {
        return dense.weight().grad();
    }

    public DMatrixRMaj lastWeightUpdate() {
        return dense.weight().update();
    }
}

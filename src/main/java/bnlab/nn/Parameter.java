package bnlab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * A learnable tensor with its gradient and the last change an optimizer made to it. The last
 * update is kept (not recomputed) because the update-to-data ratio is read from it.
 */
public final class Parameter {
    private final String name;
    private final DMatrixRMaj value;
    private final DMatrixRMaj grad;
    private final DMatrixRMaj update;
    private final boolean decays;

    /**
     * @param decays whether L2 weight decay applies: true for weight matrices; biases and the
     *               normalization's gamma and beta are left undecayed, as is common practice
     */
    public Parameter(String name, int rows, int cols, boolean decays) {
        this.name = name;
        this.value = new DMatrixRMaj(rows, cols);
        this.grad = new DMatrixRMaj(rows, cols);
        this.update = new DMatrixRMaj(rows, cols);
        this.decays = decays;
    }

    public String name() {
        return name;
    }

    public DMatrixRMaj value() {
        return value;
    }

    public DMatrixRMaj grad() {
        return grad;
    }

    /** The change applied by the last optimizer step (new value minus old). */
    public DMatrixRMaj update() {
        return update;
    }

    public boolean decays() {
        return decays;
    }

    public int size() {
        return value.getNumElements();
    }
}

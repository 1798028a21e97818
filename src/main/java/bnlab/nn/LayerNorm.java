package bnlab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Layer normalization (Ba, Kiros &amp; Hinton 2016): each example is normalized over its own
 * features, so it behaves the same in training and inference and at any batch size. That is group
 * normalization with a single group, so the arithmetic is {@link GroupNorm}'s.
 */
public final class LayerNorm implements Normalization {
    private final GroupNorm oneGroup;

    public LayerNorm(String name, int n, double epsilon) {
        this.oneGroup = new GroupNorm(name, n, 1, epsilon);
    }

    @Override
    public NormKind kind() {
        return NormKind.LAYER;
    }

    @Override
    public Parameter gamma() {
        return oneGroup.gamma();
    }

    @Override
    public Parameter beta() {
        return oneGroup.beta();
    }

    @Override
    public void forward(DMatrixRMaj x, DMatrixRMaj y, Mode mode) {
        oneGroup.forward(x, y, mode);
    }

    @Override
    public void backward(DMatrixRMaj dy, DMatrixRMaj dx) {
        oneGroup.backward(dy, dx);
    }
}

package bnlab.nn;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/** A normalization layer with learnable scale γ and shift β, batch-major (m × n). */
public interface Normalization {
    NormKind kind();

    /** y = γ · normalize(x) + β; y is reshaped to x's shape. */
    void forward(DMatrixRMaj x, DMatrixRMaj y, Mode mode);

    /** Given dL/dy for the last forward pass, writes dL/dx and overwrites dγ, dβ. */
    void backward(DMatrixRMaj dy, DMatrixRMaj dx);

    Parameter gamma();

    Parameter beta();

    default List<Parameter> parameters() {
        return List.of(gamma(), beta());
    }
}

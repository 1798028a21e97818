package bnlab.nn;

/**
 * Faster whole-array forms of {@link Activation}'s loops, where the kernels in use have them
 * ({@link Kernels#ACTIVATIONS}; null with the plain kernels, whose loops are Activation's own).
 */
interface ActivationKernels {
    /** out[i] = f(in[i]) for i below n; false if this activation has no faster form here. */
    boolean forward(Activation f, double[] in, double[] out, int n);

    /** dIn[i] = f'(in[i]) · dOut[i], as {@link Activation#backward}; false if there is no faster form. */
    boolean backward(Activation f, double[] in, double[] out, double[] dOut, double[] dIn, int n);
}

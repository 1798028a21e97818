package bnlab.nn;

/**
 * Element-wise nonlinearities. Forward and backward work on flat row-major arrays so that the
 * network can call them on whole batches without allocating.
 */
public enum Activation {
    SIGMOID("sigmoid"),
    TANH("tanh"),
    RELU("relu"),
    LEAKY_RELU("leaky-relu"),
    IDENTITY("identity");

    /** Slope of leaky ReLU for negative inputs (PyTorch's default). */
    public static final double LEAKY_SLOPE = 0.01;

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The name used in experiment files. */
    public String id() {
        return id;
    }

    public static Activation fromId(String id) {
        for (Activation a : values()) {
            if (a.id.equals(id)) return a;
        }
        throw new IllegalArgumentException("unknown activation \"" + id + "\"");
    }

    /** out[i] = f(in[i]) for i in [0, n). */
    public void forward(double[] in, double[] out, int n) {
        ActivationKernels fast = Kernels.ACTIVATIONS;
        if (fast != null && fast.forward(this, in, out, n)) return;
        switch (this) {
            case SIGMOID -> {
                for (int i = 0; i < n; i++) out[i] = sigmoid(in[i]);
            }
            case TANH -> {
                for (int i = 0; i < n; i++) out[i] = tanh(in[i]);
            }
            case RELU -> {
                for (int i = 0; i < n; i++) out[i] = in[i] > 0 ? in[i] : 0.0;
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < n; i++) out[i] = in[i] > 0 ? in[i] : LEAKY_SLOPE * in[i];
            }
            case IDENTITY -> System.arraycopy(in, 0, out, 0, n);
        }
    }

    /**
     * dIn[i] = f'(in[i]) * dOut[i]. Sigmoid and tanh use their output (cheaper and exact);
     * the piecewise-linear ones use the input.
     */
    public void backward(double[] in, double[] out, double[] dOut, double[] dIn, int n) {
        ActivationKernels fast = Kernels.ACTIVATIONS;
        if (fast != null && fast.backward(this, in, out, dOut, dIn, n)) return;
        switch (this) {
            case SIGMOID -> {
                for (int i = 0; i < n; i++) dIn[i] = dOut[i] * out[i] * (1.0 - out[i]);
            }
            case TANH -> {
                for (int i = 0; i < n; i++) dIn[i] = dOut[i] * (1.0 - out[i] * out[i]);
            }
            case RELU -> {
                for (int i = 0; i < n; i++) dIn[i] = in[i] > 0 ? dOut[i] : 0.0;
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < n; i++) dIn[i] = in[i] > 0 ? dOut[i] : LEAKY_SLOPE * dOut[i];
            }
            case IDENTITY -> System.arraycopy(dOut, 0, dIn, 0, n);
        }
    }

    /** Logistic function; exp overflows harmlessly to infinity for very negative x (giving 0). */
    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /**
     * tanh through the intrinsic {@link Math#exp}: Java 17's {@link Math#tanh} is a native call of
     * ~20 ns, several times slower. Near zero the series keeps full relative precision.
     */
    static double tanh(double x) {
        double ax = Math.abs(x);
        if (ax < 0.01) {
            double x2 = x * x;
            return x * (1.0 - x2 * (1.0 / 3.0 - x2 * (2.0 / 15.0 - x2 * (17.0 / 315.0))));
        }
        if (ax > 20.0) return Math.copySign(1.0, x);
        double e = Math.exp(2.0 * ax);
        return Math.copySign((e - 1.0) / (e + 1.0), x);
    }
}

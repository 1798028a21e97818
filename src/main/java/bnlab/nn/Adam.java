package bnlab.nn;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma &amp; Ba 2015) with PyTorch's defaults (β1 0.9, β2 0.999, ε 1e-8) and bias
 * correction; L2 weight decay is added to the gradient, as in {@code torch.optim.Adam}.
 */
public final class Adam implements Optimizer {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private double learningRate;
    private final double weightDecay;
    private final Map<Parameter, State> states = new IdentityHashMap<>();

    private static final class State {
        final double[] m;
        final double[] v;
        long t;

        State(int n) {
            m = new double[n];
            v = new double[n];
        }
    }

    public Adam(double learningRate, double weightDecay) {
        this.learningRate = learningRate;
        this.weightDecay = weightDecay;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public void step(List<Parameter> parameters) {
        for (int p = 0; p < parameters.size(); p++) {
            Parameter param = parameters.get(p);
            int n = param.size();
            State s = states.get(param);
            if (s == null) { // a capturing lambda here would allocate on every step
                s = new State(n);
                states.put(param, s);
            }
            s.t++;
            double c1 = 1 - Math.pow(BETA1, s.t);
            double c2 = 1 - Math.pow(BETA2, s.t);
            double[] w = param.value().data;
            double[] g = param.grad().data;
            double[] u = param.update().data;
            double decay = param.decays() ? weightDecay : 0.0;
            for (int i = 0; i < n; i++) {
                double gi = g[i] + decay * w[i];
                s.m[i] = BETA1 * s.m[i] + (1 - BETA1) * gi;
                s.v[i] = BETA2 * s.v[i] + (1 - BETA2) * gi * gi;
                double mHat = s.m[i] / c1;
                double vHat = s.v[i] / c2;
                u[i] = -learningRate * mHat / (Math.sqrt(vHat) + EPSILON);
                w[i] += u[i];
            }
        }
    }
}

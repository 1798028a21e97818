package bnlab.nn;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent, optionally with momentum, as PyTorch defines it
 * ({@code v = μ v + g; w −= lr v}, no dampening), and optional L2 weight decay
 * ({@code g += λ w}) on parameters that {@link Parameter#decays() decay}.
 */
public final class Sgd implements Optimizer {
    private double learningRate;
    private final double momentum;
    private final double weightDecay;
    private final Map<Parameter, double[]> velocity = new IdentityHashMap<>();

    public Sgd(double learningRate, double momentum, double weightDecay) {
        this.learningRate = learningRate;
        this.momentum = momentum;
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
            double[] w = param.value().data;
            double[] g = param.grad().data;
            double[] u = param.update().data;
            double decay = param.decays() ? weightDecay : 0.0;
            int n = param.size();
            if (momentum == 0.0) {
                for (int i = 0; i < n; i++) {
                    u[i] = -learningRate * (g[i] + decay * w[i]);
                    w[i] += u[i];
                }
            } else {
                double[] v = velocity.get(param);
                if (v == null) { // a capturing lambda here would allocate on every step
                    v = new double[n];
                    velocity.put(param, v);
                }
                for (int i = 0; i < n; i++) {
                    v[i] = momentum * v[i] + g[i] + decay * w[i];
                    u[i] = -learningRate * v[i];
                    w[i] += u[i];
                }
            }
        }
    }
}

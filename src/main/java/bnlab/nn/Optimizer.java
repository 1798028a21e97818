package bnlab.nn;

import java.util.List;

/** Updates parameters from their gradients, recording each change in {@link Parameter#update()}. */
public interface Optimizer {
    void step(List<Parameter> parameters);

    double learningRate();

    /** Takes effect at the next step; optimizer state (momentum, Adam moments) is kept. */
    void setLearningRate(double learningRate);
}

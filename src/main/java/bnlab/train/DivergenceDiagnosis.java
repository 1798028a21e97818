package bnlab.train;

import bnlab.nn.HiddenLayer;
import bnlab.nn.Network;
import org.ejml.data.DMatrixRMaj;

/** Says, in words a student understands, why a run stopped being finite. */
final class DivergenceDiagnosis {
    private DivergenceDiagnosis() {}

    static String explain(Network net, long step, double loss, double learningRate) {
        StringBuilder why = new StringBuilder();
        why.append("Diverged at step ").append(step).append(": the loss became ")
                .append(Double.isNaN(loss) ? "NaN" : "infinite").append(". ");
        int exploded = -1;
        double worst = 0;
        for (HiddenLayer layer : net.hiddenLayers()) {
            double m = maxAbs(layer.preActivation());
            if (!(m < 1e6)) { // NaN counts too
                exploded = layer.index();
                worst = m;
                break;
            }
        }
        if (exploded >= 0) {
            why.append("The pre-activations of hidden layer ").append(exploded + 1).append(" exploded (")
                    .append(Double.isNaN(worst) ? "NaN" : String.format("|x| up to %.3g", worst)).append("). ");
        }
        why.append("Likely cause: the learning rate (").append(String.format("%.3g", learningRate))
                .append(") is too high for this network, so the weights overshoot and grow without bound");
        if (net.spec().initScale() > 1.5 && net.spec().init() == bnlab.nn.Init.GAUSSIAN) {
            why.append(", made worse by large initial weights (std ").append(net.spec().initScale()).append(")");
        }
        why.append(". Lower the learning rate");
        why.append(net.hasNormalization() && !net.normalizationEnabled() ? ", or switch normalization back on"
                : net.hasNormalization() ? "" : ", or add batch normalization");
        why.append(", then reset.");
        return why.toString();
    }

    private static double maxAbs(DMatrixRMaj m) {
        double max = 0;
        for (int i = 0; i < m.getNumElements(); i++) {
            double v = Math.abs(m.data[i]);
            if (Double.isNaN(v)) return Double.NaN;
            max = Math.max(max, v);
        }
        return max;
    }
}

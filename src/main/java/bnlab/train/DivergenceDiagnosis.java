package bnlab.train;

import bnlab.nn.HiddenLayer;
import bnlab.nn.Init;
import bnlab.nn.Network;
import org.ejml.data.DMatrixRMaj;

/** Works out why a run stopped being finite, from what the network kept of its last batch. */
final class DivergenceDiagnosis {
    private DivergenceDiagnosis() {}

    /** False once any hidden layer's pre-activations hold an infinity or NaN (a cheap sum, every step). */
    static boolean activationsFinite(Network net) {
        for (HiddenLayer layer : net.hiddenLayers()) {
            double s = 0;
            double[] d = layer.preActivation().data;
            int n = layer.preActivation().getNumElements();
            for (int i = 0; i < n; i++) s += d[i];
            if (!Double.isFinite(s)) return false;
        }
        return true;
    }

    static Divergence diagnose(Network net, long step, double loss, double learningRate) {
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
        String norm = normalizationState(net);
        boolean largeInit = net.spec().init() == Init.GAUSSIAN && net.spec().initScale() > 1.5;
        return new Divergence(step, Double.isNaN(loss), exploded, worst, learningRate, largeInit,
                net.spec().initScale(), norm);
    }

    /** "on", "off" (switched off) or "none" (the network has none): what the advice in a diagnosis depends on. */
    static String normalizationState(Network net) {
        return !net.hasNormalization() ? "none" : net.normalizationEnabled() ? "on" : "off";
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

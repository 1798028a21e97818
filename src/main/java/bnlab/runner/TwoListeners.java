package bnlab.runner;

import bnlab.train.RunEvent;
import bnlab.train.RunListener;
import bnlab.train.StatsFrame;

/** Hands every measurement to the first listener, then to the second. */
record TwoListeners(RunListener first, RunListener second) implements RunListener {
    @Override
    public void onStep(String network, long step, double loss, double accuracy) {
        first.onStep(network, step, loss, accuracy);
        second.onStep(network, step, loss, accuracy);
    }

    @Override
    public void onTest(String network, long step, double loss, double accuracy) {
        first.onTest(network, step, loss, accuracy);
        second.onTest(network, step, loss, accuracy);
    }

    @Override
    public void onStats(String network, StatsFrame frame) {
        first.onStats(network, frame);
        second.onStats(network, frame);
    }

    @Override
    public void onLandscape(String network, long step, bnlab.stats.Landscape landscape) {
        first.onLandscape(network, step, landscape);
        second.onLandscape(network, step, landscape);
    }

    @Override
    public void onEvent(RunEvent event) {
        first.onEvent(event);
        second.onEvent(event);
    }
}

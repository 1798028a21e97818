package bnlab.train;

import bnlab.nn.NormKind;

/**
 * What one training run looks like at an instant: published by its training thread, read by the
 * UI on its own thread. Immutable: the UI can draw it at leisure while training goes on.
 *
 * @param name                "bn", "ln" or "plain"
 * @param kind                the normalization this network has (NONE for the plain twin)
 * @param normalizationOn     whether that normalization is currently switched on
 * @param message             why the run diverged or stopped (English, for the command line); empty otherwise
 * @param stepsPerSecond      measured over the last second of running
 * @param stats               the latest probe measurement, or null before the first
 * @param predictions         the latest eval-mode predictions for the UI (decision boundary or example strip), or null
 * @param divergence          why the run diverged, as facts the app words in its own language; null unless DIVERGED
 * @param stall               why a finite run is not learning (test accuracy at chance); null while it learns
 * @param timing              where the training thread's time went so far
 * @param steps               every step's training loss and accuracy so far, unthinned (for export)
 * @param inside              the followed layer's normalization on the last measured training batch; null before the first step
 * @param landscape           the loss landscape along the gradient at each measurement: {@link bnlab.stats.Landscape} points
 */
public record RunSnapshot(
        String name,
        NormKind kind,
        boolean normalizationOn,
        RunState state,
        String message,
        long step,
        long stepLimit,
        double stepsPerSecond,
        double learningRate,
        StatsFrame stats,
        RunHistory history,
        Predictions predictions,
        Divergence divergence,
        Stall stall,
        RunTiming timing,
        StepLog.View steps,
        bnlab.stats.InsideNormFrame inside,
        bnlab.stats.Series landscape) {

    /** This snapshot, marked {@link RunState#FAILED} with {@code why}: all a run can publish when even that is short of memory. */
    RunSnapshot failed(String why) {
        return new RunSnapshot(name, kind, normalizationOn, RunState.FAILED, why, step, stepLimit, 0, learningRate, stats,
                history, predictions, divergence, stall, timing, steps, inside, landscape);
    }
}

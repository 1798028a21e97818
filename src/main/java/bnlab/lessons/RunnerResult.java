package bnlab.lessons;

import bnlab.runner.ExperimentRunner;
import bnlab.data.DatasetException;
import bnlab.experiment.Experiment;
import bnlab.train.RunHistory;
import bnlab.train.RunSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An experiment trained by the headless runner ({@code bnlab run}): the same training threads and
 * measurements as the app, its curves written as metrics.csv, layers.csv and events.csv.
 */
record RunnerResult(Map<String, RunSnapshot> byName) {

    static RunnerResult train(Experiment e, MeasurementContext context, Path dir)
            throws IOException, InterruptedException, DatasetException {
        ExperimentRunner.Result r = ExperimentRunner.run(e, context.data(e), dir, null);
        Map<String, RunSnapshot> m = new LinkedHashMap<>();
        for (RunSnapshot s : r.finals()) m.put(s.name(), s);
        return new RunnerResult(m);
    }

    RunSnapshot get(String network) {
        RunSnapshot s = byName.get(network);
        if (s == null) throw new IllegalStateException("no network \"" + network + "\" in " + byName.keySet());
        return s;
    }

    RunHistory history(String network) {
        return get(network).history();
    }

    /** Test accuracy (eval mode) averaged over the evaluations in the last fifth of the run ({@link Measure#LATE_ACCURACY}). */
    double lateTestAccuracy(String network) {
        return Measure.LATE_ACCURACY.read(get(network), 0, 0);
    }
}

package bnlab.experiment;

import bnlab.data.DatasetException;
import bnlab.data.DatasetSplit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What can only be checked once the data is loaded: settings that cannot mean what they say for
 * this data (a batch larger than the training set, batch normalization measured on a test set of
 * one example). Refused with every problem at once, before anything is built.
 */
public final class DataFit {
    private DataFit() {}

    /** Throws with every problem found, each a sentence. */
    public static void check(Experiment e, DatasetSplit data) throws DatasetException {
        List<String> problems = problems(e, data);
        if (problems.isEmpty()) return;
        throw new DatasetException(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems:" + System.lineSeparator() + "  - "
                        + String.join(System.lineSeparator() + "  - ", problems));
    }

    public static List<String> problems(Experiment e, DatasetSplit data) {
        List<String> problems = new ArrayList<>();
        int train = data.train().size();
        int test = data.test().size();
        if (e.batchSize() > train) {
            problems.add(String.format(Locale.ROOT, "batchSize is %d, but the training set has only %d example%s; "
                    + "a batch cannot be larger than the data (use a batchSize of at most %d, or more data)",
                    e.batchSize(), train, train == 1 ? "" : "s", train));
        }
        if ("batch".equals(e.normalization().kind()) && test < 2) {
            problems.add(String.format(Locale.ROOT, "the test set has only %d example, but batch normalization's "
                    + "statistics are measured on a probe of at least 2 test examples (use a larger "
                    + "dataset.testFraction or dataset.testSize, or more data)", test));
        }
        return problems;
    }

    /** What the experiment gets instead of what it asked for, said once on stderr by the runner; empty if nothing. */
    public static List<String> notes(Experiment e, DatasetSplit data) {
        int test = data.test().size();
        if (e.probeSize() > test && e.probeSize() != ExperimentDefaults.EXPERIMENT.probeSize()) {
            return List.of(String.format(Locale.ROOT, "note: probeSize is %d, but the test set has %d examples; "
                    + "the probe uses all %d", e.probeSize(), test, test));
        }
        return List.of();
    }
}

package bnlab.ui;

import bnlab.runner.SweepAxis;
import bnlab.runner.SweepRow;
import java.util.List;

/**
 * What the Sweep panel has to show: the swept field and its values, the networks, the rows of the
 * runs ended so far (in the order they ended), how many runs there are, and whether it still runs.
 * Immutable: the panel replaces it in the view model as each run ends.
 */
record SweepResult(SweepAxis axis, List<String> networks, List<SweepRow> rows, int total, boolean running) {
    SweepResult {
        networks = List.copyOf(networks);
        rows = List.copyOf(rows);
    }

    SweepResult with(SweepRow row) {
        List<SweepRow> more = new java.util.ArrayList<>(rows);
        more.add(row);
        return new SweepResult(axis, networks, more, total, running);
    }

    SweepResult ended() {
        return new SweepResult(axis, networks, rows, total, false);
    }

    /** The rows in the plan's order, as sweep.csv has them. */
    List<SweepRow> ordered() {
        return rows.stream().sorted(java.util.Comparator.comparingInt(SweepRow::index)).toList();
    }
}

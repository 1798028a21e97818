package bnlab.runner;

import bnlab.data.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code sweep.csv}: one row per run, written the moment the run ends (whole lines, so a sweep that
 * is killed leaves every row done so far), and rewritten in the plan's order once the sweep is complete.
 * Columns: one per swept field (named by its path), then network, seed, outcome, test_acc, test_loss,
 * tested_step, stopped_step, message.
 */
public final class SweepCsv implements Sweep.Listener {
    static final String FILE = "sweep.csv";
    static final String COLUMNS = "network,seed,outcome,test_acc,test_loss,tested_step,stopped_step,message";

    private final Path file;
    private final String header;
    private final RowFile rows;
    private volatile IOException failure;

    SweepCsv(Path dir, List<SweepAxis> axes) throws IOException {
        this.file = dir.resolve(FILE);
        this.header = header(axes);
        this.rows = new RowFile(file, header);
    }

    static String header(List<SweepAxis> axes) {
        StringBuilder b = new StringBuilder();
        for (SweepAxis a : axes) b.append(CsvRecorder.field(a.path())).append(',');
        return b.append(COLUMNS).toString();
    }

    static String line(SweepRow r) {
        StringBuilder b = new StringBuilder();
        for (double v : r.values()) b.append(SweepAxis.format(v)).append(',');
        b.append(CsvRecorder.field(r.network())).append(',').append(r.seed()).append(',').append(r.outcome().id())
                .append(',').append(CsvRecorder.num(r.testAccuracy())).append(',').append(CsvRecorder.num(r.testLoss()))
                .append(',').append(r.testedStep() < 0 ? "" : Long.toString(r.testedStep()))
                .append(',').append(r.stoppedStep() < 0 ? "" : Long.toString(r.stoppedStep()))
                .append(',').append(CsvRecorder.field(r.message()));
        return b.toString();
    }

    @Override
    public synchronized void onRow(SweepRow row) {
        if (failure != null) return;
        try {
            rows.append(line(row));
            rows.flush(); // a row a run: rare enough to hand each to the system at once
        } catch (IOException e) {
            failure = e;
        }
    }

    /** A write that failed (a full disk), or null. */
    IOException failure() {
        return failure;
    }

    /** Closes the streamed file and replaces it, in one step, by the complete rows in the plan's order. */
    synchronized void finish(List<SweepRow> all) throws IOException {
        rows.close();
        AtomicFiles.writeString(file, text(header, all));
    }

    /** The whole file for these rows: what the window's Sweep panel exports. */
    public static String text(List<SweepAxis> axes, List<SweepRow> all) {
        return text(header(axes), all);
    }

    private static String text(String header, List<SweepRow> all) {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (SweepRow r : all) b.append(line(r)).append('\n');
        return b.toString();
    }

    synchronized void close() {
        try {
            rows.close();
        } catch (IOException ignored) {
            // the rows written so far stay; the failure was or will be reported
        }
    }
}

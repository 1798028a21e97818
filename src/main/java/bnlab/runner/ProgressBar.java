package bnlab.runner;

import bnlab.train.RunSnapshot;
import bnlab.train.RunState;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** A one-line progress bar on stderr, redrawn in place. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final long total;
    private final boolean terminal = System.console() != null;
    private long lastDraw;
    private long lastTenth = -1;

    ProgressBar(PrintStream out, long total) {
        this.out = out;
        this.total = total;
    }

    /** Redraws in place on a terminal; elsewhere (a log file, CI) prints a line every 10%. */
    void show(List<RunSnapshot> runs) {
        show(total == 0 ? 1 : (double) leastStep(runs) / total, () -> line(runs));
    }

    /** As above, for any work: {@code fraction} done, {@code line} what the bar says. */
    void show(double fraction, java.util.function.Supplier<String> line) {
        long now = System.nanoTime();
        if (now - lastDraw < 250_000_000L) return;
        lastDraw = now;
        if (terminal) {
            out.print("\r" + line.get());
        } else {
            long tenth = (long) Math.floor(10 * Math.min(1.0, fraction));
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            out.println(line.get());
        }
        out.flush();
    }

    /** The last drawing of a bar shown with {@link #show(double, java.util.function.Supplier)}, on its own line. */
    void finish(String line) {
        out.println((terminal ? "\r" : "") + line);
    }

    /** {@code [####......]  40%}: the bar itself. */
    static String bar(double fraction) {
        double f = Math.max(0, Math.min(1.0, fraction));
        int filled = (int) Math.round(f * WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %3.0f%%", "#".repeat(filled), ".".repeat(WIDTH - filled), 100 * f);
    }

    private long leastStep(List<RunSnapshot> runs) {
        long least = Long.MAX_VALUE;
        for (RunSnapshot s : runs) least = Math.min(least, ended(s) ? total : s.step());
        return least;
    }

    /** Diverged or failed: it will go no further, so it counts as done for the bar. */
    private static boolean ended(RunSnapshot s) {
        return s.state() == RunState.DIVERGED || s.state() == RunState.FAILED;
    }

    void finish(List<RunSnapshot> runs) {
        out.println((terminal ? "\r" : "") + line(runs));
        for (RunSnapshot s : runs) {
            if (ended(s)) out.println(s.name() + ": " + s.message());
        }
    }

    private String line(List<RunSnapshot> runs) {
        long least = Long.MAX_VALUE;
        StringBuilder rates = new StringBuilder();
        for (RunSnapshot s : runs) {
            long done = ended(s) ? total : s.step();
            least = Math.min(least, done);
            rates.append(String.format(Locale.ROOT, "  %s %s", s.name(),
                    ended(s) ? (s.state() == RunState.FAILED ? "failed at " : "diverged at ") + s.step()
                            : String.format(Locale.ROOT, "%.0f steps/s", s.stepsPerSecond())));
        }
        double f = total == 0 ? 1 : Math.min(1.0, (double) least / total);
        return String.format(Locale.ROOT, "%s step %d/%d%s   ", bar(f), least, total, rates);
    }
}

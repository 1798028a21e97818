package bnlab.runner;

import bnlab.train.Failure;
import bnlab.train.RunSnapshot;
import bnlab.train.Session;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Trains the runs of a {@link SweepPlan}, one network per thread and as many at once as the machine
 * has cores, each exactly as {@code bnlab run} trains it (each keeps to one thread, so its numbers do
 * not depend on what runs beside it). Each finished run is handed to the listener at once, on the
 * thread that trained it. Used by {@code bnlab sweep} and the window's Sweep panel.
 */
public final class Sweep {
    /** Hears each run as it ends, on the thread that trained it; must be quick. */
    public interface Listener {
        void onRow(SweepRow row);
    }

    /**
     * How far the sweep is.
     *
     * @param done     runs over
     * @param total    runs in the plan
     * @param fraction steps trained of all the plan's steps (an ended run counts whole)
     */
    public record Progress(int done, int total, double fraction) {}

    private static final long POLL_MILLIS = 5;

    private final SweepPlan plan;
    private final int threads;
    private final long totalSteps;
    private final AtomicLong stepsOfEndedRuns = new AtomicLong();
    private final Map<Integer, Session> training = new ConcurrentHashMap<>();
    private final List<SweepRow> rows = new ArrayList<>();
    private volatile boolean cancelled;

    public Sweep(SweepPlan plan) {
        this(plan, Runtime.getRuntime().availableProcessors());
    }

    public Sweep(SweepPlan plan, int threads) {
        this.plan = plan;
        this.threads = Math.max(1, Math.min(threads, plan.runs().size()));
        long steps = 0;
        for (SweepPlan.Run r : plan.runs()) steps += r.config().steps();
        this.totalSteps = Math.max(1, steps);
    }

    public SweepPlan plan() {
        return plan;
    }

    /**
     * Trains every run, or until {@link #cancel}; returns the rows of the runs that ended, in the
     * plan's order (a cancelled run has none).
     */
    public List<SweepRow> run(Listener listener) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            for (SweepPlan.Run r : plan.runs()) {
                pool.execute(() -> {
                    if (cancelled) return;
                    SweepRow row;
                    try {
                        row = train(r);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (row == null) return;
                    synchronized (rows) {
                        rows.add(row);
                    }
                    stepsOfEndedRuns.addAndGet(r.config().steps());
                    listener.onRow(row);
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // waits; cancel() ends the runs under way
            }
        } catch (InterruptedException e) {
            cancel();
            pool.shutdownNow();
            throw e;
        }
        synchronized (rows) {
            List<SweepRow> out = new ArrayList<>(rows);
            out.sort(Comparator.comparingInt(SweepRow::index));
            return out;
        }
    }

    /** Stops the runs under way and starts no more; {@link #run} then returns what ended. */
    public void cancel() {
        cancelled = true;
        for (Session s : training.values()) s.close();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public Progress progress() {
        long steps = stepsOfEndedRuns.get();
        for (Session s : training.values()) {
            for (RunSnapshot snap : s.snapshots()) steps += snap.state().isOver() ? 0 : snap.step();
        }
        int done;
        synchronized (rows) {
            done = rows.size();
        }
        return new Progress(done, plan.runs().size(), Math.min(1.0, (double) steps / totalSteps));
    }

    /** One network to its end; null if the sweep was cancelled meanwhile. */
    private SweepRow train(SweepPlan.Run r) throws InterruptedException {
        Session session;
        try {
            session = new Session(List.of(r.config()), r.data(), null);
        } catch (RuntimeException | OutOfMemoryError e) {
            return SweepRow.failed(r, "The network could not be built. " + Failure.describe(e));
        }
        try {
            session.keepOneThreadPerNetwork();
            training.put(r.index(), session);
            if (cancelled) return null;
            session.start(true);
            while (!session.isDone()) {
                if (cancelled) return null;
                Thread.sleep(POLL_MILLIS);
            }
            return SweepRow.of(r, session.snapshots().get(0));
        } finally {
            training.remove(r.index());
            session.close();
            for (var run : session.runs()) run.join(5000);
        }
    }
}

package bnlab.train;

import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSpec;
import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.RunPlan;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a live session as a busy teacher would: batch norm switched on and off and the learning
 * rate changed over and over while both twins train with the app's live statistics, and measures
 * the heap (after a collection) before and after. {@link SoakTest} runs a bounded round in CI; the
 * long soak is {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) bnlab.train.Soak MINUTES}
 * (see README).
 */
public final class Soak {
    /** What a soak measured. */
    public record Figures(long switches, long rateChanges, long steps, long switchEvents, int eventsKept, long heapStart,
            long heapEnd, long stepLogBytes, double seconds) {
        /** The heap at the end less the app's step log, which grows by design (16 bytes a step, up to 2,097,152 steps). */
        long heapEndWithoutStepLog() {
            return heapEnd - stepLogBytes;
        }

        String report() {
            return String.format(Locale.ROOT, "soak: %.0f s, %d steps per network, %d batch-norm switches, %d learning-rate "
                    + "changes, %d switch events recorded, %d kept in the history; heap after GC %.1f MB at start, "
                    + "%.1f MB at the end, of which %.1f MB the step logs (%.1f MB without them)", seconds, steps, switches,
                    rateChanges, switchEvents, eventsKept, heapStart / 1e6, heapEnd / 1e6, stepLogBytes / 1e6,
                    heapEndWithoutStepLog() / 1e6);
        }
    }

    private Soak() {}

    static Experiment experiment() {
        return SessionTest.experiment("batch", true, 0.1, Long.MAX_VALUE / 2);
    }

    /**
     * {@code changes} switches and as many learning-rate changes, one of each at a time, each applied
     * after training moved on at least a step; then (if {@code seconds} > 0) keeps going until that many seconds passed.
     */
    public static Figures run(int changes, double seconds) throws Exception {
        DatasetSplit data = DatasetLoader.load(DatasetSpec.of("spiral"), 1, Path.of("."));
        AtomicLong switchEvents = new AtomicLong();
        RunListener counter = new RunListener() {
            @Override
            public void onEvent(RunEvent e) {
                if (e.kind() == RunEvent.Kind.NORMALIZATION_ON || e.kind() == RunEvent.Kind.NORMALIZATION_OFF) {
                    switchEvents.incrementAndGet();
                }
            }
        };
        long t0 = System.nanoTime();
        try (Session s = new Session(RunPlan.runs(experiment(), data, true), data, counter)) {
            s.start(true);
            awaitStep(s, 200);
            long heapStart = heapAfterGc();
            long switches = 0;
            long rates = 0;
            long end = t0 + (long) (seconds * 1e9);
            for (long i = 0; i < changes || System.nanoTime() < end; i++) {
                long at = s.snapshots().get(0).step();
                s.setNormalizationEnabled(i % 2 == 1);
                s.setLearningRate(0.05 + 0.01 * (i % 7));
                switches++;
                rates++;
                awaitStep(s, at + 1);
            }
            awaitStep(s, s.snapshots().get(0).step() + 2); // the last commands applied
            long heapEnd = heapAfterGc();
            List<RunSnapshot> last = s.snapshots();
            long logged = 0;
            for (RunSnapshot r : last) logged += (long) StepLog.BYTES_PER_STEP * r.steps().steps();
            return new Figures(switches, rates, last.get(0).step(), switchEvents.get(), last.get(0).history().events().size(),
                    heapStart, heapEnd, logged, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static void awaitStep(Session s, long step) throws InterruptedException {
        while (s.snapshots().get(0).step() < step) {
            if (s.isDone()) throw new IllegalStateException("the session ended: " + s.snapshots().get(0).message());
            Thread.sleep(0, 200_000);
        }
    }

    static long heapAfterGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /** {@code Soak MINUTES} soaks that long; {@code Soak --changes N} makes N of each change, then prints the figures' fields too. */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--changes")) {
            Figures f = run(Integer.parseInt(args[1]), 0);
            System.out.println(f.report());
            System.out.println("figures " + f.switches() + " " + f.switchEvents() + " " + f.eventsKept() + " " + f.heapStart()
                    + " " + f.heapEndWithoutStepLog());
            return;
        }
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        System.out.println(run(0, minutes * 60).report());
    }
}

package bnlab.ui;

import bnlab.experiment.RunPlan;
import bnlab.train.RunSnapshot;
import bnlab.train.Session;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * {@code bnlab app --measure SECONDS}: is the window smooth, and what does it cost training?
 *
 * <p>After a warm-up it alternates two phases of equal length in the same JVM: the window trains
 * the experiment with every chart live, then a headless twin session trains the same experiment
 * the runner's way (statistics every {@code statsEvery} steps, nothing drawn) while the window's
 * session is paused. Each round gives a ratio of steps per second; alternating short phases keeps
 * the ratio honest on a host whose speed drifts (a shared virtual machine), which one long phase
 * of each does not. Frames are counted in both phases: in the headless one the window only idles,
 * which gives the ceiling the frame loop reaches on this machine under the same training load.
 */
final class FrameRateBenchmark {
    /** Long enough for the JIT to finish with the UI's code, which runs only 60 times a second. */
    private static final double WARM_UP_SECONDS = 30;
    private static final double PHASE_SECONDS = 5;
    /** Time after a switch before counting: pausing and playing take effect within a step. */
    private static final double SETTLE_SECONDS = 0.5;

    private final BnLabApp app;
    private final int rounds;
    private final List<Round> results = new ArrayList<>();
    private Session headless;
    private long frames0;
    private long late0;
    private long update0;
    private long cpu0;
    private long train0;
    private long time0;
    private long[] steps0;
    private Phase window;

    /** What one phase counted. */
    private record Phase(double seconds, long frames, long lateFrames, long updateNanos, long uiCpuNanos,
            long trainCpuNanos, double[] stepsPerSecond) {
        double framesPerSecond() {
            return frames / seconds;
        }

        /** CPU time of JavaFX's two threads, as a percentage of one core. */
        double uiCpuPercent() {
            return uiCpuNanos / 1e7 / seconds;
        }

        double totalStepsPerSecond() {
            return Arrays.stream(stepsPerSecond).sum();
        }

        /** CPU time of the training threads, as a percentage of one core. */
        double trainCpuPercent() {
            return trainCpuNanos / 1e7 / seconds;
        }
    }

    private record Round(Phase window, Phase headless) {
        double ratio(int network) {
            return window.stepsPerSecond[network] / headless.stepsPerSecond[network];
        }
    }

    FrameRateBenchmark(BnLabApp app, double seconds) {
        this.app = app;
        this.rounds = Math.max(2, (int) Math.round(seconds / (2 * PHASE_SECONDS)));
    }

    void start() {
        after(WARM_UP_SECONDS, this::warmHeadless);
    }

    private static void after(double s, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(s));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    /** The headless twin trains once untimed, so its own code paths are compiled too. */
    private void warmHeadless() {
        var e = app.model().experiment();
        var data = app.model().dataProperty().get();
        headless = new Session(RunPlan.runs(e, data, false), data, null);
        headless.start(false);
        app.model().pause();
        headless.play();
        after(PHASE_SECONDS, this::windowPhase);
    }

    private void windowPhase() {
        headless.pause();
        app.model().play();
        after(SETTLE_SECONDS, () -> {
            begin(app.model().session());
            after(PHASE_SECONDS, () -> {
                window = end(app.model().session());
                headlessPhase();
            });
        });
    }

    private void headlessPhase() {
        app.model().pause();
        headless.play();
        after(SETTLE_SECONDS, () -> {
            begin(headless);
            after(PHASE_SECONDS, () -> {
                Round r = new Round(window, end(headless));
                results.add(r);
                print(results.size(), r);
                if (results.size() < rounds) windowPhase();
                else finish();
            });
        });
    }

    private void begin(Session s) {
        LiveView view = app.controller().liveView();
        frames0 = view.totalFrames();
        late0 = view.lateFrames();
        update0 = view.updateNanos();
        cpu0 = cpuNanos(UI_THREADS);
        train0 = cpuNanos(TRAINING_THREADS);
        steps0 = steps(s);
        time0 = System.nanoTime();
    }

    private Phase end(Session s) {
        double elapsed = (System.nanoTime() - time0) / 1e9;
        LiveView view = app.controller().liveView();
        long[] steps = steps(s);
        double[] rates = new double[steps.length];
        for (int i = 0; i < steps.length; i++) rates[i] = (steps[i] - steps0[i]) / elapsed;
        return new Phase(elapsed, view.totalFrames() - frames0, view.lateFrames() - late0,
                view.updateNanos() - update0, cpuNanos(UI_THREADS) - cpu0, cpuNanos(TRAINING_THREADS) - train0, rates);
    }

    /** The FX application thread and the renderer that rasterizes the scene: what drawing costs. */
    private static final Predicate<String> UI_THREADS =
            n -> n.equals("JavaFX Application Thread") || n.startsWith("QuantumRenderer");
    /** Every run's thread; only one session trains at a time, the other's threads sleep. */
    private static final Predicate<String> TRAINING_THREADS = n -> n.startsWith("train-");

    private static long cpuNanos(Predicate<String> which) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (which.test(t.getName())) sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
        }
        return sum;
    }

    private static long[] steps(Session s) {
        return s.snapshots().stream().mapToLong(RunSnapshot::step).toArray();
    }

    private String name(int network) {
        return headless.snapshots().get(network).name();
    }

    private void print(int round, Round r) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "round %d\twindow %.1f frames/s (%d late, UI %.0f%%, training %.0f%% of a core)"
                + "\tidle %.1f frames/s (UI %.0f%%, training %.0f%%)",
                round, r.window.framesPerSecond(), r.window.lateFrames, r.window.uiCpuPercent(),
                r.window.trainCpuPercent(), r.headless.framesPerSecond(), r.headless.uiCpuPercent(),
                r.headless.trainCpuPercent()));
        for (int i = 0; i < r.window.stepsPerSecond.length; i++) {
            line.append(String.format(Locale.ROOT, "\t%s %.1f/%.1f steps/s = %.2f", name(i),
                    r.window.stepsPerSecond[i], r.headless.stepsPerSecond[i], r.ratio(i)));
        }
        System.out.println(line);
        System.out.flush();
    }

    private void finish() {
        headless.close();
        app.model().shutdown();
        long frames = 0;
        long late = 0;
        long update = 0;
        for (Round r : results) {
            frames += r.window.frames;
            late += r.window.lateFrames;
            update += r.window.updateNanos;
        }
        System.out.printf(Locale.ROOT, "frames_per_second\t%.1f%n",
                median(results.stream().mapToDouble(r -> r.window.framesPerSecond()).toArray()));
        System.out.printf(Locale.ROOT, "idle_frames_per_second\t%.1f%n",
                median(results.stream().mapToDouble(r -> r.headless.framesPerSecond()).toArray()));
        System.out.printf(Locale.ROOT, "late_frames_percent\t%.2f%n", 100.0 * late / Math.max(1, frames));
        System.out.printf(Locale.ROOT, "ui_cpu_percent_of_one_core\t%.1f\t(idle %.1f)%n",
                median(results.stream().mapToDouble(r -> r.window.uiCpuPercent()).toArray()),
                median(results.stream().mapToDouble(r -> r.headless.uiCpuPercent()).toArray()));
        System.out.printf(Locale.ROOT, "view_update_ms_per_frame\t%.2f%n", update / 1e6 / Math.max(1, frames));
        for (int i = 0; i < results.get(0).window.stepsPerSecond.length; i++) {
            int n = i;
            double window = results.stream().mapToDouble(r -> r.window.stepsPerSecond[n]).sum();
            double alone = results.stream().mapToDouble(r -> r.headless.stepsPerSecond[n]).sum();
            System.out.printf(Locale.ROOT, "window_steps_per_second\t%s\t%.1f%n", name(i), window / results.size());
            System.out.printf(Locale.ROOT, "headless_steps_per_second\t%s\t%.1f%n", name(i), alone / results.size());
            System.out.printf(Locale.ROOT, "window_to_headless\t%s\t%.2f\t(median of rounds %.2f)%n", name(i),
                    window / alone, median(results.stream().mapToDouble(r -> r.ratio(n)).toArray()));
        }
        if (results.get(0).window.stepsPerSecond.length > 1) {
            // The twins share two cores unevenly from moment to moment; their sum is the experiment's speed.
            double window = results.stream().mapToDouble(r -> r.window.totalStepsPerSecond()).sum();
            double alone = results.stream().mapToDouble(r -> r.headless.totalStepsPerSecond()).sum();
            System.out.printf(Locale.ROOT, "window_to_headless\tall\t%.2f\t(median of rounds %.2f)%n", window / alone,
                    median(results.stream().mapToDouble(r -> r.window.totalStepsPerSecond()
                            / r.headless.totalStepsPerSecond()).toArray()));
        }
        System.out.flush();
        Platform.exit();
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
}

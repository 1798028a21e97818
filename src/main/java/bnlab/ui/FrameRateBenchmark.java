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
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * {@code bnlab app --measure SECONDS}: is the window smooth, and what does it cost training?
 *
 * <p>After a warm-up it alternates phases of equal length in the same JVM: the window trains the
 * experiment with every chart live; then a headless session trains the same experiment the
 * runner's way (statistics every {@code statsEvery} steps, nothing drawn); then one with the
 * window's live statistics but no window, which isolates what drawing costs. Only one session
 * trains at a time, the others paused. Alternating short phases keeps the ratios honest on a host
 * whose speed drifts (a shared virtual machine), which one long phase of each does not. Frames are
 * counted in every phase: while a headless session trains the window only idles, which gives the
 * ceiling the frame loop reaches on this machine under the same training load.
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
    private Session headlessLive;
    private long frames0;
    private long late0;
    private long update0;
    private long cpu0;
    private long train0;
    private long time0;
    private long[] steps0;

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

    /** One window phase, one runner-way phase, one phase with the window's statistics but no window. */
    private record Round(Phase window, Phase headless, Phase headlessLive) {
        double ratio(int network) {
            return window.stepsPerSecond[network] / headless.stepsPerSecond[network];
        }

        double liveRatio(int network) {
            return window.stepsPerSecond[network] / headlessLive.stepsPerSecond[network];
        }
    }

    FrameRateBenchmark(BnLabApp app, double seconds) {
        this.app = app;
        this.rounds = Math.max(2, (int) Math.round(seconds / PHASE_SECONDS)); // seconds of window phases
    }

    void start() {
        after(WARM_UP_SECONDS, this::warmHeadless);
    }

    private static void after(double s, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(s));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    /** The headless twins train once untimed, so their own code paths are compiled too. */
    private void warmHeadless() {
        var e = app.model().experiment();
        var data = app.model().dataProperty().get();
        headless = new Session(RunPlan.runs(e, data, false), data, null);
        headlessLive = new Session(RunPlan.runs(e, data, true), data, null);
        headless.start(false);
        headlessLive.start(false);
        app.model().pause();
        headless.play();
        after(PHASE_SECONDS / 2, () -> {
            headless.pause();
            headlessLive.play();
            after(PHASE_SECONDS / 2, this::windowPhase);
        });
    }

    private void windowPhase() {
        headlessLive.pause();
        app.model().play();
        measure(app.model().session(), window -> {
            app.model().pause();
            headless.play();
            measure(headless, alone -> {
                headless.pause();
                headlessLive.play();
                measure(headlessLive, live -> {
                    Round r = new Round(window, alone, live);
                    results.add(r);
                    print(results.size(), r);
                    if (results.size() < rounds) windowPhase();
                    else finish();
                });
            });
        });
    }

    /** Counts one phase of {@code s} training, after letting the switch take effect. */
    private void measure(Session s, Consumer<Phase> then) {
        after(SETTLE_SECONDS, () -> {
            begin(s);
            after(PHASE_SECONDS, () -> then.accept(end(s)));
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
            line.append(String.format(Locale.ROOT, "\t%s window/runner/live %.1f/%.1f/%.1f steps/s = %.2f, %.2f",
                    name(i), r.window.stepsPerSecond[i], r.headless.stepsPerSecond[i],
                    r.headlessLive.stepsPerSecond[i], r.ratio(i), r.liveRatio(i)));
        }
        System.out.println(line);
        System.out.flush();
    }

    private void finish() {
        headless.close();
        headlessLive.close();
        app.model().shutdown();
        long frames = 0;
        long late = 0;
        long update = 0;
        for (Round r : results) {
            frames += r.window.frames;
            late += r.window.lateFrames;
            update += r.window.updateNanos;
        }
        System.out.printf(Locale.ROOT, "frames_per_second\t%.1f%n", median(r -> r.window.framesPerSecond()));
        System.out.printf(Locale.ROOT, "idle_frames_per_second\t%.1f%n", median(r -> r.headless.framesPerSecond()));
        System.out.printf(Locale.ROOT, "late_frames_percent\t%.2f%n", 100.0 * late / Math.max(1, frames));
        System.out.printf(Locale.ROOT, "ui_cpu_percent_of_one_core\t%.1f\t(idle %.1f)%n",
                median(r -> r.window.uiCpuPercent()), median(r -> r.headless.uiCpuPercent()));
        System.out.printf(Locale.ROOT, "view_update_ms_per_frame\t%.2f%n", update / 1e6 / Math.max(1, frames));
        int networks = results.get(0).window.stepsPerSecond.length;
        for (int i = 0; i < networks; i++) {
            int n = i;
            ratio("window_to_headless", name(i), r -> r.window.stepsPerSecond[n], r -> r.headless.stepsPerSecond[n]);
            ratio("window_to_live_statistics_headless", name(i), r -> r.window.stepsPerSecond[n],
                    r -> r.headlessLive.stepsPerSecond[n]);
        }
        if (networks > 1) {
            // The twins share two cores unevenly from moment to moment; their sum is the experiment's speed.
            ratio("window_to_headless", "all", r -> r.window.totalStepsPerSecond(), r -> r.headless.totalStepsPerSecond());
            ratio("window_to_live_statistics_headless", "all", r -> r.window.totalStepsPerSecond(),
                    r -> r.headlessLive.totalStepsPerSecond());
        }
        System.out.flush();
        Platform.exit();
    }

    /** Pooled over the rounds (equal phase lengths), with the median of the per-round ratios beside it. */
    private void ratio(String what, String who, ToDoubleFunction<Round> window, ToDoubleFunction<Round> other) {
        double a = results.stream().mapToDouble(window).sum();
        double b = results.stream().mapToDouble(other).sum();
        System.out.printf(Locale.ROOT, "%s\t%s\t%.2f\t(median of rounds %.2f; %.1f vs %.1f steps/s)%n", what, who,
                a / b, median(r -> window.applyAsDouble(r) / other.applyAsDouble(r)), a / results.size(),
                b / results.size());
    }

    private double median(ToDoubleFunction<Round> f) {
        return median(results.stream().mapToDouble(f).toArray());
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
}

package bnlab.ui;

import bnlab.experiment.RunPlan;
import bnlab.train.RunSnapshot;
import bnlab.train.Session;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * {@code bnlab app --measure SECONDS}: trains with the window open and reports the frame rate and
 * each network's steps per second; then, in the same JVM with the window idle, trains the same
 * experiment as the headless runner does (no live statistics, no window updates) for the same
 * time and reports the ratio. Both after the same warm-up, so the JIT has settled in both.
 */
final class FrameRateBenchmark {
    private static final double WARM_UP_SECONDS = 10;

    private final BnLabApp app;
    private final double seconds;
    private long frames0;
    private long update0;
    private long time0;
    private long[] steps0;
    private double[] windowRates;

    FrameRateBenchmark(BnLabApp app, double seconds) {
        this.app = app;
        this.seconds = seconds;
    }

    void start() {
        after(WARM_UP_SECONDS, this::beginWindow);
    }

    private static void after(double s, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(s));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    private void beginWindow() {
        frames0 = app.controller().liveView().totalFrames();
        update0 = app.controller().liveView().updateNanos();
        time0 = System.nanoTime();
        steps0 = app.model().session().snapshots().stream().mapToLong(RunSnapshot::step).toArray();
        after(seconds, this::endWindow);
    }

    private void endWindow() {
        double elapsed = (System.nanoTime() - time0) / 1e9;
        long frames = app.controller().liveView().totalFrames() - frames0;
        List<RunSnapshot> runs = app.model().session().snapshots();
        windowRates = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) windowRates[i] = (runs.get(i).step() - steps0[i]) / elapsed;
        System.out.printf(Locale.ROOT, "frames_per_second\t%.1f%n", frames / elapsed);
        System.out.printf(Locale.ROOT, "view_update_ms_per_frame\t%.2f%n",
                (app.controller().liveView().updateNanos() - update0) / 1e6 / Math.max(1, frames));
        for (int i = 0; i < runs.size(); i++) {
            System.out.printf(Locale.ROOT, "window_steps_per_second\t%s\t%.1f%n", runs.get(i).name(), windowRates[i]);
        }
        System.out.flush();
        app.model().pause();
        app.model().shutdown();
        Thread headless = new Thread(this::headless, "headless-benchmark");
        headless.setDaemon(true);
        headless.start();
    }

    /** The same experiment trained the runner's way, off the FX thread, for the same time. */
    private void headless() {
        var e = app.model().experiment();
        var data = app.model().dataProperty().get();
        try (Session s = new Session(RunPlan.runs(e, data, false), data, null)) {
            s.start(true);
            sleep(WARM_UP_SECONDS);
            long[] s0 = s.snapshots().stream().mapToLong(RunSnapshot::step).toArray();
            long t0 = System.nanoTime();
            sleep(seconds);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            List<RunSnapshot> runs = s.snapshots();
            for (int i = 0; i < runs.size(); i++) {
                double rate = (runs.get(i).step() - s0[i]) / elapsed;
                System.out.printf(Locale.ROOT, "headless_steps_per_second\t%s\t%.1f%n", runs.get(i).name(), rate);
                System.out.printf(Locale.ROOT, "window_to_headless\t%s\t%.2f%n", runs.get(i).name(),
                        windowRates[i] / rate);
            }
        }
        System.out.flush();
        Platform.exit();
    }

    private static void sleep(double s) {
        try {
            Thread.sleep((long) (s * 1000));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}

package bnlab.ui;

import bnlab.train.RunSnapshot;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * {@code bnlab app --measure SECONDS}: trains with the window open and reports the frame rate
 * and each network's steps per second, to set beside the headless runner's (README, benchmarks).
 */
final class FrameRateBenchmark {
    private static final double WARM_UP_SECONDS = 3;

    private final BnLabApp app;
    private final double seconds;
    private long frames0;
    private long time0;
    private long[] steps0;
    private long update0;

    FrameRateBenchmark(BnLabApp app, double seconds) {
        this.app = app;
        this.seconds = seconds;
    }

    void start() {
        PauseTransition warm = new PauseTransition(Duration.seconds(WARM_UP_SECONDS));
        warm.setOnFinished(e -> begin());
        warm.play();
    }

    private void begin() {
        frames0 = app.controller().liveView().totalFrames();
        update0 = app.controller().liveView().updateNanos();
        time0 = System.nanoTime();
        List<RunSnapshot> runs = app.model().session().snapshots();
        steps0 = runs.stream().mapToLong(RunSnapshot::step).toArray();
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> finish());
        p.play();
    }

    private void finish() {
        double elapsed = (System.nanoTime() - time0) / 1e9;
        long frames = app.controller().liveView().totalFrames() - frames0;
        System.out.printf(Locale.ROOT, "frames_per_second\t%.1f%n", frames / elapsed);
        System.out.printf(Locale.ROOT, "view_update_ms_per_frame\t%.2f%n",
                (app.controller().liveView().updateNanos() - update0) / 1e6 / Math.max(1, frames));
        List<RunSnapshot> runs = app.model().session().snapshots();
        for (int i = 0; i < runs.size(); i++) {
            System.out.printf(Locale.ROOT, "steps_per_second\t%s\t%.1f%n", runs.get(i).name(),
                    (runs.get(i).step() - steps0[i]) / elapsed);
        }
        System.out.flush();
        Platform.exit();
    }
}

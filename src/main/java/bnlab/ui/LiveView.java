package bnlab.ui;

import bnlab.train.RunSnapshot;
import bnlab.train.Session;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;

/**
 * The frame loop: on every JavaFX pulse it takes the newest snapshots (never waiting for training)
 * and hands them to the views, which redraw only what changed: the histograms whenever a new
 * measurement arrives (training measures at most 8 times a second), the slow-moving curves and
 * bands twice a second, which is all they need. Canvas work per frame is bounded: at most nine
 * histograms and one of the slow views are redrawn in any one frame.
 */
final class LiveView extends AnimationTimer {
    private static final long SLOW_VIEWS_INTERVAL = 500_000_000L;
    /** The status bar changes four times a second, all of it at once: a counter that changes 60
     *  times a second is unreadable anyway, and every frame that changes anything costs a repaint. */
    private static final long STATUS_INTERVAL = 250_000_000L;
    private static final long FPS_INTERVAL = 500_000_000L;
    private static final int HISTOGRAMS_PER_FRAME = 9;
    private static final long LATE_FRAME_NANOS = 25_000_000L;

    private final Supplier<Session> session;
    private final NetworkGrids networks;
    private final CurvesPanel curves;
    private final BandsPanel bands;
    private final PredictionsPanel predictions;
    private final DiagnosticsPanel diagnostics;
    private final StatusLine status;
    private final HistogramTurns turns = new HistogramTurns();
    private final Supplier<Boolean> trainingMode;
    private FocusView focus;
    private final InsideNormPanel inside;
    private final LandscapePanel landscape;
    private List<RunSnapshot> last = List.of();
    private List<RunSnapshot> slowShown = List.of();
    private long lastSlow;
    private long lastStatus;
    private int slowTurn;
    private long frames;
    private long fpsWindowStart;
    private long totalFrames;
    private long lateFrames;
    private long previousPulse;
    private long updateNanos;

    /** Called on every frame for each run that failed, with its sentence. */
    void setOnFailed(java.util.function.Consumer<String> onFailed) {
        status.setOnFailed(onFailed);
    }

    /** The status bar's words (presenter mode shows headlines). */
    StatusLine status() {
        return status;
    }

    LiveView(Supplier<Session> session, ViewModel view, NetworkGrids networks, ChartsController charts, StatusLine status) {
        this.session = session;
        this.networks = networks;
        this.curves = charts.curves;
        this.bands = charts.bands;
        this.predictions = charts.predictions;
        this.diagnostics = charts.diagnostics;
        this.inside = charts.inside;
        this.landscape = charts.landscape;
        this.status = status;
        this.trainingMode = view.trainingStatisticsProperty()::get;
    }

    /** Forget what was shown, so the next frame redraws everything (after a reload or relabel). */
    void invalidate() {
        last = List.of();
        slowShown = List.of();
        lastSlow = 0;
        lastStatus = 0;
        networks.invalidate();
    }

    /** The focus view, fed with the same snapshots while it shows. */
    void setFocus(FocusView f) {
        focus = f;
    }

    /** Nanoseconds spent updating views on the FX thread since the loop started. */
    long updateNanos() {
        return updateNanos;
    }

    @Override
    public void handle(long now) {
        long t0 = System.nanoTime();
        try {
            update(now);
        } finally {
            updateNanos += System.nanoTime() - t0;
        }
    }

    private void update(long now) {
        countFrame(now);
        Session s = session.get();
        if (s == null) return;
        List<RunSnapshot> runs = s.snapshots();
        boolean changed = !same(runs, last);
        // A slow round starts at most twice a second, and only when there is something new to show.
        boolean slowDue = slowTurn > 0 || (now - lastSlow >= SLOW_VIEWS_INTERVAL && !same(runs, slowShown));
        if (now - lastStatus >= STATUS_INTERVAL) {
            lastStatus = now;
            status.show(runs);
            showFrameRate(now);
        }
        if (!changed && !slowDue && !histogramsWaiting()) return;
        networks.ensure(runs);
        boolean training = trainingMode.get();
        List<HistogramGrid> grids = networks.shown();
        for (int i = 0; i < grids.size(); i++) grids.get(i).show(runs.get(i), training);
        if (changed && inside != null && showing(inside)) inside.show(runs); // at the training pace: it redraws only on a new capture
        // Bounded canvas work per frame: a few histograms now, the rest in the next frames.
        turns.flush(grids, HISTOGRAMS_PER_FRAME);
        networks.shareYScale();
        if (focus != null && focus.isActive()) focus.show(runs, training);
        // The slow views take turns, one per frame, for the same reason.
        if (slowDue) {
            if (slowTurn == 0) {
                lastSlow = now;
                slowShown = runs;
            }
            // Charts in a tab that is not showing are left alone until it is.
            switch (slowTurn) {
                case 0 -> curves.show(runs);
                case 1 -> { if (showing(bands)) bands.show(runs, training); }
                case 2 -> { if (showing(predictions)) predictions.show(runs); }
                case 3 -> { if (showing(diagnostics)) diagnostics.show(runs); }
                default -> { if (landscape != null && showing(landscape)) landscape.show(runs); }
            }
            slowTurn = (slowTurn + 1) % 5;
        }
        last = runs;
    }

    /** The same snapshots (training publishes a new object for every change). */
    private static boolean same(List<RunSnapshot> a, List<RunSnapshot> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
        return true;
    }

    /** Whether the node and all its ancestors are visible (a tab's content is hidden while another tab shows). */
    static boolean showing(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) return false;
        }
        return n.getScene() != null;
    }

    private boolean histogramsWaiting() {
        for (HistogramGrid g : networks.shown()) if (g.hasPending()) return true;
        return false;
    }

    /** Frames drawn since the loop started (for the frame-rate benchmark). */
    long totalFrames() {
        return totalFrames;
    }

    /** Frames that came more than 1.5 pulses (25 ms) after the one before: the stutters a user sees. */
    long lateFrames() {
        return lateFrames;
    }

    private void countFrame(long now) {
        if (previousPulse != 0 && now - previousPulse > LATE_FRAME_NANOS) lateFrames++;
        previousPulse = now;
        totalFrames++;
        frames++;
        if (fpsWindowStart == 0) fpsWindowStart = now;
    }

    private void showFrameRate(long now) {
        if (now - fpsWindowStart < FPS_INTERVAL) return;
        double fps = frames / ((now - fpsWindowStart) / 1e9);
        frames = 0;
        fpsWindowStart = now;
        status.showFrameRate(fps);
    }
}

package bnlab.ui.chart;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;

/**
 * A view asks for its redraw by marking only its own branch for layout (cheap: its parents are not
 * laid out again). A request made while an ancestor is in the middle of its layout pass is lost:
 * the ancestor ends the pass marked clean and the next passes never come down to the view, which
 * then shows old data until something else lays the window out (seen in the window: after a lesson
 * was switched, histograms kept the previous lesson's networks until the window was resized).
 * Each pulse, before layout, this looks at the views that asked: one still waiting after a whole
 * pulse asks again the long way, through all its parents. FX thread only.
 */
final class MissedRedraws {
    private static final Map<ChartView, Boolean> WAITING = new IdentityHashMap<>(); // view -> a pass went by
    private static AnimationTimer timer;

    private MissedRedraws() {}

    static void watch(ChartView v) {
        if (WAITING.putIfAbsent(v, Boolean.FALSE) == null && timer == null) {
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    sweep();
                }
            };
            timer.start();
        }
    }

    /** Views waiting now (for tests). */
    static int waiting() {
        return WAITING.size();
    }

    static void sweep() {
        List<ChartView> again = new ArrayList<>();
        WAITING.entrySet().removeIf(e -> {
            ChartView v = e.getKey();
            // Drawn meanwhile, or not in a window (it is laid out, and drawn, when it is added).
            if (!v.isDirty() || v.getScene() == null) return true;
            if (!e.getValue()) {
                e.setValue(Boolean.TRUE); // asked this pulse: the coming layout pass should draw it
                return false;
            }
            again.add(v);
            return true;
        });
        for (ChartView v : again) v.requestLayout();
    }
}

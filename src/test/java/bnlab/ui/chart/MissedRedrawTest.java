package bnlab.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chart given new data while its parent is in the middle of a layout pass (after the chart's own
 * layout) is still redrawn: the window once kept the previous lesson's histograms on screen so.
 */
@ExtendWith(ApplicationExtension.class)
class MissedRedrawTest {
    Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    /**
     * As in the window (Xvfb, 2026-12-01): a histogram grid was left needing layout while its parents
     * were clean (it asked during their layout pass); every chart below it then marked its branch only
     * up to the grid, and no pass came down again: the charts kept lesson 13's data under lesson 11.
     */
    @Test
    void aChartUnderAContainerLeftNeedingLayoutIsStillRedrawn() throws Exception {
        HistogramView view = new HistogramView();
        java.util.Random r = new java.util.Random(1);
        HistogramData first = Synthetic.histogram(Synthetic.normal(r, 500, 0, 1), -10, 10, 40);
        HistogramData second = Synthetic.histogram(Synthetic.normal(r, 500, 3, 2), -10, 10, 40);
        Pane grid = new Pane(view);
        boolean[] armed = {false};
        // Laid out after the grid in the same pass: its request for the grid's layout comes while the
        // parent is performing layout, so the parent is not marked and ends the pass clean.
        Region later = new Region() {
            @Override
            protected void layoutChildren() {
                if (armed[0]) {
                    armed[0] = false;
                    grid.requestLayout();
                }
            }
        };
        Pane parent = new Pane(grid, later);
        fx(() -> {
            view.setStrings(ChartStrings.english());
            view.setPrefSize(300, 200);
            view.setData(first);
            stage.setScene(new Scene(parent, 320, 220));
            stage.show();
        });
        pulses();
        fx(() -> {
            assertFalse(view.isDirty(), "drawn once");
            armed[0] = true;
            later.requestLayout();
        });
        pulses();
        assertTrue(fx(() -> grid.isNeedsLayout() && !parent.isNeedsLayout()), "the grid is left needing layout under a clean parent");
        fx(() -> view.setData(second)); // new data, from the frame loop as the window's histograms get it
        pulses();
        assertFalse(fx(view::isDirty), "the new data is drawn, not left waiting for a pass that never comes down to the chart");
        assertEquals(0, (int) fx(MissedRedraws::waiting));
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
    }

    private static void pulses() {
        for (int i = 0; i < 6; i++) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}

package bnlab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class RidgelineViewTest {
    @Start
    void start(Stage stage) {}

    /** Row k has all its values in bin k of 10 on [0, 10], so each row's peak sits further right. */
    static List<StepHistogram> marchingPeaks(int rows) {
        List<StepHistogram> h = new ArrayList<>();
        for (int k = 0; k < rows; k++) {
            long[] c = new long[10];
            c[k % 10] = 100;
            h.add(new StepHistogram(100L * (k + 1), new HistogramData(0, 10, c, 0, 0, k % 10 + 0.5, 0.3, 100)));
        }
        return h;
    }

    static RidgelineView view(List<StepHistogram> h) {
        RidgelineView v = new RidgelineView();
        v.setStrings(ChartStrings.english());
        v.setHistory(h);
        return Fx.host(v, 320, 220);
    }

    @Test
    void newestRowIsInFrontAtTheBottomAndOldestAtTheTop() {
        Fx.run(() -> {
            RidgelineView v = view(marchingPeaks(5));
            WritableImage img = Fx.snap(v);
            double newestBase = v.baselineOfNewest(0);
            double oldestBase = v.baselineOfNewest(4);
            assertTrue(newestBase > oldestBase + 50, "newest baseline is lowest on screen");
            // Newest row (step 500) peaks in bin 4 ([4, 5]); just above its baseline the ridge is filled.
            Color newestFill = Palette.mix(Color.WHITE, Palette.BLUE, 0.52);
            assertTrue(Fx.near(Fx.px(img, v.xOf(4.5), newestBase - 4), newestFill, 0.04), "newest ridge at its peak bin");
            assertFalse(Fx.near(Fx.px(img, v.xOf(8.5), newestBase - 4), newestFill, 0.04), "no newest ridge at bin 8");
            assertEquals("step 500: mean 4.50, std 0.300\n4 to 5: 100 values (100.0%)", v.describeAt(v.xOf(4.5), newestBase - 2));
            assertTrue(v.describeAt(v.xOf(0.5), oldestBase - 2).startsWith("step 100:"), "top row is the oldest");
        });
    }

    @Test
    void showsOnlyTheNewestMaxRows() {
        Fx.run(() -> {
            RidgelineView v = view(marchingPeaks(30));
            v.setMaxRows(8);
            Fx.snap(v);
            assertTrue(v.describeAt(v.xOf(2.5), v.baselineOfNewest(7) - 1).startsWith("step 2,300:"));
            assertTrue(v.describeAt(v.xOf(9.5), v.baselineOfNewest(0) - 1).startsWith("step 3,000:"));
        });
    }

    @Test
    void emptyHistoryShowsNoDataAndNoHover() {
        Fx.run(() -> {
            RidgelineView v = view(List.of());
            WritableImage img = Fx.snap(v);
            assertEquals(0, Fx.count(img, 0, 0, 320, 220, Palette.BLUE, 0.1));
            assertNull(v.describeAt(160, 110));
        });
    }
}

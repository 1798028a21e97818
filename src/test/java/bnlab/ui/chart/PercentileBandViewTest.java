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
class PercentileBandViewTest {
    @Start
    void start(Stage stage) {}

    /** Percentiles of N(0, 1)·10 rounded to easy numbers, the same at every step. */
    static final double[] Q = {-40, -15, -10.4, -10, -5, 0, 5, 10, 10.4, 15, 40};

    static List<PercentilePoint> flat(int n, long every) {
        List<PercentilePoint> pts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pts.add(new PercentilePoint(i * every, Q));
        }
        return pts;
    }

    static PercentileBandView view(List<PercentilePoint> pts) {
        PercentileBandView v = new PercentileBandView();
        v.setStrings(ChartStrings.english());
        v.setPoints(pts);
        v.setFixedYRange(new ValueRange(-50, 50));
        return Fx.host(v, 400, 300);
    }

    @Test
    void nestedBandsAndLinesLieAtTheirPercentiles() {
        Fx.run(() -> {
            PercentileBandView v = view(flat(100, 10));
            WritableImage img = Fx.snap(v);
            double x = v.xOfStep(500);
            // Between p50 (0) and p69.15 (5): innermost band; between p15 and p85 but outside it: band 2.
            assertTrue(Fx.near(Fx.px(img, x, v.yOfValue(2.5)), v.bandFill(3), 0.02), "inner band between p50 and p69");
            assertTrue(Fx.near(Fx.px(img, x, v.yOfValue(7.5)), v.bandFill(2), 0.02), "third band between p69 and p84");
            assertTrue(Fx.near(Fx.px(img, x, v.yOfValue(-12.5)), v.bandFill(1), 0.02), "second band below p15.87");
            assertTrue(Fx.near(Fx.px(img, x, v.yOfValue(-30)), v.bandFill(0), 0.02), "outer band");
            assertTrue(Fx.near(Fx.px(img, x, v.yOfValue(45)), Color.WHITE, 0.02), "nothing above the max");
            assertTrue(Fx.near(Fx.px(img, x, v.yOfValue(0)), v.lineColor(), 0.05), "median line");
            double y85 = v.yOfValue(10.4);
            double darkest = Math.min(Fx.px(img, x, y85).getBrightness(),
                    Math.min(Fx.px(img, x, y85 - 1).getBrightness(), Fx.px(img, x, y85 + 1).getBrightness()));
            assertTrue(darkest < v.lineColor().getBrightness() + 0.15, "85th percentile line: " + darkest);
            assertTrue(Fx.px(img, x, v.yOfValue(12.5)).getBrightness() > 0.7, "no line between the 85th and the band edge");
        });
    }

    @Test
    void aFixedYRangeGivesTwoViewsIdenticalAxes() {
        Fx.run(() -> {
            PercentileBandView a = view(flat(100, 10));
            List<PercentilePoint> narrow = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                double[] q = Q.clone();
                for (int k = 0; k < q.length; k++) {
                    q[k] /= 10;
                }
                narrow.add(new PercentilePoint(i * 10L, q));
            }
            PercentileBandView b = view(narrow);
            Fx.snap(a);
            Fx.snap(b);
            assertEquals(a.yOfValue(30), b.yOfValue(30), 1e-9);
            b.setFixedYRange(null); // auto: the narrow data fill the plot
            Fx.snap(b);
            assertTrue(Math.abs(b.yOfValue(4) - b.yOfValue(-4)) > Math.abs(a.yOfValue(40) - a.yOfValue(-40)) * 0.7);
        });
    }

    @Test
    void eventMarkersAreDrawnAtTheirSteps() {
        Fx.run(() -> {
            PercentileBandView v = view(flat(100, 10));
            v.setEvents(List.of(EventMarker.alarm(250, "diverged"), EventMarker.note(700, "BN off")));
            WritableImage img = Fx.snap(v);
            double yLow = v.yOfValue(-45);
            assertTrue(Fx.near(Fx.px(img, v.xOfStep(250), yLow), Palette.VERMILLION, 0.05)
                    || Fx.near(Fx.px(img, v.xOfStep(250) - 1, yLow), Palette.VERMILLION, 0.05), "red alarm line");
            assertFalse(Fx.near(Fx.px(img, v.xOfStep(400), yLow), Palette.VERMILLION, 0.05));
        });
    }

    @Test
    void aNonFiniteStepLeavesAGap() {
        Fx.run(() -> {
            List<PercentilePoint> pts = flat(100, 10);
            double[] nan = new double[11];
            java.util.Arrays.fill(nan, Double.NaN);
            pts.set(50, new PercentilePoint(500, nan));
            PercentileBandView v = view(pts);
            WritableImage img = Fx.snap(v);
            assertTrue(Fx.near(Fx.px(img, v.xOfStep(500), v.yOfValue(-30)), Color.WHITE, 0.02), "gap at the NaN step");
            assertTrue(Fx.near(Fx.px(img, v.xOfStep(300), v.yOfValue(-30)), v.bandFill(0), 0.02));
        });
    }

    @Test
    void thousandsOfPointsKeepTheirExtremes() {
        Fx.run(() -> {
            List<PercentilePoint> pts = flat(3000, 1);
            double[] spike = Q.clone();
            spike[10] = 48; // one step's maximum far above the rest
            pts.set(1234, new PercentilePoint(1234, spike));
            PercentileBandView v = view(pts);
            WritableImage img = Fx.snap(v);
            assertTrue(Fx.near(Fx.px(img, v.xOfStep(1234), v.yOfValue(46)), v.bandFill(0), 0.03), "spike survives downsampling");
        });
    }

    @Test
    void hoverNamesTheNearestStepAndItsPercentiles() {
        Fx.run(() -> {
            PercentileBandView v = view(flat(100, 10));
            Fx.snap(v);
            assertEquals("step 420\nmedian 0\n15th to 85th percentile: \u221210.4 to 10.4\nmin \u221240, max 40",
                    v.describeAt(v.xOfStep(421), v.yOfValue(0)));
            assertNull(v.describeAt(1, 1));
        });
    }
}

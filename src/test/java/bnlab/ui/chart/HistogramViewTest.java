package bnlab.ui.chart;

import java.util.Locale;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class HistogramViewTest {
    @Start
    void start(Stage stage) {}

    /** 8 bins on [−10, 10]: bin 2 ([−5, −2.5]) holds 100 of 200 values, bin 6 holds 20, the rest none. */
    static HistogramData sample(long below, long above, long nonFinite) {
        long[] c = new long[8];
        c[2] = 100;
        c[6] = 20;
        return new HistogramData(-10, 10, c, below, above, Double.NaN, Double.NaN, 200, nonFinite);
    }

    static HistogramView view(HistogramData d) {
        HistogramView v = new HistogramView();
        v.setStrings(ChartStrings.english());
        v.setTitle("Layer 1");
        v.setData(d);
        return Fx.host(v, 300, 160);
    }

    static Color barFill(HistogramView v) {
        return Palette.mix(Color.WHITE, Palette.BLUE, v.getChartStyle().fillOpacity());
    }

    @Test
    void tallBarIsDrawnAtItsBinAndNothingAtAnEmptyBin() {
        Fx.run(() -> {
            HistogramView v = view(sample(0, 0, 0));
            WritableImage img = Fx.snap(v);
            double y = v.plotBottomY() - 5;
            assertTrue(Fx.near(Fx.px(img, v.binCenterX(2), y), barFill(v), 0.02), "bar colour at bin 2");
            assertTrue(Fx.near(Fx.px(img, v.binCenterX(6), y), barFill(v), 0.02), "bar colour at bin 6");
            assertTrue(Fx.near(Fx.px(img, v.binCenterX(4), y), Color.WHITE, 0.02), "white at empty bin 4");
            // Bin 2 holds 5× what bin 6 holds, so it reaches higher.
            double high = v.plotBottomY() - (v.plotBottomY() - v.plotTopY()) * 0.7;
            assertTrue(Fx.near(Fx.px(img, v.binCenterX(2), high), barFill(v), 0.02), "tall bar reaches 70% height");
            assertFalse(Fx.near(Fx.px(img, v.binCenterX(6), high), barFill(v), 0.02), "short bar does not");
        });
    }

    @Test
    void outOfRangeBadgesAppearOnlyWhenCountsArePositive() {
        Fx.run(() -> {
            HistogramView v = view(sample(0, 0, 0));
            Fx.snap(v);
            assertNull(v.badgeBounds(0));
            assertNull(v.badgeBounds(1));
            assertNull(v.badgeBounds(2));

            v.setData(sample(5, 0, 0));
            WritableImage img = Fx.snap(v);
            double[] b = v.badgeBounds(0);
            assertNotNull(b);
            assertNull(v.badgeBounds(1));
            Color pill = Palette.mix(Color.WHITE, Palette.ORANGE, 0.3);
            assertTrue(Fx.count(img, (int) b[0], (int) b[1], (int) (b[0] + b[2]), (int) (b[1] + b[3]), pill, 0.03) > 20);
            assertTrue(b[0] < 150, "below badge on the left");
            assertEquals("5 values below \u221210 (2.5%): outside the range shown", v.describeAt(b[0] + b[2] / 2, b[1] + b[3] / 2));

            v.setData(sample(0, 7, 3));
            img = Fx.snap(v);
            assertNull(v.badgeBounds(0));
            double[] a = v.badgeBounds(1);
            assertTrue(a[0] > 150, "above badge on the right");
            assertTrue(Fx.count(img, (int) a[0], (int) a[1], (int) (a[0] + a[2]), (int) (a[1] + a[3]), pill, 0.03) > 20);
            double[] n = v.badgeBounds(2);
            assertTrue(Fx.count(img, (int) n[0], (int) n[1], (int) (n[0] + n[2]), (int) (n[1] + n[3]), Palette.VERMILLION, 0.03) > 20,
                    "NaN badge is red");
            assertEquals("3 values are NaN or infinite (1.5%)", v.describeAt(n[0] + n[2] / 2, n[1] + n[3] / 2));
        });
    }

    @Test
    void hoveringABarDescribesItsRangeAndCount() {
        Fx.run(() -> {
            HistogramView v = view(sample(0, 0, 0));
            Fx.snap(v);
            assertEquals("\u22125.0 to \u22122.5: 100 values (50.0%)", v.describeAt(v.binCenterX(2), v.plotBottomY() - 2));
            assertEquals("5.0 to 7.5: 20 values (10.0%)", v.describeAt(v.binCenterX(6), v.plotTopY() + 2));
            assertEquals("\u22122.5 to 0.0: 0 values (0.0%)", v.describeAt(v.binCenterX(3), v.plotBottomY() - 2));
            assertNull(v.describeAt(2, v.plotBottomY() - 2), "left of the plot");
            v.hover(v.binCenterX(2), v.plotBottomY() - 2);
            assertEquals("\u22125.0 to \u22122.5: 100 values (50.0%)", v.getHoverText());
            v.hover(Double.NaN, Double.NaN);
            assertNull(v.getHoverText());
        });
    }

    @Test
    void numbersAndTextsFollowTheGivenLocale() {
        Fx.run(() -> {
            HistogramView v = view(sample(0, 0, 0));
            v.setStrings(ChartStrings.forLocale(Locale.GERMANY)); // no German texts: English words, German numbers
            Fx.snap(v);
            assertEquals("\u22125,0 to \u22122,5: 100 values (50,0%)", v.describeAt(v.binCenterX(2), v.plotBottomY() - 2));
            v.setStrings(ChartStrings.forLocale(Locale.SIMPLIFIED_CHINESE));
            Fx.snap(v);
            assertEquals("\u22125.0 至 \u22122.5：100 个数值（50.0%）", v.describeAt(v.binCenterX(2), v.plotBottomY() - 2));
        });
    }

    @Test
    void emptyStateDrawsNoBarsAndHasNoHover() {
        Fx.run(() -> {
            HistogramView v = view(null);
            WritableImage img = Fx.snap(v);
            assertEquals(0, Fx.count(img, 0, 0, 300, 160, barFill(v), 0.05));
            assertTrue(Fx.count(img, 60, 60, 240, 100, Color.WHITE, 0.3) < 180 * 40, "the message is drawn");
            assertNull(v.describeAt(150, 80));
        });
    }

    @Test
    void yAxisGrowsAtOnceButShrinksOnlyAfterManyQuieterFrames() {
        Fx.run(() -> {
            HistogramView v = view(sample(0, 0, 0)); // peak 50%
            assertEquals(0.6, v.currentYMax(), 1e-12); // round ceiling of 52.5%
            long[] c = new long[8];
            c[3] = 40; // peak 20%
            for (int i = 0; i < 29; i++) { // distinct data each frame (equal data is not a new frame)
                v.setData(new HistogramData(-10, 10, c, 0, 0, i, 1, 200));
            }
            assertEquals(0.6, v.currentYMax(), 1e-12, "29 quieter frames: axis unchanged");
            v.setData(new HistogramData(-10, 10, c, 0, 0, 99, 1, 200));
            assertEquals(0.25, v.currentYMax(), 1e-12, "30th: shrinks to the round ceiling of 21%");
            v.setData(sample(0, 0, 0));
            assertEquals(0.6, v.currentYMax(), 1e-12, "grows back at once");
            v.setFixedYMax(0.3);
            assertEquals(0.3, v.currentYMax(), 1e-12);
        });
    }

    @Test
    void aBarTallerThanAFixedAxisIsClippedAndFlagged() {
        Fx.run(() -> {
            HistogramView v = view(sample(0, 0, 0));
            v.setFixedYMax(0.2); // bin 2 holds 50%
            WritableImage img = Fx.snap(v);
            assertTrue(Fx.near(Fx.px(img, v.binCenterX(2), v.plotTopY() + 0.5), Palette.VERMILLION, 0.03));
            assertFalse(Fx.near(Fx.px(img, v.binCenterX(6), v.plotTopY() + 0.5), Palette.VERMILLION, 0.03));
        });
    }

    @Test
    void meanLineAndStdBandAreDrawnAtTheirValues() {
        Fx.run(() -> {
            long[] c = new long[20];
            HistogramData d = new HistogramData(-10, 10, c, 0, 0, 2.0, 3.0, 10);
            HistogramView v = view(d);
            WritableImage img = Fx.snap(v);
            double yMid = v.plotTopY() + (v.plotBottomY() - v.plotTopY()) * 0.3; // between grid lines
            double x0 = v.binCenterX(0) - 0.5 * (v.binCenterX(1) - v.binCenterX(0)); // x of −10
            double perUnit = (v.binCenterX(1) - v.binCenterX(0)); // one bin = 1.0
            double xMean = x0 + 12 * perUnit;
            assertTrue(Fx.px(img, xMean, yMid).getBrightness() < 0.2 || Fx.px(img, xMean - 1, yMid).getBrightness() < 0.2,
                    "dark mean line at 2.0");
            Color band = Fx.px(img, x0 + 10.5 * perUnit, yMid); // at 0.5, inside 2 ± 3
            assertFalse(Fx.near(band, Color.WHITE, 0.05), "band inside ±1 std");
            assertTrue(Fx.near(Fx.px(img, x0 + 6 * perUnit, yMid), Color.WHITE, 0.02), "no band at −4");
        });
    }

    @Test
    void redrawsOnlyWhenSomethingChangedAndOncePerPulse() {
        Fx.run(() -> {
            HistogramView v = view(sample(0, 0, 0));
            v.getParent().layout();
            long n = v.getDrawCount();
            v.getParent().layout();
            assertEquals(n, v.getDrawCount(), "nothing changed: no draw");
            for (int i = 0; i < 5; i++) {
                v.setData(sample(i, 0, 0));
            }
            assertTrue(v.isDirty());
            v.getParent().layout();
            assertEquals(n + 1, v.getDrawCount(), "five updates, one draw");
            v.setChartStyle(ChartStyle.PRESENTER);
            v.getParent().layout();
            assertEquals(n + 2, v.getDrawCount(), "a new style redraws");
        });
    }

    @Test
    void resizingRedrawsAtTheNewSize() {
        Fx.run(() -> {
            HistogramView v = view(sample(0, 0, 0));
            Fx.snap(v);
            double oldX = v.binCenterX(6);
            long n = v.getDrawCount();
            Fx.resize(v, 500, 220);
            assertEquals(n + 1, v.getDrawCount());
            WritableImage img = v.snapshot(null, null);
            assertEquals(500, img.getWidth());
            assertEquals(220, img.getHeight());
            assertTrue(v.binCenterX(6) > oldX + 100, "bins moved right with the wider plot");
            assertTrue(Fx.near(Fx.px(img, v.binCenterX(6), v.plotBottomY() - 3), barFill(v), 0.02));
        });
    }
}

package bnlab.ui.chart;

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
class CurveViewTest {
    @Start
    void start(Stage stage) {}

    static CurveSeries constant(String name, Color c, int n, double v) {
        long[] steps = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            steps[i] = i;
            values[i] = v;
        }
        return new CurveSeries(name, c, LineDash.SOLID, steps, values);
    }

    static CurveView view(List<CurveSeries> s) {
        CurveView v = new CurveView();
        v.setStrings(ChartStrings.english());
        v.setSeries(s);
        v.setFixedYRange(new ValueRange(0, 20));
        return Fx.host(v, 400, 260);
    }

    @Test
    void aSingleSpikeAmongTwentyThousandPointsIsStillDrawn() {
        Fx.run(() -> {
            long[] steps = new long[20_000];
            double[] values = new double[20_000];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = i;
                values[i] = 5;
            }
            values[12_345] = 18;
            CurveView v = view(List.of(new CurveSeries("loss", Palette.BLUE, LineDash.SOLID, steps, values)));
            WritableImage img = Fx.snap(v);
            int x = (int) v.xOfStep(12_345);
            assertTrue(Fx.count(img, x - 1, (int) v.yOfValue(17.5), x + 2, (int) v.yOfValue(17.5) + 1, Palette.BLUE, 0.15) > 0,
                    "spike reaches 17.5");
            assertTrue(Fx.count(img, x - 40, (int) v.yOfValue(5) - 1, x - 30, (int) v.yOfValue(5) + 2, Palette.BLUE, 0.1) > 5,
                    "line at 5 elsewhere");
            assertEquals(0, Fx.count(img, x - 40, (int) v.yOfValue(17.5), x - 30, (int) v.yOfValue(17.5) + 1, Palette.BLUE, 0.15));
        });
    }

    @Test
    void nonFiniteValuesLeaveAGap() {
        Fx.run(() -> {
            CurveSeries s = constant("loss", Palette.BLUE, 1000, 10);
            double[] v2 = s.values();
            for (int i = 600; i < 1000; i++) {
                v2[i] = Double.NaN;
            }
            CurveView v = view(List.of(new CurveSeries("loss", Palette.BLUE, LineDash.SOLID, s.steps(), v2)));
            WritableImage img = Fx.snap(v);
            int y = (int) v.yOfValue(10);
            assertTrue(Fx.count(img, (int) v.xOfStep(300), y - 1, (int) v.xOfStep(300) + 5, y + 2, Palette.BLUE, 0.1) > 0);
            assertEquals(0, Fx.count(img, (int) v.xOfStep(800), y - 1, (int) v.xOfStep(800) + 5, y + 2, Palette.BLUE, 0.1));
        });
    }

    @Test
    void logScaleSpacesDecadesEvenly() {
        Fx.run(() -> {
            CurveSeries s = new CurveSeries("ratio", Palette.BLUE, LineDash.SOLID, new long[] {0, 1, 2},
                    new double[] {1e-4, 1e-3, 1e-1});
            CurveView v = view(List.of(s));
            v.setFixedYRange(null);
            v.setLogScaleY(true);
            Fx.snap(v);
            double d1 = v.yOfValue(1e-4) - v.yOfValue(1e-3);
            double d2 = v.yOfValue(1e-3) - v.yOfValue(1e-2);
            assertTrue(d1 > 10);
            assertEquals(d1, d2, 1e-6);
        });
    }

    @Test
    void eventMarkersAndReferenceLineAreDrawn() {
        Fx.run(() -> {
            CurveView v = view(List.of(constant("loss", Palette.BLUE, 1000, 15)));
            v.setEvents(List.of(EventMarker.note(200, "BN off"), EventMarker.alarm(800, "diverged")));
            v.setReferenceLine(new ReferenceLine(3, "healthy"));
            WritableImage img = Fx.snap(v);
            int x = (int) v.xOfStep(800);
            int yLow = (int) v.yOfValue(1);
            assertTrue(Fx.count(img, x - 2, yLow, x + 3, yLow + 1, Palette.VERMILLION, 0.05) > 0, "red diverged marker");
            int xn = (int) v.xOfStep(200);
            assertTrue(Fx.count(img, xn - 2, (int) v.yOfValue(8), xn + 3, (int) v.yOfValue(1), Color.web("#222222"), 0.1) > 5,
                    "dashed note marker");
            int yr = (int) v.yOfValue(3);
            assertTrue(Fx.count(img, (int) v.xOfStep(100), yr - 1, (int) v.xOfStep(500), yr + 2, Color.web("#222222"), 0.15) > 30,
                    "reference line");
        });
    }

    @Test
    void hoverShowsTheNearestStepAndEverySeriesValue() {
        Fx.run(() -> {
            CurveSeries a = constant("train loss", Palette.BLUE, 1000, 2.5);
            CurveSeries b = new CurveSeries("test loss", Palette.ORANGE, LineDash.DASHED,
                    new long[] {0, 500, 999}, new double[] {3, 3.25, 3.5});
            CurveView v = view(List.of(a, b));
            Fx.snap(v);
            assertEquals("step 500\ntrain loss: 2.50\ntest loss: 3.25", v.describeAt(v.xOfStep(500.2), v.yOfValue(10)));
            assertEquals("step 250\ntrain loss: 2.50\ntest loss: 3", v.describeAt(v.xOfStep(250), v.yOfValue(10)),
                    "a sparse series (the test set's evaluations) shows its latest value at or before the step");
            assertNull(v.describeAt(2, 2));
        });
    }

    @Test
    void legendShowsEverySeriesColour() {
        Fx.run(() -> {
            CurveView v = view(List.of(constant("with BN", Palette.BLUE, 10, 100), constant("without", Palette.ORANGE, 10, 100)));
            WritableImage img = Fx.snap(v);
            int top = (int) v.yOfValue(20);
            assertTrue(Fx.count(img, 0, 0, 400, top, Palette.BLUE, 0.15) > 10); // 1.75-px lines blend at their edges
            assertTrue(Fx.count(img, 0, 0, 400, top, Palette.ORANGE, 0.15) > 10);
        });
    }

    @Test
    void aBandFillsBetweenItsLowAndHighValuesOnly() {
        Fx.run(() -> {
            long[] steps = new long[100];
            double[] lo = new double[100];
            double[] hi = new double[100];
            for (int i = 0; i < 100; i++) {
                steps[i] = i;
                lo[i] = 6;
                hi[i] = 12;
            }
            CurveView v = view(List.of());
            v.setBands(List.of(new CurveBand("loss", Palette.BLUE, steps, lo, hi)));
            WritableImage img = Fx.snap(v);
            int x = (int) v.xOfStep(50);
            Color pale = Palette.BLUE.deriveColor(0, 1, 1, 0.3);
            Color shown = Palette.mix(Color.WHITE, Color.color(pale.getRed(), pale.getGreen(), pale.getBlue()), 0.3);
            assertTrue(Fx.count(img, x - 5, (int) v.yOfValue(10), x + 5, (int) v.yOfValue(8), shown, 0.08) > 20,
                    "filled between 6 and 12");
            assertEquals(0, Fx.count(img, x - 5, (int) v.yOfValue(16), x + 5, (int) v.yOfValue(14), shown, 0.08),
                    "nothing above the high values");
            assertEquals(0, Fx.count(img, x - 5, (int) v.yOfValue(4), x + 5, (int) v.yOfValue(2), shown, 0.08),
                    "nothing below the low values");
        });
    }

    /** Three networks that stop learning a few steps apart (lesson 11's case): their labels stack, none over another. */
    @Test
    void eventLabelsOfThreeNetworksCloseTogetherNeverOverlap() {
        Fx.run(() -> {
            CurveView v = view(List.of(constant("loss", Palette.BLUE, 3000, 5)));
            v.setChartStyle(ChartStyle.PRESENTER);
            Fx.resize(v, 260, 230); // a projector's narrow curve chart
            v.setEvents(List.of(
                    EventMarker.note(1550, "BN not learning").of(Palette.BLUE),
                    EventMarker.note(1400, "LN not learning").of(Palette.ORANGE),
                    EventMarker.note(1500, "no norm not learning").of(Palette.BLUISH_GREEN),
                    EventMarker.alarm(1450, "no norm diverged").of(Palette.BLUISH_GREEN)));
            Fx.snap(v);
            List<javafx.geometry.Rectangle2D> labels = v.eventLabelBounds();
            assertEquals(4, labels.size(), "every label placed");
            for (int a = 0; a < labels.size(); a++) {
                for (int b = a + 1; b < labels.size(); b++) {
                    assertFalse(labels.get(a).intersects(labels.get(b)), "labels " + a + " and " + b + " overlap: " + labels);
                }
            }
            for (javafx.geometry.Rectangle2D r : labels) {
                assertTrue(r.getMinX() >= 0 && r.getMaxX() <= v.getWidth(), "label inside the chart: " + r);
            }
        });
    }
}

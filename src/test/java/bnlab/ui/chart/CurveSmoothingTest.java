package bnlab.ui.chart;

import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import static org.junit.jupiter.api.Assertions.*;

/** TensorBoard's smoothing of the training curves, the test curves on top, and the readout of every curve. */
@ExtendWith(ApplicationExtension.class)
class CurveSmoothingTest {
    @Start
    void start(Stage stage) {}

    @Test
    void theMovingAverageIsDebiasedSoItStartsAtTheFirstValue() {
        double[] out = CurveView.smooth(new double[] {1, 0, 0}, 0.6);
        assertEquals(1.0, out[0], 1e-12, "not pulled towards 0 by the empty start");
        assertEquals(0.24 / 0.64, out[1], 1e-12);
        assertEquals((0.6 * 0.24) / (1 - 0.216), out[2], 1e-12);
        double[] raw = CurveView.smooth(new double[] {3, Double.NaN, 5}, 0);
        assertEquals(3, raw[0]);
        assertTrue(Double.isNaN(raw[1]), "a gap stays a gap");
        assertEquals(5, raw[2], 1e-12, "weight 0: the values themselves");
    }

    /** Training accuracy that flips between 0 and 1 at every step, as at batch size 2 (lesson 7). */
    private static CurveSeries flipping(int n) {
        long[] steps = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            steps[i] = i;
            values[i] = i % 2;
        }
        return new CurveSeries("train", Palette.ORANGE, LineDash.SOLID, steps, values).smoothed();
    }

    private static CurveSeries test(int n, int every, double v) {
        long[] steps = new long[n / every];
        double[] values = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = (long) i * every;
            values[i] = v;
        }
        return new CurveSeries("test", Palette.BLUE, LineDash.DASHED, steps, values);
    }

    private static CurveView view(double smoothing, List<CurveSeries> s) {
        CurveView v = new CurveView();
        v.setStrings(ChartStrings.english());
        v.setSeries(s);
        v.setFixedYRange(new ValueRange(0, 1));
        v.setSmoothing(smoothing);
        return Fx.host(v, 500, 300);
    }

    @Test
    void aSmoothedNoisyCurveNoLongerFillsThePlotAndTheTestCurveShowsAboveIt() {
        Fx.run(() -> {
            CurveView smoothed = view(0.9, List.of(flipping(4000), test(4000, 100, 0.75)));
            CurveView raw = view(0, List.of(flipping(4000), test(4000, 100, 0.75)));
            WritableImage s = Fx.snap(smoothed);
            WritableImage r = Fx.snap(raw);
            int x0 = (int) smoothed.xOfStep(1000);
            int x1 = (int) smoothed.xOfStep(3000);
            int y = (int) smoothed.yOfValue(0.9);
            // Unsmoothed, the flipping curve covers the band near 0.9 in full orange; smoothed (≈ 0.5), only faintly.
            assertTrue(Fx.count(r, x0, y - 1, x1, y + 1, Palette.ORANGE, 0.1) > (x1 - x0), "raw: a solid block");
            assertEquals(0, Fx.count(s, x0, y - 1, x1, y + 1, Palette.ORANGE, 0.1), "smoothed: no full-colour orange there");
            int yt = (int) smoothed.yOfValue(0.75);
            assertTrue(Fx.count(s, x0, yt - 2, x1, yt + 2, Palette.BLUE, 0.12) > (x1 - x0) / 3,
                    "the test curve is drawn over the training curve");
        });
    }

    @Test
    void theReadoutNamesEveryCurveAtAStepBetweenEvaluations() {
        Fx.run(() -> {
            CurveView v = view(0.6, List.of(flipping(4000), test(4000, 500, 0.75)));
            Fx.snap(v);
            String readout = v.describeAt(v.xOfStep(1234), v.yOfValue(0.5));
            assertNotNull(readout);
            assertTrue(readout.contains("train"), readout);
            assertTrue(readout.contains("test: 0.75"), readout);
        });
    }

    @Test
    void aViewReportsTheTextItHadToShorten() {
        Fx.run(() -> {
            CurveView v = view(0, List.of(test(4000, 100, 0.5)));
            v.setTitle("A title far too long to fit into a chart this narrow, however it is drawn");
            Fx.resize(v, 160, 200);
            Fx.snap(v);
            assertEquals(List.of(v.getTitle()), v.getElidedTexts());
            Fx.resize(v, 1400, 300);
            Fx.snap(v);
            assertEquals(List.of(), v.getElidedTexts(), "wide enough: nothing cut");
        });
    }
}

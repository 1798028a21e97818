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
class DecisionBoundaryViewTest {
    @Start
    void start(Stage stage) {}

    /** 20×20 grid on [−1, 1]²: class 0 (certain) where x < 0, class 1 (certain) where x > 0. */
    static DecisionBoundaryData halves(float confidence) {
        int g = 20;
        float[] p = new float[g * g * 2];
        for (int iy = 0; iy < g; iy++) {
            for (int ix = 0; ix < g; ix++) {
                int o = (iy * g + ix) * 2;
                p[o] = ix < g / 2 ? confidence : 1 - confidence;
                p[o + 1] = 1 - p[o];
            }
        }
        return new DecisionBoundaryData(-1, 1, -1, 1, g, 2, p);
    }

    static DecisionBoundaryView view() {
        DecisionBoundaryView v = new DecisionBoundaryView();
        v.setStrings(ChartStrings.english());
        v.setClassNames(List.of("red", "blue"));
        v.setData(halves(1f));
        return Fx.host(v, 320, 340);
    }

    @Test
    void cellsTakeTheirClassColourFadedByConfidence() {
        Fx.run(() -> {
            DecisionBoundaryView v = view();
            WritableImage img = Fx.snap(v);
            double[] left = v.toPixel(-0.6, 0.3);
            double[] right = v.toPixel(0.6, -0.3);
            Color c0 = DecisionBoundaryView.cellColor(ChartStyle.DEFAULT, 0, 1.0, 2);
            Color c1 = DecisionBoundaryView.cellColor(ChartStyle.DEFAULT, 1, 1.0, 2);
            assertTrue(Fx.near(Fx.px(img, left[0], left[1]), c0, 0.02), "class 0 on the left");
            assertTrue(Fx.near(Fx.px(img, right[0], right[1]), c1, 0.02), "class 1 on the right");
            v.setData(halves(0.5f));
            img = Fx.snap(v);
            assertTrue(Fx.near(Fx.px(img, left[0], left[1]), Color.WHITE, 0.02), "chance level is white");
            v.setData(halves(0.75f));
            img = Fx.snap(v);
            Color half = Fx.px(img, left[0], left[1]);
            assertTrue(half.getBrightness() > c0.getBrightness() && !Fx.near(half, Color.WHITE, 0.05), "75% is paler");
        });
    }

    @Test
    void trainingPointsAreFilledAndTestPointsOutlined() {
        Fx.run(() -> {
            DecisionBoundaryView v = view();
            v.setPoints(List.of(new LabeledPoint(0.5, 0.5, 0, false), new LabeledPoint(-0.5, -0.5, 1, true)));
            WritableImage img = Fx.snap(v);
            double[] train = v.toPixel(0.5, 0.5);
            double[] test = v.toPixel(-0.5, -0.5);
            assertTrue(Fx.near(Fx.px(img, train[0], train[1]), Palette.ORANGE, 0.03), "filled training point");
            assertTrue(Fx.near(Fx.px(img, test[0], test[1]), Color.WHITE, 0.03), "hollow test point");
            Color ring = Palette.mix(Palette.BLUE, Color.BLACK, 0.15);
            assertTrue(Fx.count(img, (int) test[0] - 5, (int) test[1] - 5, (int) test[0] + 6, (int) test[1] + 6, ring, 0.08) > 4,
                    "test point ring in its class colour");
        });
    }

    @Test
    void hoverNamesTheMostLikelyClassAndItsProbability() {
        Fx.run(() -> {
            DecisionBoundaryView v = view();
            v.setData(halves(0.875f));
            Fx.snap(v);
            double[] p = v.toPixel(-0.5, 0.25);
            assertEquals("(\u22120.50, 0.25): red 88%", v.describeAt(p[0], p[1]));
            double[] q = v.toPixel(0.5, 0.25);
            assertEquals("(0.50, 0.25): blue 88%", v.describeAt(q[0], q[1]));
        });
    }

    @Test
    void withoutDataOrPointsShowsNoData() {
        Fx.run(() -> {
            DecisionBoundaryView v = new DecisionBoundaryView();
            v.setStrings(ChartStrings.english());
            Fx.host(v, 300, 300);
            WritableImage img = Fx.snap(v);
            assertEquals(0, Fx.count(img, 0, 0, 300, 300, Palette.ORANGE, 0.1));
            assertNull(v.describeAt(150, 150));
        });
    }
}

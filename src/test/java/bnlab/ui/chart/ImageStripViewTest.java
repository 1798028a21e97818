package bnlab.ui.chart;

import java.util.Arrays;
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
class ImageStripViewTest {
    @Start
    void start(Stage stage) {}

    static ImageExample white(int truth, int predicted) {
        float[] px = new float[8 * 8];
        Arrays.fill(px, 1f);
        return new ImageExample(8, 8, px, truth, predicted);
    }

    static ImageStripView view() {
        ImageStripView v = new ImageStripView();
        v.setStrings(ChartStrings.english());
        v.setClassNames(List.of("Shirt", "Dress"));
        v.setExamples(List.of(white(0, 0), white(0, 1), white(1, -1)));
        return Fx.host(v, 420, 200);
    }

    @Test
    void aWrongPredictionIsFramedInRedAndARightOneIsNot() {
        Fx.run(() -> {
            ImageStripView v = view();
            WritableImage img = Fx.snap(v);
            double[] right = v.cellBounds(0);
            double[] wrong = v.cellBounds(1);
            int redRight = Fx.count(img, (int) right[0], (int) right[1], (int) (right[0] + right[2]), (int) (right[1] + right[3]),
                    Palette.VERMILLION, 0.05);
            int redWrong = Fx.count(img, (int) wrong[0], (int) wrong[1], (int) (wrong[0] + wrong[2]), (int) (wrong[1] + wrong[3]),
                    Palette.VERMILLION, 0.05);
            assertTrue(redWrong > 100, "red frame, ✗ badge and text: " + redWrong);
            assertEquals(0, redRight);
            int greenRight = Fx.count(img, (int) right[0], (int) right[1], (int) (right[0] + right[2]), (int) (right[1] + right[3]),
                    Palette.BLUISH_GREEN, 0.05);
            assertTrue(greenRight > 10, "green ✓ badge on the right prediction");
        });
    }

    @Test
    void pixelsAreDrawnAsGiven() {
        Fx.run(() -> {
            ImageStripView v = view();
            WritableImage img = Fx.snap(v);
            double[] c = v.cellBounds(2);
            double cx = c[0] + c[2] / 2;
            double cy = c[1] + c[3] * 0.3;
            assertTrue(Fx.near(Fx.px(img, cx, cy), Color.WHITE, 0.01));
            v.setInverted(true);
            img = Fx.snap(v);
            assertTrue(Fx.near(Fx.px(img, cx, cy), Color.BLACK, 0.01));
        });
    }

    @Test
    void hoverTellsTrueAndPredictedClass() {
        Fx.run(() -> {
            ImageStripView v = view();
            Fx.snap(v);
            double[] c = v.cellBounds(1);
            assertEquals("true class: Shirt\npredicted: Dress", v.describeAt(c[0] + c[2] / 2, c[1] + c[3] / 2));
            double[] d = v.cellBounds(2);
            assertEquals("true class: Dress\npredicted: \u2192 ?", v.describeAt(d[0] + d[2] / 2, d[1] + 5));
            assertEquals(-1, v.exampleAt(419, 199));
        });
    }
}

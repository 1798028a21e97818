package bnlab.ui.chart;

import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class ChartStyleTest {
    @Start
    void start(Stage stage) {}

    @Test
    void presenterStyleRedrawsWithThickerLinesAndLargerText() {
        Fx.run(() -> {
            CurveView v = new CurveView();
            v.setStrings(ChartStrings.english());
            v.setShowLegend(false);
            v.setFixedYRange(new ValueRange(0, 10));
            v.setSeries(List.of(new CurveSeries("x", Palette.BLACK, LineDash.SOLID, new long[] {0, 100}, new double[] {2, 8})));
            Fx.host(v, 500, 300);
            WritableImage plain = Fx.snap(v);
            long draws = v.getDrawCount();
            int plainDark = Fx.dark(plain, 0.25);
            int plainLine = lineThickness(plain, v);

            v.setChartStyle(ChartStyle.PRESENTER);
            assertTrue(v.isDirty(), "a new style asks for a redraw");
            WritableImage presenter = Fx.snap(v);
            assertEquals(draws + 1, v.getDrawCount());
            int presenterLine = lineThickness(presenter, v);
            assertTrue(presenterLine >= 2 * plainLine - 1 && presenterLine > plainLine,
                    "line ×2: " + plainLine + " → " + presenterLine);
            assertTrue(Fx.dark(presenter, 0.25) > plainDark * 1.5, "more ink: " + plainDark + " → " + Fx.dark(presenter, 0.25));
        });
    }

    /** Dark pixels in the column through the middle of the curve (its vertical thickness there). */
    private static int lineThickness(WritableImage img, CurveView v) {
        int x = (int) v.xOfStep(50);
        int y = (int) v.yOfValue(5);
        return Fx.count(img, x, y - 15, x + 1, y + 15, javafx.scene.paint.Color.BLACK, 0.5);
    }

    @Test
    void stylesScaleFontsAndLines() {
        assertEquals(1.5 * ChartStyle.DEFAULT.font().getSize(), ChartStyle.PRESENTER.font().getSize(), 1e-9);
        assertEquals(2 * ChartStyle.DEFAULT.line(1), ChartStyle.PRESENTER.line(1), 1e-9);
        assertTrue(ChartStyle.PRESENTER.highContrast());
        assertFalse(ChartStyle.DEFAULT.highContrast());
        assertTrue(ChartStyle.PRESENTER.grid().getBrightness() < ChartStyle.DEFAULT.grid().getBrightness());
        assertEquals(javafx.scene.paint.Color.BLACK, ChartStyle.PRESENTER.foreground());
        assertThrows(IllegalArgumentException.class, () -> new ChartStyle(0, 1, false));
    }

    @Test
    void paletteIsOkabeIto() {
        assertEquals(8, Palette.CATEGORICAL.size());
        assertEquals(javafx.scene.paint.Color.web("#E69F00"), Palette.categorical(0));
        assertEquals(Palette.categorical(1), Palette.categorical(9));
        assertEquals(8, Palette.CATEGORICAL.stream().distinct().count());
    }
}

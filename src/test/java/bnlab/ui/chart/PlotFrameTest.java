package bnlab.ui.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The x ticks a chart gets for its width. */
@ExtendWith(ApplicationExtension.class)
class PlotFrameTest {
    @Start
    void start(Stage stage) {}

    private static final PlotFrame.TickFormat WHOLE = (v, step) -> String.format(java.util.Locale.ROOT, "%,.0f", v);

    @Test
    void aWideChartGetsSeveralTicks() {
        PlotFrame f = new PlotFrame();
        f.chooseXTicks(ChartStyle.PRESENTER, 1, 7782, 400, 1, WHOLE);
        assertTrue(f.xTicks.length >= 3, "ticks: " + java.util.Arrays.toString(f.xTicks));
    }

    @Test
    void aChartWithRoomForOneLabelShowsTheScaleNotALoneZero() {
        PlotFrame f = new PlotFrame();
        // A loss chart beside the Lessons tab on a projector: "0" and "5,000" do not fit side by side.
        f.chooseXTicks(ChartStyle.PRESENTER, 0, 7782, 50, 1, WHOLE);
        assertArrayEquals(new double[] {5000}, f.xTicks, "the last of two nice ticks");
        assertArrayEquals(new String[] {"5,000"}, f.xLabels);
        f.chooseXTicks(ChartStyle.PRESENTER, 1, 7782, 50, 1, WHOLE);
        assertArrayEquals(new double[] {5000}, f.xTicks, "an axis that starts past 0 is not left without a label");
    }
}

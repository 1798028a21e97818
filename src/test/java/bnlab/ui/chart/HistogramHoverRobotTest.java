package bnlab.ui.chart;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.junit.jupiter.api.Assertions.*;

/** Hover through real mouse events (TestFX robot on headless Monocle), not just the hit test. */
@ExtendWith(ApplicationExtension.class)
class HistogramHoverRobotTest {
    HistogramView view;

    @Start
    void start(Stage stage) {
        view = new HistogramView();
        view.setStrings(ChartStrings.english());
        view.setData(HistogramViewTest.sample(0, 0, 0));
        stage.setScene(new Scene(new StackPane(view), 300, 160));
        stage.show();
    }

    @Test
    void movingTheMouseOverABarShowsItsReadout(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D p = Fx.call(() -> view.localToScreen(view.binCenterX(2), view.plotBottomY() - 4));
        robot.moveTo(p);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\u22125.0 to \u22122.5: 100 values (50.0%)", Fx.call(view::getHoverText));
        Point2D q = Fx.call(() -> view.localToScreen(view.binCenterX(6), view.plotBottomY() - 4));
        robot.moveTo(q);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("5.0 to 7.5: 20 values (10.0%)", Fx.call(view::getHoverText));
        assertEquals(0, Fx.call(() -> view.isDirty() ? 1 : 0), "the readout was drawn in the pulse");
    }
}

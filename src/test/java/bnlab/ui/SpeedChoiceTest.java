package bnlab.ui;

import static bnlab.ui.AppTestSupport.onFx;
import static bnlab.ui.AppTestSupport.runFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A speed that is not one of the box's choices (`--speed 200`) is shown, not a blank box. */
class SpeedChoiceTest {
    @TempDir
    Path dir;
    BnLabApp app;

    @AfterEach
    void stop() throws Exception {
        AppTestSupport.stop(app);
    }

    @Test
    void aSpeedBetweenTheChoicesIsAddedInOrderAndShown() throws Exception {
        app = AppTestSupport.start(dir, AppTestSupport.SPIRAL);
        runFx(() -> app.model().setSpeed(200));
        assertEquals(200.0, onFx(() -> app.controller().toolbar().speedBox.getValue()));
        assertEquals(List.of(0.0, 2.0, 10.0, 30.0, 100.0, 200.0, 300.0, 1000.0), onFx(() -> List.copyOf(app.controller().toolbar().speedBox.getItems())));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        String shown = onFx(() -> ((javafx.scene.control.Labeled) ((javafx.scene.control.skin.ComboBoxListViewSkin<?>)
                app.controller().toolbar().speedBox.getSkin()).getDisplayNode()).getText());
        assertEquals(onFx(() -> app.controller().toolbar().speedBox.getConverter().toString(100.0)).replace("100", "200"), shown,
                "the closed box shows the speed");
        runFx(() -> app.model().setSpeed(100));
        assertEquals(8, (int) onFx(() -> app.controller().toolbar().speedBox.getItems().size()), "a choice already there is not added twice");
    }
}

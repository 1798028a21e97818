package bnlab.ui;

import static bnlab.ui.AppTestSupport.onFx;
import static bnlab.ui.AppTestSupport.runFx;
import static bnlab.ui.AppTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class LanguageTest {
    @TempDir
    Path dir;
    BnLabApp app;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        AppTestSupport.stop(app);
    }

    @Test
    void switchingLanguageChangesTheLabelsAndKeepsTraining() throws Exception {
        app = AppTestSupport.start(dir, AppTestSupport.SPIRAL);
        Button play = robot.lookup("#playButton").queryAs(Button.class);
        assertTrue(onFx(play::getText).contains("Play"));
        robot.clickOn("#playButton");
        waitFor(() -> onFx(() -> app.model().session().snapshots().get(0).step()) > 10, 20, "training");
        var session = onFx(() -> app.model().session());

        // As a user would: the Language menu, then 简体中文.
        robot.clickOn("#languageMenu");
        RadioMenuItem chinese = onFx(() -> app.controller().toolbar().chineseItem);
        runFx(chinese::fire);
        waitFor(() -> onFx(() -> robot.lookup("#playButton").queryAs(Button.class).getText()).contains("暂停"), 5,
                "the Pause button in Chinese");
        TabPane side = robot.lookup("#sideTabs").queryAs(TabPane.class);
        assertEquals("设置", onFx(() -> side.getTabs().get(0).getText()));
        assertTrue(onFx(() -> app.stage().getTitle()).contains("BatchNorm Lab"));
        assertTrue(session == onFx(() -> app.model().session()), "training carries on in the same session");
        long step = onFx(() -> app.model().session().snapshots().get(0).step());
        waitFor(() -> onFx(() -> app.model().session().snapshots().get(0).step()) > step, 5, "training still running");

        runFx(() -> app.controller().toolbar().englishItem.fire());
        waitFor(() -> onFx(() -> robot.lookup("#playButton").queryAs(Button.class).getText()).contains("Pause"), 5,
                "back to English");
        assertNotEquals("设置", onFx(() -> robot.lookup("#sideTabs").queryAs(TabPane.class).getTabs().get(0).getText()));
    }
}

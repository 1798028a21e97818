package bnlab.ui;

import static bnlab.ui.AppTestSupport.onFx;
import static bnlab.ui.AppTestSupport.runFx;
import static bnlab.ui.AppTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.lessons.Answer;
import bnlab.lessons.Lesson;
import bnlab.lessons.LessonCatalog;
import bnlab.lessons.Measure;
import bnlab.stats.Quantity;
import bnlab.train.RunSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A guided lesson in the real window, in presenter mode, driven with the keys a presentation
 * clicker sends: each step shows its number, switch and highlights; a question shows the answer the
 * network's measurement gave; Back retrains to exactly where the step began.
 */
class GuidedLessonTest {
    /** Three steps over a small spiral network (the texts are lesson 1's: three steps, choices a-c in step 2). */
    static final String LESSON = """
            {"lessons": [{"id": "01-covariate-shift", "experiment": "guided-spiral.json",
              "highlight": [{"chart": "accuracy"}],
              "steps": [
                {"trainTo": 40, "statistics": "training"},
                {"normalization": "off", "trainTo": 80, "highlight": [{"chart": "histogram.pre_activation", "layers": [2]}],
                 "question": {"kind": "compare", "measure": "test-accuracy", "margin": 0.02,
                   "choices": [{"key": "a", "means": "lower"}, {"key": "b", "means": "similar"}, {"key": "c", "means": "higher"}]}},
                {"normalization": "on", "learningRate": 0.05, "trainTo": 120, "offsetView": true}
              ]}]}""";

    @TempDir
    Path dir;
    BnLabApp app;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        AppTestSupport.stop(app);
    }

    private GuidedLesson guided() {
        return onFx(() -> app.controller().lessons().guided().guided());
    }

    private String label(String styleClass) {
        return onFx(() -> robot.lookup("." + styleClass).queryLabeled().getText());
    }

    private void awaitPhase(int step, GuidedLesson.Phase phase) {
        waitFor(() -> onFx(() -> guided().number() == step && guided().phase() == phase), 120,
                "step " + step + " to be " + phase);
    }

    private List<RunSnapshot> runs() {
        return onFx(() -> app.model().session().snapshots());
    }

    private boolean highlighted(Node n) {
        return onFx(() -> n.getStyleClass().contains("highlighted"));
    }

    private Node preActivation(int layer) {
        return onFx(() -> app.controller().grids().get(0).histogram(layer - 1, Quantity.PRE_ACTIVATION).getParent());
    }

    private void press(KeyCode key) {
        robot.type(key);
    }

    @Test
    void stepsForwardAndBackWithClickerKeysInPresenterMode() throws Exception {
        app = AppTestSupport.start(dir, AppTestSupport.SPIRAL, "--presenter");
        assertTrue(onFx(() -> app.view().presenterProperty().get()));
        Lesson lesson = LessonCatalog.parse(LESSON).lessons().get(0);
        runFx(() -> app.view().guidedLessonProperty().set(lesson));
        MainController c = onFx(() -> app.controller());

        // Step 1 trains at once to step 40 and pauses there, with the histograms as training sees them.
        awaitPhase(1, GuidedLesson.Phase.SETTLED);
        assertEquals("Step 1 of 3", label("guided-counter"));
        for (RunSnapshot s : runs()) assertEquals(40, s.step());
        assertTrue(onFx(() -> c.toolbar().normSwitch.isSelected()));
        assertTrue(onFx(() -> c.toolbar().trainingModeItem.isSelected()));
        assertTrue(highlighted(curvesAccuracy(c)), "step 1 points at the accuracy chart");
        double testAt40 = runs().get(0).history().test().last(2);

        // Page Down (a clicker's "next"): step 2 asks before it runs.
        press(KeyCode.PAGE_DOWN);
        awaitPhase(2, GuidedLesson.Phase.ASKING);
        assertEquals("Step 2 of 3", label("guided-counter"));
        assertEquals(3, onFx(() -> robot.lookup(".guided-choice").queryAllAs(Button.class).size()));
        assertTrue(highlighted(preActivation(2)), "step 2 points at layer 2's pre-activations");
        assertFalse(highlighted(preActivation(1)));
        assertFalse(highlighted(curvesAccuracy(c)), "step 1's chart is no longer outlined");
        for (RunSnapshot s : runs()) assertEquals(40, s.step(), "nothing runs before the class has answered");

        // The class predicts b; the network runs to step 80 and answers.
        Button b = onFx(() -> robot.lookup(".guided-choice").queryAllAs(Button.class).stream()
                .filter(x -> x.getText().startsWith("b)")).findFirst().orElseThrow());
        robot.clickOn(b);
        awaitPhase(2, GuidedLesson.Phase.SETTLED);
        List<RunSnapshot> at80 = runs();
        for (RunSnapshot s : at80) assertEquals(80, s.step(), s.name() + " paused at the same step");
        assertFalse(onFx(() -> c.toolbar().normSwitch.isSelected()), "the step switched batch norm off");
        Answer answer = onFx(() -> guided().answer(2));
        double with = Measure.TEST_ACCURACY.read(at80.get(0), 0, 0);
        double without = Measure.TEST_ACCURACY.read(at80.get(1), 0, 0);
        assertEquals(with, answer.value());
        assertEquals(without, answer.reference());
        String measured = label("guided-measured");
        assertTrue(measured.contains(String.format(Locale.ENGLISH, "%.2f%%", with * 100))
                && measured.contains(String.format(Locale.ENGLISH, "%.2f%%", without * 100)), measured);
        assertTrue(measured.contains("latest test accuracy"), "the text names the figure it shows: " + measured);
        String says = label("guided-answer");
        assertTrue(says.startsWith("The network's answer: " + answer.choice().key() + ")"), says);
        assertEquals("b", onFx(() -> guided().prediction(2)));

        // → : step 3 switches back on, lowers the learning rate, turns on the offset view and trains to 120.
        press(KeyCode.RIGHT);
        awaitPhase(3, GuidedLesson.Phase.SETTLED);
        assertEquals("Step 3 of 3", label("guided-counter"));
        for (RunSnapshot s : runs()) {
            assertEquals(120, s.step());
            assertEquals(0.05, s.learningRate(), 1e-12);
        }
        assertTrue(onFx(() -> c.toolbar().normSwitch.isSelected()));
        assertEquals(LearningRates.format(0.05), onFx(() -> c.toolbar().lrLabel.getText()));
        assertTrue(onFx(() -> app.view().offsetViewProperty().get()));

        // ← : back to step 2 as it began: retrained from step 0 to step 40, switch on, rate 0.1.
        press(KeyCode.LEFT);
        awaitPhase(2, GuidedLesson.Phase.ASKING);
        for (RunSnapshot s : runs()) {
            assertEquals(40, s.step());
            assertEquals(0.1, s.learningRate(), 1e-12);
        }
        assertEquals(testAt40, runs().get(0).history().test().last(2), "the same network as the first time");
        assertTrue(onFx(() -> c.toolbar().normSwitch.isSelected()));
        assertFalse(onFx(() -> app.view().offsetViewProperty().get()), "the view is as the step began");
        assertEquals("Step 2 of 3", label("guided-counter"));

        // Page Up: step 1 again, from step 0; then forward to the end with Page Down.
        press(KeyCode.PAGE_UP);
        awaitPhase(1, GuidedLesson.Phase.SETTLED);
        assertEquals(testAt40, runs().get(0).history().test().last(2));
        press(KeyCode.PAGE_DOWN);
        awaitPhase(2, GuidedLesson.Phase.ASKING);
        Button c2 = onFx(() -> robot.lookup(".guided-choice").queryAllAs(Button.class).stream()
                .filter(x -> x.getText().startsWith("c)")).findFirst().orElseThrow());
        robot.clickOn(c2);
        awaitPhase(2, GuidedLesson.Phase.SETTLED);
        Answer again = onFx(() -> guided().answer(2));
        assertEquals(answer.value(), again.value(), "retrained exactly, the network gives the same answer");
        press(KeyCode.PAGE_DOWN);
        awaitPhase(3, GuidedLesson.Phase.SETTLED);
        press(KeyCode.PAGE_DOWN);
        waitFor(() -> onFx(() -> guided().phase() == GuidedLesson.Phase.FINISHED), 10, "the summary");
        assertTrue(onFx(() -> app.view().presenterProperty().get()), "still in presenter mode");
        List<String> rows = onFx(() -> robot.lookup(".guided-summary-row").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList());
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).startsWith("Step 2: you predicted c)"), rows.get(0));
        assertTrue(rows.get(0).contains("the network answered " + again.choice().key() + ")"), rows.get(0));
    }

    private static Node curvesAccuracy(MainController c) {
        return onFx(() -> (Node) c.charts().curvesHolder.getChildren().stream().filter(n -> n instanceof CurvesPanel)
                .map(n -> ((CurvesPanel) n).accuracyView()).findFirst().orElseThrow());
    }
}

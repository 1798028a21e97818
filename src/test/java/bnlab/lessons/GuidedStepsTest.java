package bnlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSplit;
import bnlab.nn.NormKind;
import bnlab.train.RunEvent;
import bnlab.train.RunSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The step format of lessons.json: parsing, validation, the states steps begin in, and carrying them out. */
class GuidedStepsTest {
    /** Lesson 1's texts (three steps, step 2 asks with choices a, b, c) over a small spiral experiment. */
    static final String SPIRAL = """
            {"lessons": [{"id": "01-covariate-shift", "experiment": "guided-spiral.json",
              "highlight": [{"chart": "accuracy"}],
              "steps": [
                {"trainTo": 40, "statistics": "training"},
                {"normalization": "off", "trainTo": 80, "highlight": [{"chart": "histogram.pre_activation", "layers": [2]}],
                 "question": {"kind": "compare", "measure": "test-accuracy", "margin": 0.02,
                   "choices": [{"key": "a", "means": "lower"}, {"key": "b", "means": "similar"}, {"key": "c", "means": "higher"}]}},
                {"normalization": "on", "learningRate": 0.05, "trainTo": 120, "offsetView": true}
              ]}]}""";

    @Test
    void everyShippedLessonIsGuidedInThreeToSevenSteps() {
        for (Lesson l : LessonCatalog.load().lessons()) {
            assertTrue(l.guided(), l.id() + " has no steps");
            assertTrue(l.steps().size() >= 3 && l.steps().size() <= 7, l.id() + ": " + l.steps().size() + " steps");
            long reached = 0;
            for (GuidedStep s : l.steps()) {
                if (s.trains()) {
                    assertTrue(s.trainTo() > reached, l.id());
                    reached = s.trainTo();
                }
                for (Locale locale : LessonTexts.LANGUAGES) assertFalse(l.stepText(s.number(), locale).isBlank());
            }
            assertTrue(reached > 0, l.id() + " never trains");
        }
        assertTrue(LessonCatalog.load().lessons().stream().filter(l -> l.steps().stream().anyMatch(GuidedStep::hasQuestion))
                .count() >= 8, "most lessons ask the class to predict");
    }

    @Test
    void aLessonInTheOldFormatLoadsAsOneStepShowingItsWatchText() {
        Lesson l = LessonCatalog.parse("""
                {"lessons": [{"id": "02-faster-convergence", "experiment": "02-faster-convergence.json",
                  "highlight": [{"chart": "accuracy"}, {"chart": "loss"}]}]}""").lessons().get(0);
        assertFalse(l.guided());
        assertEquals(1, l.steps().size());
        GuidedStep only = l.steps().get(0);
        assertFalse(only.trains());
        assertNull(only.question());
        assertEquals(l.highlights(), only.highlights());
        assertEquals(l.watch(Locale.ENGLISH), l.stepText(1, Locale.ENGLISH));
    }

    @Test
    void stepsAreReadWithTheirActionsAndALessonsHighlightsAsDefault() {
        Lesson l = LessonCatalog.parse(SPIRAL).lessons().get(0);
        GuidedStep one = l.steps().get(0);
        assertEquals(40, one.trainTo());
        assertEquals(Boolean.TRUE, one.trainingStatistics());
        assertEquals(l.highlights(), one.highlights());
        GuidedStep two = l.steps().get(1);
        assertEquals(Boolean.FALSE, two.normalization());
        assertEquals(Chart.HISTOGRAM_PRE_ACTIVATION, two.highlights().get(0).chart());
        assertEquals(Measure.TEST_ACCURACY, two.question().measure());
        assertEquals(Outcome.SIMILAR, two.question().choiceFor(Outcome.SIMILAR).means());
        assertEquals(0.05, l.steps().get(2).learningRate());
    }

    @Test
    void theStateEachStepBeginsInFollowsFromTheStepsBefore() {
        Lesson l = LessonCatalog.parse(SPIRAL).lessons().get(0);
        GuidedPlan plan = new GuidedPlan(l, false, false);
        GuidedPlan.Start first = plan.startOf(1);
        assertEquals(0, first.step());
        assertTrue(first.normalizationOn());
        assertEquals(0.1, first.learningRate());
        assertTrue(first.replay().isEmpty());
        GuidedPlan.Start third = plan.startOf(3);
        assertEquals(80, third.step());
        assertFalse(third.normalizationOn());
        assertTrue(third.trainingStatistics());
        assertEquals(List.of(new GuidedPlan.Action(40, false, Double.NaN)), third.replay());
        GuidedPlan.Start end = plan.end();
        assertEquals(120, end.step());
        assertTrue(end.normalizationOn());
        assertEquals(0.05, end.learningRate());
        assertTrue(end.offsetView());
        assertEquals(2, end.replay().size());
    }

    @Test
    void aBrokenStepIsReportedInOneSentenceEach() {
        String json = """
                {"lessons": [{"id": "01-covariate-shift", "experiment": "guided-spiral.json",
                  "highlight": [{"chart": "accuracy"}],
                  "steps": [
                    {"trainTo": 50, "colour": "red"},
                    {"trainTo": 20, "normalization": "maybe", "highlight": [{"chart": "loss", "layers": [7]}],
                     "question": {"kind": "compare", "measure": "median-move", "factor": 3,
                       "choices": [{"key": "a", "means": "falls"}, {"key": "a", "means": "lower"}]}},
                    {"trainTo": 9000, "question": {"kind": "guess"}}
                  ]},
                  {"id": "14-switch-off", "experiment": "14-switch-off.json", "highlight": [{"chart": "accuracy"}],
                   "steps": [{"trainTo": 10, "question": {"kind": "compare", "measure": "test-accuracy", "margin": 0.1,
                       "choices": [{"key": "a", "means": "lower"}, {"key": "b", "means": "higher"}]}}]}
                ]}""";
        String m = assertThrows(IllegalStateException.class, () -> LessonCatalog.parse(json)).getMessage();
        for (String expected : List.of(
                "lesson \"01-covariate-shift\", step 1 has an unknown field \"colour\"",
                "step 2: trainTo 20 must be later than step 50, where the step before left off",
                "step 2: normalization must be \"on\" or \"off\"",
                "step 2 highlights layer 7 but its network has 2",
                "measure median-move needs a layer from 1 to 2",
                "choice a appears twice",
                "a compare question's choice means one of lower, similar, higher; got \"falls\"",
                "step 3: trainTo 9000 is past the experiment's last step, 400",
                "kind must be \"compare\"",
                "lesson \"14-switch-off\" has 1 steps; a guided lesson has 3 to 7",
                "compares with and without normalization, but the experiment does not train both")) {
            assertTrue(m.contains(expected), "missing \"" + expected + "\" in: " + m);
        }
        String texts = """
                {"lessons": [{"id": "09-regularization", "experiment": "guided-spiral.json", "highlight": [{"chart": "accuracy"}],
                  "steps": [{"trainTo": 10}, {"trainTo": 20}, {"trainTo": 30}, {"trainTo": 40}]}]}""";
        String t = assertThrows(IllegalStateException.class, () -> LessonCatalog.parse(texts)).getMessage();
        assertTrue(t.contains("step 4 has no text 09-regularization.step4.text in lessons.properties"), t);
        assertTrue(t.contains("step 4 has no text 09-regularization.step4.text in lessons_zh_CN.properties"), t);
    }

    @Test
    void stepsRunInEveryNetworkAtTheSameStepAndGoingBackRetrainsExactly() throws Exception {
        Lesson l = LessonCatalog.parse(SPIRAL).lessons().get(0);
        DatasetSplit data = DatasetLoader.load(l.experiment().dataset(), l.experiment().seed(), Path.of("."));
        try (GuidedRun run = new GuidedRun(l, data)) {
            List<RunSnapshot> start = run.atStart(1);
            assertEquals(0, start.get(0).step());
            run.run(1);
            List<RunSnapshot> begin2 = run.atStart(2);
            List<RunSnapshot> end2 = run.run(2);
            for (RunSnapshot s : end2) assertEquals(80, s.step(), s.name() + " paused at the step's target");
            RunSnapshot bn = end2.get(0);
            assertEquals(NormKind.BATCH, bn.kind());
            assertFalse(bn.normalizationOn());
            RunEvent off = bn.history().events().stream().filter(e -> e.kind() == RunEvent.Kind.NORMALIZATION_OFF)
                    .findFirst().orElseThrow();
            assertEquals(40, off.step(), "the switch lands where the step began");
            Answer answer = Answer.of(l.steps().get(1).question(), begin2, end2);
            assertEquals(Measure.TEST_ACCURACY.read(bn, 0, 0), answer.value());
            assertEquals(Measure.TEST_ACCURACY.read(end2.get(1), 0, 0), answer.reference());
            assertEquals(answer.outcome(), answer.choice().means(), "the choice shown is the one for the measured outcome");

            List<RunSnapshot> end3 = run.run(3);
            assertEquals(0.05, end3.get(0).learningRate());
            assertTrue(end3.get(0).normalizationOn());

            List<RunSnapshot> back = run.replayTo(3);
            for (int i = 0; i < back.size(); i++) {
                assertEquals(80, back.get(i).step());
                assertEquals(end2.get(i).history().test().last(2), back.get(i).history().test().last(2),
                        "retrained from step 0, the networks are where they were");
                // To rounding: the matrix kernels may add a sum in another order from one run to the next.
                double loss = end2.get(i).history().test().last(1);
                assertEquals(loss, back.get(i).history().test().last(1), 1e-12 * loss);
                double std = end2.get(i).stats().inference().get(1).get(bnlab.stats.Quantity.PRE_ACTIVATION).std();
                assertEquals(std, back.get(i).stats().inference().get(1).get(bnlab.stats.Quantity.PRE_ACTIVATION).std(),
                        1e-12 * std);
            }
            assertFalse(back.get(0).normalizationOn());
            assertEquals(0.1, back.get(0).learningRate());
        }
    }

    @Test
    void withVariantsEveryActionLandsAtTheSameStepAndAQuestionComparesTheNamedNetworks() throws Exception {
        Lesson l = LessonCatalog.parse("""
                {"lessons": [{"id": "01-covariate-shift", "experiment": "guided-variants.json",
                  "highlight": [{"chart": "accuracy"}],
                  "steps": [
                    {"trainTo": 30},
                    {"normalization": "off", "learningRate": 0.2, "trainTo": 60,
                     "question": {"kind": "compare", "measure": "test-accuracy", "networks": ["LN", "none"], "margin": 0.02,
                       "choices": [{"key": "a", "means": "lower"}, {"key": "b", "means": "similar"}, {"key": "c", "means": "higher"}]}},
                    {"trainTo": 90}
                  ]}]}""").lessons().get(0);
        DatasetSplit data = DatasetLoader.load(l.experiment().dataset(), l.experiment().seed(), Path.of("."));
        try (GuidedRun run = new GuidedRun(l, data)) {
            run.run(1);
            List<RunSnapshot> begin = run.atStart(2);
            List<RunSnapshot> end = run.run(2);
            assertEquals(List.of("BN", "LN", "none"), end.stream().map(RunSnapshot::name).toList());
            for (RunSnapshot s : end) {
                assertEquals(60, s.step(), s.name());
                assertEquals(0.2, s.learningRate(), 1e-12, s.name());
                RunEvent rate = s.history().events().stream().filter(e -> e.kind() == RunEvent.Kind.LEARNING_RATE)
                        .findFirst().orElseThrow();
                assertEquals(30, rate.step(), s.name() + ": the new rate lands where the step began");
                if (s.kind() != NormKind.NONE) {
                    assertFalse(s.normalizationOn(), s.name());
                    assertEquals(30, s.history().events().stream().filter(e -> e.kind() == RunEvent.Kind.NORMALIZATION_OFF)
                            .findFirst().orElseThrow().step(), s.name());
                }
            }
            Answer a = Answer.of(l.steps().get(1).question(), begin, end);
            assertEquals(Measure.TEST_ACCURACY.read(end.get(1), 0, 0), a.value(), "LN first");
            assertEquals(Measure.TEST_ACCURACY.read(end.get(2), 0, 0), a.reference(), "none second");
        }
        String m = assertThrows(IllegalStateException.class, () -> LessonCatalog.parse("""
                {"lessons": [{"id": "01-covariate-shift", "experiment": "guided-variants.json",
                  "highlight": [{"chart": "accuracy"}],
                  "steps": [{"trainTo": 30},
                    {"trainTo": 60, "question": {"kind": "compare", "measure": "test-accuracy", "networks": ["LN", "GN"],
                       "margin": 0.02, "choices": [{"key": "a", "means": "lower"}, {"key": "b", "means": "higher"}]}},
                    {"trainTo": 90}]}]}""")).getMessage();
        assertTrue(m.contains("network \"GN\" is not one of this experiment's [BN, LN, none]"), m);
    }
}

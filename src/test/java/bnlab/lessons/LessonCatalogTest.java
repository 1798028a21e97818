package bnlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonCatalogTest {
    private final LessonCatalog catalog = LessonCatalog.load();

    @Test
    void shipsTheLessonsInOrderNumberedByTheirIds() {
        List<Lesson> lessons = catalog.lessons();
        List<Integer> numbers = lessons.stream().map(Lesson::number).toList();
        for (int n : List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)) assertTrue(numbers.contains(n), "lesson " + n);
        for (int i = 0; i < lessons.size(); i++) {
            Lesson l = lessons.get(i);
            if (i > 0) assertTrue(l.number() > lessons.get(i - 1).number(), "in order: " + numbers);
            assertTrue(l.id().matches(String.format("%02d-[a-z0-9]+(-[a-z0-9]+)*", l.number())), l.id());
            assertEquals(l.id() + ".json", l.experimentFile(), "experiment files are named after their lesson");
        }
    }

    @Test
    void everyExperimentIsValidAndSurvivesSavingAsANewFile() throws Exception {
        for (Lesson l : catalog.lessons()) {
            Experiment e = l.experiment();
            // What "save as a new experiment file" does: write it, read it back, get the same experiment.
            assertEquals(e, ExperimentJson.read(ExperimentJson.write(e), l.experimentFile()), l.id());
            assertFalse(l.highlights().isEmpty(), l.id());
        }
    }

    @Test
    void everyLessonHasAMeasurementAndNoMeasurementIsWithoutALesson() {
        assertEquals(catalog.ids(), LessonMeasurements.all().stream().map(LessonMeasurement::lessonId).toList());
    }

    @Test
    void highlightsUseKnownChartsAndExistingLayers() {
        for (Lesson l : catalog.lessons()) {
            int hidden = l.experiment().network().hidden().size();
            for (ChartHighlight h : l.highlights()) {
                for (int layer : h.layers()) assertTrue(layer >= 1 && layer <= hidden, l.id() + " layer " + layer);
            }
        }
        assertTrue(catalog.byId("01-covariate-shift").orElseThrow().pointsAt(Chart.BANDS));
        assertEquals("histogram.pre_activation", Chart.HISTOGRAM_PRE_ACTIVATION.id());
    }

    @Test
    void aBrokenCatalogIsReportedWithEveryProblem() {
        String json = """
                {"lessons": [
                  {"id": "a", "experiment": "01-covariate-shift.json", "highlight": [{"chart": "nope"}], "extra": 1},
                  {"id": "a", "experiment": "missing.json", "highlight": [{"chart": "loss", "layers": [9]}]}
                ]}""";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LessonCatalog.parse(json));
        assertTrue(e.getMessage().contains("unknown chart \"nope\""), e.getMessage());
        assertTrue(e.getMessage().contains("unknown field \"extra\""), e.getMessage());
        assertTrue(e.getMessage().contains("missing.json is missing"), e.getMessage());
    }
}

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
    void shipsTheLessonsInOrder() {
        List<Lesson> lessons = catalog.lessons();
        assertTrue(lessons.size() >= 11, "lessons 1-10 and 14");
        int previous = 0;
        for (int i = 0; i < lessons.size(); i++) {
            Lesson l = lessons.get(i);
            assertEquals(i + 1, l.number());
            assertTrue(l.id().matches("\\d\\d-[a-z]+(-[a-z]+)*"), l.id());
            int n = Integer.parseInt(l.id().substring(0, 2));
            assertTrue(n > previous, "ids are numbered in list order: " + l.id());
            if (i < 9) assertEquals(i + 1, n, "lessons 1-9 keep their numbers");
            previous = n;
            assertEquals(l.id() + ".json", l.experimentFile(), "experiment files are named after their lesson");
        }
        assertTrue(catalog.byId("14-switch-off").isPresent());
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

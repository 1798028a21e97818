package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetSpecTest {

    /** Like the experiment reader: unknown fields are errors. */
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static DatasetSpec bare(String source) {
        return new DatasetSpec(source, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void jacksonReadsEveryFieldByItsName() throws Exception {
        DatasetSpec spec = mapper.readValue("""
                {"source": "idx", "trainSize": 5000, "testSize": 1000, "points": 300, "noise": 0.25, "classes": 4,
                 "images": "a.gz", "labels": "b.gz", "testImages": "c.gz", "testLabels": "d.gz",
                 "path": "x.csv", "labelColumn": "species", "testFraction": 0.3, "standardize": true}
                """, DatasetSpec.class);
        assertEquals(new DatasetSpec("idx", 5000, 1000, 300, 0.25, 4, "a.gz", "b.gz", "c.gz", "d.gz", "x.csv",
                "species", 0.3, true), spec);
    }

    @Test
    void missingFieldsAreNullAndLabelColumnMayBeANumber() throws Exception {
        DatasetSpec spec = mapper.readValue("{\"source\": \"csv\", \"path\": \"data.csv\", \"labelColumn\": 4}",
                DatasetSpec.class);
        assertEquals("4", spec.labelColumn());
        assertNull(spec.testFraction());
        assertNull(spec.standardize());
        assertTrue(spec.problems().isEmpty());
    }

    @Test
    void misspelledFieldIsRejectedByTheReader() {
        assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"source\": \"spiral\", \"nosie\": 0.2}", DatasetSpec.class));
    }

    @Test
    void writtenSpecReadsBackEqual() throws Exception {
        DatasetSpec spec = DatasetSpec.of("spiral");
        String json = mapper.writeValueAsString(spec);
        assertEquals(spec, mapper.readValue(json, DatasetSpec.class));
        assertFalse(json.contains("problems"), json);
    }

    @Test
    void defaultsPerSource() {
        DatasetSpec spiral = DatasetSpec.of("spiral");
        assertEquals(500, spiral.points());
        assertEquals(0.05, spiral.noise(), "the spiral's arms are close: less noise");
        assertEquals(0.1, DatasetSpec.of("moons").noise());
        assertEquals(3, spiral.classes());
        assertEquals(0.2, spiral.testFraction());
        assertNull(spiral.trainSize(), "the rest");
        assertEquals(false, spiral.standardize());
        assertEquals(2, DatasetSpec.of("moons").classes());
        assertEquals(3, DatasetSpec.of("blobs").classes());

        DatasetSpec digits = DatasetSpec.of("digits");
        assertEquals(1437, digits.trainSize());
        assertEquals(360, digits.testSize());
        assertNull(digits.testFraction());
        assertNull(digits.points());

        DatasetSpec fashion = DatasetSpec.of("fashion-mnist");
        assertEquals(10000, fashion.trainSize());
        assertEquals(2000, fashion.testSize());

        assertEquals(0.2, DatasetSpec.of("csv").testFraction());
        assertEquals(true, DatasetSpec.of("csv").standardize());
        assertNull(DatasetSpec.of("csv").labelColumn(), "the last column");
        assertEquals(0.2, DatasetSpec.idx("a", "b", null, null).testFraction(), "no test pair: split one off");
        assertNull(DatasetSpec.idx("a", "b", "c", "d").testFraction());
    }

    @Test
    void userValuesWinOverDefaults() {
        DatasetSpec spec = new DatasetSpec("circles", null, 50, 1000, 0.0, 4, null, null, null, null, null, null,
                null, true).withDefaults();
        assertEquals(1000, spec.points());
        assertEquals(0.0, spec.noise());
        assertEquals(4, spec.classes());
        assertEquals(50, spec.testSize());
        assertNull(spec.testFraction(), "testSize given: no default fraction");
        assertEquals(true, spec.standardize());
    }

    @Test
    void validSpecsHaveNoProblems() {
        for (String source : List.of("spiral", "circles", "moons", "xor", "blobs", "digits", "fashion-mnist")) {
            assertEquals(List.of(), DatasetSpec.of(source).problems(), source);
            assertEquals(List.of(), bare(source).problems(), source);
        }
        assertEquals(List.of(), DatasetSpec.idx("a.gz", "b.gz", null, null).problems());
        assertEquals(List.of(), DatasetSpec.csv("x.csv", "species").problems());
    }

    @Test
    void problemsAreSentencesForAStudent() {
        assertEquals(List.of("dataset.source must be one of spiral, circles, moons, xor, blobs, digits, fashion-mnist, "
                + "idx, csv; got \"mnist\" (for your own MNIST files use \"idx\")"), bare("mnist").problems());
        assertEquals(List.of("dataset.source must be one of spiral, circles, moons, xor, blobs, digits, fashion-mnist, "
                + "idx, csv; got \"Spiral\" (write it in lower case)"), bare("Spiral").problems());
        assertEquals(List.of("dataset.source is required; use one of spiral, circles, moons, xor, blobs, digits, "
                + "fashion-mnist, idx, csv"), bare(null).problems());
        assertEquals(List.of("dataset.noise must be between 0 and 1; got 3"),
                new DatasetSpec("xor", null, null, null, 3.0, null, null, null, null, null, null, null, null, null).problems());
        assertEquals(List.of("dataset.images is required when dataset.source is \"idx\"",
                        "dataset.labels is required when dataset.source is \"idx\""), bare("idx").problems());
        assertEquals(List.of("dataset.path is required when dataset.source is \"csv\""), bare("csv").problems());
    }

    @Test
    void everyProblemIsListedAtOnce() {
        DatasetSpec spec = new DatasetSpec("spiral", 0, null, 5, -0.5, 9, null, null, null, null, null, null, 1.5, null);
        assertEquals(List.of(
                "dataset.trainSize must be at least 1; got 0",
                "dataset.testFraction must be more than 0 and less than 1; got 1.5",
                "dataset.points must be between 20 and 100000; got 5",
                "dataset.noise must be between 0 and 1; got -0.5",
                "dataset.classes for spiral must be between 2 and 5; got 9"), spec.problems());
    }

    @Test
    void sizesMustFitTheData() {
        assertEquals(List.of("dataset.classes for moons must be 2; got 3"),
                new DatasetSpec("moons", null, null, null, null, 3, null, null, null, null, null, null, null, null).problems());
        assertEquals(List.of("dataset.trainSize can be at most 400 (dataset.points is 500, and 100 go to the test set); got 450"),
                bare("blobs").withSizes(450, null).problems());
        assertEquals(List.of("dataset.testSize must be less than 1797 (the digits dataset has 1797); got 1797"),
                bare("digits").withSizes(null, 1797).problems());
        assertEquals(List.of("dataset.trainSize can be at most 10000 (the shipped Fashion-MNIST subset has 10000 training "
                + "images; for more, use your own files with source \"idx\"); got 60000"),
                bare("fashion-mnist").withSizes(60000, null).problems());
        assertEquals(List.of("dataset.testSize and dataset.testFraction both say how big the test set is; give only one"),
                new DatasetSpec("csv", null, 10, null, null, null, null, null, null, null, "a.csv", null, 0.1, null).problems());
        assertEquals(List.of("dataset.testImages and dataset.testLabels go together: give both or neither"),
                DatasetSpec.idx("a", "b", "c", null).problems());
        assertEquals(List.of("dataset.labelColumn must be a column name or a 0-based column number; got -1"),
                DatasetSpec.csv("a.csv", "-1").problems());
    }

    @Test
    void problemsNeverThrowEvenOnNonsense() {
        DatasetSpec nonsense = new DatasetSpec("blobs", -5, -7, Integer.MAX_VALUE, Double.NaN, Integer.MIN_VALUE, " ", "",
                null, "x", "", "-", Double.NEGATIVE_INFINITY, null);
        List<String> problems = nonsense.problems();
        assertTrue(problems.contains("dataset.noise must be between 0 and 1; got NaN"), problems.toString());
        assertTrue(problems.contains("dataset.testFraction must be more than 0 and less than 1; got -Infinity"),
                problems.toString());
        assertEquals(7, problems.size(), problems.toString());
        assertEquals(List.of("images", "labels", "testLabels", "path", "labelColumn"), nonsense.unusedFields());
        assertEquals(bare(null), bare(null).withDefaults());
        assertEquals(List.of(), bare(null).unusedFields());
    }

    @Test
    void fieldsThatDoNotApplyAreListedNotRejected() {
        DatasetSpec spec = new DatasetSpec("digits", null, null, 100, 0.2, null, null, null, null, null, "x.csv", null,
                null, null);
        assertEquals(List.of("points", "noise", "path"), spec.unusedFields());
        assertEquals(List.of(), spec.problems());
        assertEquals(List.of("testFraction"), new DatasetSpec("idx", null, null, null, null, null, "a", "b", "c", "d",
                null, null, 0.1, null).unusedFields());
    }
}

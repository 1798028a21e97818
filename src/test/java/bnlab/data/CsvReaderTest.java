package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReaderTest {

    @TempDir
    Path dir;

    private Path csv(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static Path flowers() throws URISyntaxException {
        return Path.of(CsvReaderTest.class.getResource("/data/flowers.csv").toURI());
    }

    private String failure(Path file, String labelColumn) {
        return assertThrows(DatasetException.class, () -> CsvReader.read(file, labelColumn)).getMessage();
    }

    @Test
    void headerIsDetectedAndLabelColumnChosenByName() throws Exception {
        Dataset data = CsvReader.read(flowers(), "species");
        assertEquals(6, data.size());
        assertEquals(4, data.featureCount());
        assertArrayEquals(new int[] {4}, data.exampleShape());
        assertEquals(List.of("setosa", "versicolor", "virginica"), data.classNames());
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2}, data.copyLabels());
        // The label column is skipped: features are the other columns in file order.
        assertEquals(7.0, data.feature(2, 0));
        assertEquals(3.2, data.feature(2, 1));
        assertEquals(4.7, data.feature(2, 2));
        assertEquals(1.4, data.feature(2, 3));
        assertEquals("flowers.csv", data.name());
    }

    @Test
    void labelColumnByIndexAndByNameGiveTheSameData() throws Exception {
        Dataset byName = CsvReader.read(flowers(), "species");
        Dataset byIndex = CsvReader.read(flowers(), "2");
        Dataset byOtherCase = CsvReader.read(flowers(), "Species");
        assertArrayEquals(byName.copyFeatures(), byIndex.copyFeatures());
        assertArrayEquals(byName.copyLabels(), byIndex.copyLabels());
        assertArrayEquals(byName.copyLabels(), byOtherCase.copyLabels());
    }

    @Test
    void withoutHeaderTheLastColumnIsTheDefaultLabel() throws Exception {
        Path file = csv("plain.csv", "1,2,0\n3,4,1\n\n5,6,1\n");
        Dataset data = CsvReader.read(file, null);
        assertEquals(3, data.size(), "the blank line is skipped");
        assertEquals(2, data.featureCount());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, data.copyFeatures());
        assertArrayEquals(new int[] {0, 1, 1}, data.copyLabels());
    }

    @Test
    void headerWithTextOnlyInTheLabelColumnIsNotAHeader() throws Exception {
        // First row: features numeric, label text. That is data, not a header.
        Path file = csv("labels-first.csv", "0.5,1.5,cat\n2.5,3.5,dog\n");
        Dataset data = CsvReader.read(file, null);
        assertEquals(2, data.size());
        assertEquals(List.of("cat", "dog"), data.classNames());
    }

    @Test
    void integerLabelsAreSortedByValueAndNamedByTheirText() throws Exception {
        Path file = csv("numbers.csv", "x,y,label\n1,1,10\n2,2,2\n3,3,10.0\n4,4,-1\n");
        Dataset data = CsvReader.read(file, "label");
        assertEquals(List.of("-1", "2", "10"), data.classNames());
        assertArrayEquals(new int[] {2, 1, 2, 0}, data.copyLabels(), "\"10\" and \"10.0\" are the same class");
    }

    @Test
    void quotedCellsSemicolonsAndGzipAreAccepted() throws Exception {
        Path file = dir.resolve("quoted.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("\uFEFF\"a\";\"b\";\"kind\"\r\n1.5;2;\"big; heavy\"\r\n-3e2;4;light\r\n".getBytes(StandardCharsets.UTF_8));
        }
        Dataset data = CsvReader.read(file, "kind");
        assertEquals(List.of("big; heavy", "light"), data.classNames());
        assertArrayEquals(new double[] {1.5, 2, -300, 4}, data.copyFeatures());
    }

    @Test
    void separateTestFileSharesTheClassNumbering() throws Exception {
        Path train = csv("train.csv", "a,label\n1,red\n2,green\n");
        Path test = csv("test.csv", "a,label\n3,blue\n4,red\n");
        DatasetSplit split = CsvReader.read(train, test, "label");
        assertEquals(List.of("blue", "green", "red"), split.train().classNames());
        assertArrayEquals(new int[] {2, 1}, split.train().copyLabels());
        assertArrayEquals(new int[] {0, 2}, split.test().copyLabels());
    }

    @Test
    void nonNumericCellNamesLineAndColumn() throws Exception {
        StringBuilder content = new StringBuilder("a,b,c,label\n");
        for (int line = 2; line < 17; line++) {
            content.append("1,2,3,x\n");
        }
        content.append("1,2,abc,y\n");
        assertEquals("data.csv line 17, column 3: \"abc\" is not a number", failure(csv("data.csv", content.toString()), null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NaN|data.csv line 3, column 2: \"NaN\" is not a finite number; NaN and infinity cannot be trained on (fill in or remove missing values)",
            "Infinity|data.csv line 3, column 2: \"Infinity\" is not a finite number; NaN and infinity cannot be trained on (fill in or remove missing values)",
            "-inf|data.csv line 3, column 2: \"-inf\" is not a finite number; NaN and infinity cannot be trained on (fill in or remove missing values)",
            "1e999|data.csv line 3, column 2: \"1e999\" is too large to be a number here (beyond ±1.8e308)",
            "1d|data.csv line 3, column 2: \"1d\" is not a number",
    })
    void nonFiniteCellsAreRejected(String cell, String message) throws Exception {
        assertEquals(message, failure(csv("data.csv", "a,b,label\n1,2,x\n3," + cell + ",y\n"), null));
    }

    @Test
    void emptyCellIsAMissingValue() throws Exception {
        assertEquals("data.csv line 2, column 1 is empty; every feature needs a value (fill in or remove missing values)",
                failure(csv("data.csv", "a,b,label\n,2,x\n3,4,y\n"), null));
    }

    @Test
    void emptyLabelIsReported() throws Exception {
        assertEquals("data.csv line 2, column 3: the label is empty", failure(csv("data.csv", "1,2,x\n3,4,\n"), null));
    }

    @Test
    void raggedRowIsReported() throws Exception {
        assertEquals("data.csv line 4: expected 3 columns, like line 1, but found 4",
                failure(csv("data.csv", "a,b,label\n1,2,x\n3,4,y\n5,6,7,z\n"), null));
    }

    @Test
    void emptyAndHeaderOnlyFilesAreReported() throws Exception {
        assertEquals("empty.csv is empty", failure(csv("empty.csv", ""), null));
        assertEquals("blank.csv is empty", failure(csv("blank.csv", "\n  \n"), null));
        assertEquals("header.csv has a header row but no data", failure(csv("header.csv", "a,b,label\n"), null));
    }

    @Test
    void singleColumnIsReported() throws Exception {
        assertTrue(failure(csv("one.csv", "1\n2\n"), null).startsWith("one.csv has only one column"));
    }

    @Test
    void singleClassIsRejected() throws Exception {
        assertEquals("data.csv: every row has the label \"setosa\" in column 3 (\"species\"); a classifier needs at "
                        + "least 2 classes (is that the label column?)",
                failure(csv("data.csv", "a,b,species\n1,2,setosa\n3,4,setosa\n"), null));
    }

    @Test
    void moreThanAHundredClassesIsRejected() throws Exception {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            content.append(i).append(",").append(i * 1.5).append("\n");
        }
        assertEquals("prices.csv: column 2 has 101 different labels, but BatchNorm Lab handles at most 100 classes "
                + "(is that the label column?)", failure(csv("prices.csv", content.toString()), null));
    }

    @Test
    void unknownColumnNameListsTheColumns() throws Exception {
        assertEquals("flowers.csv has no column named \"specis\"; its columns are: sepal_length, sepal_width, species, "
                + "petal_length, petal_width", failure(flowers(), "specis"));
    }

    @Test
    void columnNameWithoutHeaderIsExplained() throws Exception {
        assertEquals("plain.csv has no header row, so its label column cannot be found by the name \"species\"; give "
                + "the column's 0-based index instead", failure(csv("plain.csv", "1,2,0\n3,4,1\n"), "species"));
    }

    @Test
    void columnIndexOutOfRangeIsReported() throws Exception {
        assertEquals("label column 5 is out of range: flowers.csv has 5 columns, numbered 0 to 4",
                failure(flowers(), "5"));
    }

    @Test
    void missingFileSaysWhereItLooked() {
        Path missing = dir.resolve("missing.csv");
        assertEquals("missing.csv: file not found (looked for " + missing.toAbsolutePath() + ")", failure(missing, null));
    }

    @Test
    void testFileWithOtherColumnsIsRejected() throws Exception {
        Path train = csv("train.csv", "1,2,a\n3,4,b\n");
        Path test = csv("test.csv", "1,a\n3,b\n");
        DatasetException e = assertThrows(DatasetException.class, () -> CsvReader.read(train, test, null));
        assertEquals("test.csv has 2 columns but train.csv has 3; the test file needs the same columns", e.getMessage());
    }
}

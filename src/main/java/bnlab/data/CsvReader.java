package bnlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a labelled table from a CSV file (plain or gzip): numeric feature columns and one
 * label column, chosen by name or 0-based index (default: the last column). The header row is
 * optional and detected (see {@link CsvTable}).
 *
 * <p>Labels become classes 0..k-1 in sorted order: whole numbers ("3", "3.0") numerically,
 * with the number as class name; any other text alphabetically, with the text as class name.
 * A training and a test file share one numbering. Examples have shape {d}, d = feature columns.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /**
     * @param labelColumn a column name, a 0-based column index written as digits ("4"), or null
     *                    for the last column
     */
    public static Dataset read(Path file, String labelColumn) throws DatasetException {
        CsvTable table = parse(file, labelColumn);
        return toDataset(table, classNumbering(table));
    }

    /** Reads a training file and a test file with the same columns and one class numbering. */
    public static DatasetSplit read(Path trainFile, Path testFile, String labelColumn) throws DatasetException {
        CsvTable train = parse(trainFile, labelColumn);
        CsvTable test = parse(testFile, labelColumn);
        if (test.columnCount() != train.columnCount()) {
            throw new DatasetException(test.fileName() + " has " + test.columnCount() + " columns but "
                    + train.fileName() + " has " + train.columnCount() + "; the test file needs the same columns");
        }
        ClassNumbering numbering = classNumbering(train, test);
        return new DatasetSplit(toDataset(train, numbering), toDataset(test, numbering));
    }

    /** Reads from a stream already decompressed, e.g. a shipped resource. */
    static Dataset read(InputStream in, String fileName, String labelColumn) throws DatasetException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                DataFiles.BUFFER_SIZE)) {
            CsvTable table = CsvTable.parse(reader, fileName, labelColumn);
            return toDataset(table, classNumbering(table));
        } catch (IOException e) {
            throw DataFiles.readFailure(fileName, e);
        }
    }

    private static CsvTable parse(Path file, String labelColumn) throws DatasetException {
        String fileName = DataFiles.displayName(file);
        try (BufferedReader reader = new BufferedReader(TextEncoding.reader(
                CsvLimits.bounded(DataFiles.open(file), fileName, CsvLimits.MAX_TEXT_BYTES)), DataFiles.BUFFER_SIZE)) {
            return CsvTable.parse(reader, fileName, labelColumn);
        } catch (CsvLimits.TooLarge e) {
            throw new DatasetException(e.getMessage(), e);
        } catch (TextEncoding.NotUtf8 e) {
            throw new DatasetException(fileName + " " + e.getMessage(), e);
        } catch (IOException e) {
            throw DataFiles.readFailure(fileName, e);
        } catch (OutOfMemoryError e) { // the table's own arrays: dropped by now, so the JVM carries on
            throw new DatasetException(fileName + " is too large to load in the memory Java was given ("
                    + CsvLimits.size(Runtime.getRuntime().maxMemory()) + "); use fewer rows, or start Java with "
                    + "more memory, e.g. java -Xmx4g -jar bnlab.jar", e);
        }
    }

    /** The class of each label text, and the class names in class order. */
    record ClassNumbering(Map<String, Integer> classOf, List<String> names) {
    }

    /** Numbers the labels of all tables together; checks there are 2 to {@value IdxReader#MAX_CLASSES} classes. */
    static ClassNumbering classNumbering(CsvTable... tables) throws DatasetException {
        TreeSet<String> texts = new TreeSet<>();
        for (CsvTable table : tables) {
            texts.addAll(Arrays.asList(table.labels()));
        }
        Map<String, Integer> classOf = new HashMap<>();
        List<String> names = new ArrayList<>();
        if (allWholeNumbers(texts)) {
            // Ordered by value (2 before 10), and "3" and "3.0" are the same class, named "3".
            TreeMap<Long, List<String>> byValue = new TreeMap<>();
            for (String text : texts) {
                byValue.computeIfAbsent((long) CsvTable.parseCell(text), v -> new ArrayList<>()).add(text);
            }
            for (Map.Entry<Long, List<String>> entry : byValue.entrySet()) {
                for (String text : entry.getValue()) {
                    classOf.put(text, names.size());
                }
                names.add(Long.toString(entry.getKey()));
            }
        } else {
            for (String text : texts) {
                classOf.put(text, names.size());
                names.add(text);
            }
        }
        CsvTable first = tables[0];
        if (names.size() < 2) {
            throw new DatasetException(first.fileName() + ": every row has the label " + Quoted.text(texts.first()) + " in "
                    + first.labelColumnText() + "; a classifier needs at least 2 classes (is that the label column?)");
        }
        if (names.size() > IdxReader.MAX_CLASSES) {
            throw new DatasetException(first.fileName() + ": " + first.labelColumnText() + " has " + names.size()
                    + " different labels, but BatchNorm Lab handles at most " + IdxReader.MAX_CLASSES
                    + " classes (is that the label column?)");
        }
        return new ClassNumbering(classOf, List.copyOf(names));
    }

    private static boolean allWholeNumbers(Iterable<String> texts) {
        for (String text : texts) {
            double value = CsvTable.parseCell(text);
            if (!Double.isFinite(value) || value != Math.rint(value) || Math.abs(value) > 1e15) {
                return false;
            }
        }
        return true;
    }

    private static Dataset toDataset(CsvTable table, ClassNumbering numbering) {
        String[] texts = table.labels();
        int[] labels = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
            labels[i] = numbering.classOf().get(texts[i]);
        }
        return new Dataset(table.fileName(), table.features(), labels, numbering.names(),
                new int[] {table.featureCount()});
    }
}

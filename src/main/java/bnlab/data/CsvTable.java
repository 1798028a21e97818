package bnlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One CSV file parsed into numeric features and label texts, before the labels become class
 * numbers (a training and a test file must share one class numbering, see {@link CsvReader}).
 *
 * <p>Format: one example per line, comma-separated (a semicolon or a tab if the first line
 * has no comma), cells may be in double quotes, blank lines are skipped. The first line is a
 * header when the label column is given by name, or when one of its feature cells is not a
 * number.
 *
 * @param header       the column names, or null if the file has no header row
 * @param columnCount  columns per row, the label column included
 * @param labelIndex   0-based index of the label column
 * @param features     rows × (columnCount - 1) values, row-major, all finite
 * @param labels       the label cell of each row, trimmed, never empty
 */
record CsvTable(String fileName, List<String> header, int columnCount, int labelIndex,
                double[] features, String[] labels) {

    int featureCount() {
        return columnCount - 1;
    }

    /** "column 5" or "column 5 ("species")", 1-based, for messages. */
    String labelColumnText() {
        return labelColumnText(labelIndex, header);
    }

    private static String labelColumnText(int labelIndex, List<String> header) {
        String text = "column " + (labelIndex + 1);
        return header == null ? text : text + " (" + Quoted.text(header.get(labelIndex)) + ")";
    }

    /** Past this many, the label column cannot be a class (the reader stops early instead of holding them all). */
    private static final int MAX_DISTINCT_LABELS = 10_000;

    /**
     * Parses a whole file; checks every cell before returning.
     *
     * @param labelColumn a column name, a 0-based index written as digits, or null for the last column
     */
    static CsvTable parse(BufferedReader reader, String fileName, String labelColumn)
            throws DatasetException, IOException {
        NonBlankLines lines = new NonBlankLines(reader, fileName);
        String line = lines.next();
        if (line == null) {
            throw new DatasetException(fileName + " is empty");
        }
        int firstLine = lines.number();
        char delimiter = delimiterOf(line);
        List<String> firstRow = splitCells(line, delimiter);
        int columnCount = firstRow.size();
        if (columnCount < 2) {
            throw new DatasetException(fileName + " has only one column; it needs at least one feature column "
                    + "besides the label (are the values separated by commas?)");
        }
        int labelIndex = labelIndex(fileName, labelColumn, firstRow);
        boolean hasHeader = isName(labelColumn) || !allNumeric(firstRow, labelIndex);

        GrowableDoubles features = new GrowableDoubles(1024);
        List<String> labels = new ArrayList<>();
        // One instance per distinct label, so a million rows cost a reference each, not a string each.
        Map<String, String> distinct = new HashMap<>();
        for (String dataLine = hasHeader ? lines.next() : line; dataLine != null; dataLine = lines.next()) {
            List<String> row = splitCells(dataLine, delimiter);
            if (row.size() != columnCount) {
                throw new DatasetException(fileName + " line " + lines.number() + ": expected " + columnCount
                        + " columns, like line " + firstLine + ", but found " + row.size());
            }
            for (int column = 0; column < columnCount; column++) {
                if (column != labelIndex) {
                    features.add(number(row.get(column), fileName, lines.number(), column));
                }
            }
            String label = row.get(labelIndex);
            if (label.isEmpty()) {
                throw new DatasetException(fileName + " line " + lines.number() + ", column " + (labelIndex + 1)
                        + ": the label is empty");
            }
            String shared = distinct.putIfAbsent(label, label);
            labels.add(shared == null ? label : shared);
            if (distinct.size() > MAX_DISTINCT_LABELS) {
                throw new DatasetException(fileName + ": " + labelColumnText(labelIndex, hasHeader ? firstRow : null)
                        + " has more than " + MAX_DISTINCT_LABELS + " different labels, but BatchNorm Lab handles at most "
                        + IdxReader.MAX_CLASSES + " classes (is that the label column?)");
            }
        }
        if (labels.isEmpty()) {
            throw new DatasetException(fileName + " has a header row but no data");
        }
        return new CsvTable(fileName, hasHeader ? List.copyOf(firstRow) : null, columnCount, labelIndex,
                features.toArray(), labels.toArray(new String[0]));
    }

    /** A comma, unless the first line has none but has a semicolon (European spreadsheets) or a tab. */
    private static char delimiterOf(String firstLine) {
        if (firstLine.indexOf(',') < 0) {
            if (firstLine.indexOf(';') >= 0) {
                return ';';
            }
            if (firstLine.indexOf('\t') >= 0) {
                return '\t';
            }
        }
        return ',';
    }

    /** True if {@code labelColumn} names a column rather than giving its index. */
    static boolean isName(String labelColumn) {
        return labelColumn != null && !labelColumn.isBlank() && !isIndex(labelColumn);
    }

    static boolean isIndex(String labelColumn) {
        String text = labelColumn.trim();
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i)) && !(i == 0 && text.length() > 1 && text.charAt(0) == '-')) {
                return false;
            }
        }
        return true;
    }

    private static int labelIndex(String fileName, String labelColumn, List<String> firstRow) throws DatasetException {
        int columns = firstRow.size();
        if (labelColumn == null || labelColumn.isBlank()) {
            return columns - 1;
        }
        if (isIndex(labelColumn)) {
            long index;
            try {
                index = Long.parseLong(labelColumn.trim());
            } catch (NumberFormatException e) {
                index = -1;
            }
            if (index < 0 || index >= columns) {
                throw new DatasetException("label column " + Quoted.raw(labelColumn.trim()) + " is out of range: " + fileName
                        + " has " + columns + " columns, numbered 0 to " + (columns - 1));
            }
            return (int) index;
        }
        String name = labelColumn.trim();
        int labelIndex = firstRow.indexOf(name);
        for (int i = 0; labelIndex < 0 && i < columns; i++) {
            if (firstRow.get(i).equalsIgnoreCase(name)) {
                labelIndex = i;
            }
        }
        if (labelIndex < 0) {
            if (allNumeric(firstRow, -1)) {
                throw new DatasetException(fileName + " has no header row, so its label column cannot be found by the name "
                        + Quoted.text(name) + "; give the column's 0-based index instead");
            }
            throw new DatasetException(fileName + " has no column named " + Quoted.text(name) + "; its columns are: "
                    + Quoted.raw(String.join(", ", firstRow)));
        }
        return labelIndex;
    }

    private static boolean allNumeric(List<String> row, int skipIndex) {
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            if (i != skipIndex && Double.isNaN(parseCell(cell)) && !isNanText(cell)) {
                return false;
            }
        }
        return true;
    }

    /** The largest feature magnitude taken: squared and summed over a million rows, it stays far from overflow. */
    static final double MAX_FEATURE = 1e100;

    /** A feature cell's value, with a message naming line and column (1-based) if it is unusable. */
    private static double number(String cell, String fileName, int line, int column) throws DatasetException {
        double value = parseCell(cell);
        if (Double.isFinite(value) && Math.abs(value) <= MAX_FEATURE) {
            return value;
        }
        String where = fileName + " line " + line + ", column " + (column + 1);
        if (Double.isFinite(value)) {
            throw new DatasetException(where + ": " + Quoted.text(cell) + " is too large to compute with; feature values "
                    + "must be within ±" + MAX_FEATURE + " (their squares are summed to standardize them): rescale this column");
        }
        if (cell.isEmpty()) {
            throw new DatasetException(where + " is empty; every feature needs a value (fill in or remove missing values)");
        }
        if (isNanText(cell) || isInfinityText(cell)) {
            throw new DatasetException(where + ": " + Quoted.text(cell) + " is not a finite number; "
                    + "NaN and infinity cannot be trained on (fill in or remove missing values)");
        }
        if (Double.isInfinite(value)) {
            throw new DatasetException(where + ": " + Quoted.text(cell) + " is too large to be a number here (beyond ±1.8e308)");
        }
        throw new DatasetException(where + ": " + Quoted.text(cell) + " is not a number");
    }

    /**
     * The cell's value: NaN both for a NaN cell and for text that is not a number (callers tell
     * the two apart with {@link #isNanText}); infinite for "inf" and for overflow like "1e999".
     * Stricter than {@link Double#parseDouble}, which would also take "1d" or "0x1p3".
     */
    static double parseCell(String cell) {
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        if (isInfinityText(cell)) {
            return cell.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        char last = cell.charAt(cell.length() - 1);
        if (!(Character.isDigit(last) || last == '.') || cell.indexOf('x') >= 0 || cell.indexOf('X') >= 0) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static boolean isNanText(String cell) {
        String text = cell.toLowerCase(Locale.ROOT);
        return text.equals("nan") || text.equals("+nan") || text.equals("-nan");
    }

    private static boolean isInfinityText(String cell) {
        String text = cell.toLowerCase(Locale.ROOT);
        if (text.startsWith("+") || text.startsWith("-")) {
            text = text.substring(1);
        }
        return text.equals("inf") || text.equals("infinity");
    }

    /** Splits a line into trimmed cells; a cell in double quotes may hold the delimiter and "" for a quote. */
    static List<String> splitCells(String line, char delimiter) {
        List<String> cells = new ArrayList<>();
        if (line.indexOf('"') < 0) {
            int start = 0;
            for (int end = line.indexOf(delimiter); end >= 0; end = line.indexOf(delimiter, start)) {
                cells.add(line.substring(start, end).trim());
                start = end + 1;
            }
            cells.add(line.substring(start).trim());
            return cells;
        }
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch != '"') {
                    cell.append(ch);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == delimiter) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    /** The lines of a file with blank ones skipped, counting line numbers from 1 as an editor shows them. */
    private static final class NonBlankLines {
        private final CsvLimits.Lines reader;
        private int number;

        NonBlankLines(BufferedReader reader, String fileName) {
            this.reader = new CsvLimits.Lines(reader, fileName, CsvLimits.MAX_LINE_CHARS);
        }

        /** The next line that is not blank, or null at the end of the file. */
        String next() throws IOException {
            String line;
            do {
                line = reader.next();
                number++;
                if (number == 1 && line != null && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // byte order mark written by some spreadsheet programs
                }
            } while (line != null && line.isBlank());
            return line;
        }

        /** The line number of the line last returned by {@link #next()}. */
        int number() {
            return number;
        }
    }

    /** A double[] that grows as rows are read, so a large file is not held as boxed values. */
    private static final class GrowableDoubles {
        private double[] values;
        private int size;

        GrowableDoubles(int capacity) {
            values = new double[capacity];
        }

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(16, values.length * 2));
            }
            values[size++] = value;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}

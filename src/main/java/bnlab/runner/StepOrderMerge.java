package bnlab.runner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges CSV files that are each in step order (the step is the first cell) into one, by step and
 * then by the inputs' order, reading one row of each at a time: memory does not depend on their size.
 */
final class StepOrderMerge {
    private StepOrderMerge() {}

    static void merge(List<Path> inputs, Path output, String header) throws IOException {
        List<BufferedReader> readers = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (Path in : inputs) {
                BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                readers.add(r);
                r.readLine(); // its header
            }
            String[] row = new String[inputs.size()];
            long[] step = new long[inputs.size()];
            for (int i = 0; i < row.length; i++) advance(readers.get(i), row, step, i);
            w.write(header);
            w.write('\n');
            while (true) {
                int next = -1;
                for (int i = 0; i < row.length; i++) {
                    if (row[i] != null && (next < 0 || step[i] < step[next])) next = i;
                }
                if (next < 0) break;
                w.write(row[next]);
                w.write('\n');
                advance(readers.get(next), row, step, next);
            }
        } finally {
            for (BufferedReader r : readers) r.close();
        }
    }

    private static void advance(BufferedReader r, String[] row, long[] step, int i) throws IOException {
        String line = r.readLine();
        row[i] = line;
        if (line != null) step[i] = Long.parseLong(line.substring(0, line.indexOf(',')));
    }
}

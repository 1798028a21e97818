package bnlab.ui;

import bnlab.stats.Series;
import bnlab.train.RunSnapshot;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exports what the app has measured as metrics.csv in the runner's format
 * (step,network,train_loss,train_acc,test_acc). Older steps of a long run are thinned in the app's
 * history; the runner keeps every step.
 */
final class CsvExport {
    private CsvExport() {}

    static void writeMetrics(List<RunSnapshot> runs, Path file) throws IOException {
        Path tmp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("step,network,train_loss,train_acc,test_acc\n");
            Map<Long, StringBuilder> rows = new TreeMap<>();
            for (int r = 0; r < runs.size(); r++) {
                RunSnapshot s = runs.get(r);
                Map<Long, Double> test = new TreeMap<>();
                Series t = s.history().test();
                for (int i = 0; i < t.size(); i++) test.put((long) t.get(i, 0), t.get(i, 2));
                Series m = s.history().metrics();
                if (test.containsKey(0L)) {
                    rows.computeIfAbsent(0L, k -> new StringBuilder())
                            .append("0,").append(s.name()).append(",,,").append(test.get(0L)).append('\n');
                }
                for (int i = 0; i < m.size(); i++) {
                    long step = (long) m.get(i, 0);
                    Double acc = test.get(step);
                    rows.computeIfAbsent(step, k -> new StringBuilder()).append(step).append(',').append(s.name())
                            .append(',').append(num(m.get(i, 1))).append(',').append(num(m.get(i, 2))).append(',')
                            .append(acc == null ? "" : num(acc)).append('\n');
                }
            }
            for (StringBuilder b : rows.values()) w.write(b.toString());
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}

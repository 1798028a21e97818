package bnlab.runner;

import bnlab.stats.DistributionStats;
import bnlab.stats.LayerStats;
import bnlab.stats.Percentiles;
import bnlab.stats.Quantity;
import bnlab.train.RunEvent;
import bnlab.train.RunListener;
import bnlab.train.StatsFrame;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects every measurement of the runs (called on their training threads) and writes
 * metrics.csv, layers.csv and events.csv. Each network keeps its own rows, so the threads never
 * contend; rows are merged in step order when written.
 */
public final class CsvRecorder implements RunListener {
    public static final String METRICS_HEADER = "step,network,train_loss,train_acc,test_acc,learning_rate,grad_norm";
    public static final String LAYERS_HEADER = "step,network,layer,quantity,mean,std,p0,p6.68,p15.87,p30.85,p50,p69.15,"
            + "p84.13,p93.32,p100,p15,p85,saturation,dead,mode,unit0_p15,unit0_p50,unit0_p85";
    public static final String EVENTS_HEADER = "step,network,event,message";

    private record Row(long step, int order, String text) {}

    private final List<String> networks;
    private final Map<String, List<Row>> metrics = new TreeMap<>();
    private final Map<String, Map<Long, String>> testAccuracy = new TreeMap<>();
    private final Map<String, List<Row>> layers = new TreeMap<>();
    private final List<Row> events = new ArrayList<>();

    public CsvRecorder(List<String> networks) {
        this.networks = List.copyOf(networks);
        for (String n : networks) {
            metrics.put(n, new ArrayList<>());
            testAccuracy.put(n, new TreeMap<>());
            layers.put(n, new ArrayList<>());
        }
    }

    private int order(String network) {
        return networks.indexOf(network);
    }

    @Override
    public void onStep(String network, long step, double loss, double accuracy, double learningRate,
                       double gradientNorm) {
        List<Row> rows = metrics.get(network);
        synchronized (rows) {
            // The test accuracy goes between these when written: the row keeps the two parts apart.
            rows.add(new Row(step, order(network), num(loss) + "," + num(accuracy) + "\t" + num(learningRate) + ","
                    + num(gradientNorm)));
        }
    }

    @Override
    public void onTest(String network, long step, double loss, double accuracy) {
        Map<Long, String> t = testAccuracy.get(network);
        synchronized (t) {
            t.put(step, num(accuracy));
        }
    }

    @Override
    public void onStats(String network, StatsFrame frame) {
        List<Row> rows = layers.get(network);
        synchronized (rows) {
            add(rows, network, frame.step(), frame.inference(), "eval");
            if (frame.training() != null) add(rows, network, frame.step(), frame.training(), "train");
        }
    }

    private void add(List<Row> rows, String network, long step, List<LayerStats> stats, String mode) {
        for (LayerStats ls : stats) {
            for (Quantity q : Quantity.values()) {
                DistributionStats d = ls.get(q);
                StringBuilder b = new StringBuilder();
                b.append(step).append(',').append(network).append(',').append(ls.layer() + 1).append(',')
                        .append(q.id()).append(',').append(num(d.mean())).append(',').append(num(d.std()));
                for (int i = 0; i < Percentiles.LEVELS.length; i++) b.append(',').append(num(d.percentile(i)));
                boolean act = q == Quantity.ACTIVATION;
                b.append(',').append(act ? num(ls.saturation()) : "").append(',').append(act ? num(ls.dead()) : "")
                        .append(',').append(mode);
                for (int i = 0; i < 3; i++) b.append(',').append(num(d.unitPercentile(i)));
                rows.add(new Row(step, order(network), b.toString()));
            }
        }
    }

    @Override
    public void onEvent(RunEvent e) {
        synchronized (events) {
            events.add(new Row(e.step(), order(e.network()),
                    e.step() + "," + e.network() + "," + e.kind().id() + "," + quote(e.message())));
        }
    }

    /** Writes the three files into {@code dir}, each atomically (temporary file, then rename). */
    public void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("metrics.csv"), METRICS_HEADER, metricRows());
        List<Row> all = new ArrayList<>();
        for (List<Row> r : layers.values()) {
            synchronized (r) {
                all.addAll(r); // already in step order per network; a stable sort interleaves them
            }
        }
        all.sort(Comparator.comparingLong(Row::step).thenComparingInt(Row::order));
        write(dir.resolve("layers.csv"), LAYERS_HEADER, all.stream().map(Row::text).toList());
        List<Row> ev;
        synchronized (events) {
            ev = new ArrayList<>(events);
        }
        ev.sort(Comparator.comparingLong(Row::step).thenComparingInt(Row::order));
        write(dir.resolve("events.csv"), EVENTS_HEADER, ev.stream().map(Row::text).toList());
    }

    private List<String> metricRows() {
        List<Row> all = new ArrayList<>();
        for (String n : networks) {
            Map<Long, String> tests = testAccuracy.get(n);
            List<Row> rows = metrics.get(n);
            synchronized (rows) {
                synchronized (tests) {
                    if (tests.containsKey(0L)) all.add(new Row(0, order(n), "0," + n + ",,," + tests.get(0L) + ",,"));
                    for (Row r : rows) {
                        String t = tests.getOrDefault(r.step(), "");
                        int tab = r.text().indexOf('\t');
                        all.add(new Row(r.step(), r.order(), r.step() + "," + n + "," + r.text().substring(0, tab) + ","
                                + t + "," + r.text().substring(tab + 1)));
                    }
                }
            }
        }
        all.sort(Comparator.comparingLong(Row::step).thenComparingInt(Row::order));
        return all.stream().map(Row::text).toList();
    }

    private static void write(Path file, String header, List<String> rows) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write('\n');
            for (String r : rows) {
                w.write(r);
                w.write('\n');
            }
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Full precision, locale-independent; empty for NaN (no value). */
    static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}

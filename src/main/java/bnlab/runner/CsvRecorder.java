package bnlab.runner;

import bnlab.stats.DistributionStats;
import bnlab.stats.LayerStats;
import bnlab.stats.Percentiles;
import bnlab.stats.Quantity;
import bnlab.train.RunEvent;
import bnlab.train.RunListener;
import bnlab.train.StatsFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams every measurement of the runs (called on their training threads) to disk as it comes,
 * so memory does not grow with the number of steps: each network writes its own
 * {@code N-NETWORK.metrics.csv}, {@code N-NETWORK.layers.csv} and {@code N-NETWORK.events.csv} (so the
 * threads never contend; landscape.csv likewise), and {@link #finish} merges them in step order into metrics.csv,
 * layers.csv, events.csv and landscape.csv. A write that fails (a full disk) is kept in {@link #failure()} for
 * the runner to report; training itself is never blocked by it.
 */
public final class CsvRecorder implements RunListener {
    public static final String METRICS_HEADER = "step,network,train_loss,train_acc,test_acc,learning_rate,grad_norm";
    public static final String LAYERS_HEADER = "step,network,layer,quantity,mean,std,p0,p6.68,p15.87,p30.85,p50,p69.15,"
            + "p84.13,p93.32,p100,p15,p85,saturation,dead,mode,unit0_p15,unit0_p50,unit0_p85";
    public static final String EVENTS_HEADER = "step,network,event,message";
    public static final String LANDSCAPE_HEADER = "step,network,loss_range,grad_change,beta_smoothness,grad_norm,loss_min,loss_max";
    private static final String[] KINDS = {"metrics", "layers", "events", "landscape"};
    private static final String[] HEADERS = {METRICS_HEADER, LAYERS_HEADER, EVENTS_HEADER, LANDSCAPE_HEADER};

    /** One network's part files, and the metrics row waiting for its step's test accuracy. */
    private final class Parts {
        final String network; // as a CSV field
        final RowFile[] files = new RowFile[KINDS.length];
        long pendingStep = -1;
        String pendingRow;
        String pendingTail; // the step's learning rate and gradient norm, after the test accuracy

        Parts(String network, int index) throws IOException {
            this.network = field(network);
            for (int k = 0; k < KINDS.length; k++) files[k] = new RowFile(partFile(index, k), HEADERS[k]);
        }

        void flushPending(String testAccuracy) {
            if (pendingRow == null) return;
            write(files[0], pendingStep + "," + network + "," + pendingRow + "," + testAccuracy + "," + pendingTail);
            pendingRow = null;
        }
    }

    private final Path dir;
    private final List<String> networks;
    private final Map<String, Parts> parts = new LinkedHashMap<>();
    private volatile IOException failure;

    /** Creates the part files in {@code dir} (which must exist). */
    public CsvRecorder(List<String> networks, Path dir) throws IOException {
        this.dir = dir;
        this.networks = List.copyOf(networks);
        try {
            for (String n : networks) parts.put(n, new Parts(n, parts.size()));
        } catch (IOException e) {
            closeAll();
            throw e;
        }
    }

    /** Part files are named by the network's number and name, made safe: a variant's name may hold any character. */
    private Path partFile(int network, int kind) {
        String safe = networks.get(network).replaceAll("[^A-Za-z0-9._-]+", "_");
        if (safe.length() > 40) safe = safe.substring(0, 40); // the number before it keeps part files apart
        return dir.resolve((network + 1) + "-" + safe + "." + KINDS[kind] + ".csv");
    }

    /** The first write that failed, or null. */
    public IOException failure() {
        return failure;
    }

    @Override
    public void onStep(String network, long step, double loss, double accuracy, double learningRate,
                       double gradientNorm) {
        Parts p = parts.get(network);
        synchronized (p) {
            p.flushPending("");
            p.pendingStep = step;
            p.pendingRow = num(loss) + "," + num(accuracy);
            p.pendingTail = num(learningRate) + "," + num(gradientNorm);
        }
    }

    @Override
    public void onTest(String network, long step, double loss, double accuracy) {
        Parts p = parts.get(network);
        synchronized (p) {
            if (p.pendingRow != null && p.pendingStep == step) {
                p.flushPending(num(accuracy));
            } else {
                p.flushPending("");
                write(p.files[0], step + "," + p.network + ",,," + num(accuracy) + ",,"); // step 0: before training
            }
        }
    }

    @Override
    public void onStats(String network, StatsFrame frame) {
        Parts p = parts.get(network);
        synchronized (p) {
            add(p.files[1], p.network, frame.step(), frame.inference(), "eval");
            if (frame.training() != null) add(p.files[1], p.network, frame.step(), frame.training(), "train");
        }
    }

    private void add(RowFile file, String network, long step, List<LayerStats> stats, String mode) {
        for (LayerStats ls : stats) {
            for (Quantity q : Quantity.values()) {
                DistributionStats d = ls.get(q);
                StringBuilder b = new StringBuilder(256);
                b.append(step).append(',').append(network).append(',').append(ls.layer() + 1).append(',')
                        .append(q.id()).append(',').append(num(d.mean())).append(',').append(num(d.std()));
                for (int i = 0; i < Percentiles.LEVELS.length; i++) b.append(',').append(num(d.percentile(i)));
                boolean act = q == Quantity.ACTIVATION;
                b.append(',').append(act ? num(ls.saturation()) : "").append(',').append(act ? num(ls.dead()) : "")
                        .append(',').append(mode);
                for (int i = 0; i < 3; i++) b.append(',').append(num(d.unitPercentile(i)));
                write(file, b.toString());
            }
        }
    }

    @Override
    public void onEvent(RunEvent e) {
        Parts p = parts.get(e.network());
        synchronized (p) {
            write(p.files[2], e.step() + "," + p.network + "," + e.kind().id() + "," + quote(e.message()));
        }
    }

    @Override
    public void onLandscape(String network, long step, bnlab.stats.Landscape l) {
        Parts p = parts.get(network);
        synchronized (p) {
            write(p.files[3], step + "," + p.network + "," + num(l.lossRange()) + "," + num(l.gradChange()) + ","
                    + num(l.betaSmoothness()) + "," + num(l.gradNorm()) + "," + num(l.lossMin()) + "," + num(l.lossMax()));
        }
    }

    private void write(RowFile file, String row) {
        if (failure != null) return;
        try {
            file.append(row);
        } catch (IOException e) {
            failure = e;
        }
    }

    /**
     * Writes the last rows, then merges each network's part files, in step order and then in the
     * networks' order, into metrics.csv, layers.csv, events.csv and landscape.csv, and removes the parts.
     */
    public void finish() throws IOException {
        for (Parts p : parts.values()) {
            synchronized (p) {
                p.flushPending("");
            }
        }
        closeAll();
        if (failure != null) throw failure;
        for (int k = 0; k < KINDS.length; k++) {
            List<Path> inputs = new ArrayList<>();
            for (int n = 0; n < networks.size(); n++) inputs.add(partFile(n, k));
            StepOrderMerge.merge(inputs, dir.resolve(KINDS[k] + ".csv"), HEADERS[k]);
            for (Path in : inputs) Files.delete(in);
        }
    }

    /** Closes the part files (they stay readable); called by {@link #finish} or when a run is abandoned. */
    public void closeAll() {
        for (Parts p : parts.values()) {
            synchronized (p) {
                for (RowFile f : p.files) {
                    if (f == null) continue;
                    try {
                        f.close();
                    } catch (IOException e) {
                        if (failure == null) failure = e;
                    }
                }
            }
        }
    }

    /** Full precision, locale-independent; empty for NaN (no value). */
    static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** A network's name as a CSV field: quoted only when it holds a comma, a quote or a line break ("LN, rate 0.01"). */
    public static String field(String s) {
        return s.matches("[^,\"\r\n]*") ? s : quote(s);
    }

    static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}

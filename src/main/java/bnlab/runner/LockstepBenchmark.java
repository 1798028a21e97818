package bnlab.runner;

import bnlab.data.DatasetException;
import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import bnlab.experiment.InvalidExperimentException;
import bnlab.experiment.RunPlan;
import bnlab.train.RunConfig;
import bnlab.train.Session;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What lockstep costs: steps per second of a compare pair trained in lockstep (one thread per
 * network) against each of its networks trained alone on one thread (the share of the machine each
 * network of the pair has), through the same sessions as the app and the runner (statistics and
 * evaluations only every 100,000 steps, so that training is what is timed). The slower network is
 * also timed alone as the app trains a lone network, its products shared with the idle core. The
 * sessions alternate in short phases, several rounds, because a shared machine's speed drifts
 * within a minute.
 */
public final class LockstepBenchmark {
    static final String FIGURE_1 = """
            {"name": "Figure 1 pair", "seed": 1,
             "dataset": {"source": "fashion-mnist", "trainSize": 10000, "testSize": 2000},
             "network": {"hidden": [100, 100, 100], "activation": "sigmoid", "init": "gaussian", "initScale": 1.0},
             "normalization": {"kind": "batch"}, "optimizer": {"kind": "sgd", "learningRate": 0.5, "momentum": 0},
             "batchSize": 60, "steps": 100000000, "compare": true, "evalEvery": 100000}
            """;
    static final String SPIRAL = """
            {"name": "spiral pair", "seed": 1, "dataset": {"source": "spiral"},
             "network": {"hidden": [16, 16, 16], "activation": "tanh"}, "normalization": {"kind": "batch"},
             "optimizer": {"kind": "sgd", "learningRate": 0.1, "momentum": 0.9},
             "batchSize": 32, "steps": 100000000, "compare": true, "evalEvery": 100000}
            """;

    private LockstepBenchmark() {}

    /** Prints one line per phase, then the pair's rate against the slower network alone, per round and pooled. */
    public static void run(PrintStream out, double seconds, int rounds)
            throws InvalidExperimentException, DatasetException, InterruptedException {
        for (String json : List.of(SPIRAL, FIGURE_1)) {
            Experiment e = ExperimentJson.read(json, "benchmark");
            DatasetSplit data = DatasetLoader.load(e.dataset(), e.seed(), Path.of("."));
            List<RunConfig> pair = RunPlan.runs(e, data, false);
            // Warm-up: the JIT compiles for 10-20 s after start. Alone, a network leaves the compiler the
            // idle core; in a pair the compiler takes a core from one network and so holds up both.
            rate(List.of(pair.get(0)), data, 3);
            freeRate(pair, data, 3);
            rate(pair, data, 10);
            double pairSum = 0;
            double slowerSum = 0;
            double freeSum = 0;
            double twoCoresSum = 0;
            List<String> ratios = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                double together = rate(pair, data, seconds);
                double free = freeRate(pair, data, seconds);
                double first = rate(List.of(pair.get(0)), data, seconds);
                double second = rate(List.of(pair.get(1)), data, seconds);
                double slower = Math.min(first, second);
                RunConfig slowerConfig = first <= second ? pair.get(0) : pair.get(1);
                double twoCores = rate(List.of(slowerConfig), data, seconds, false);
                out.printf(Locale.ROOT, "%s\tround %d\tlockstep pair %.0f\tfree pair (slower) %.0f\t%s alone %.0f\t%s alone %.0f"
                        + "\tpair/slower alone %.3f\tpair/free %.3f\t%s alone on two cores %.0f%n",
                        e.name(), round + 1, together, free, pair.get(0).name(), first, pair.get(1).name(), second,
                        together / slower, together / free, slowerConfig.name(), twoCores);
                freeSum += free;
                twoCoresSum += twoCores;
                out.flush();
                pairSum += together;
                slowerSum += slower;
                ratios.add(String.format(Locale.ROOT, "%.3f", together / slower));
            }
            out.printf(Locale.ROOT, "%s\tpooled pair/slower alone %.3f (rounds: %s)\tpooled pair/free pair %.3f"
                    + "\tpooled pair/slower alone on two cores %.3f%n",
                    e.name(), pairSum / slowerSum, String.join(", ", ratios), pairSum / freeSum, pairSum / twoCoresSum);
        }
    }

    /**
     * The slower network's steps per second when the two train at once without lockstep (each in a
     * session of its own, as every network trained before lockstep): the same contention for the
     * cores, without the barrier.
     */
    static double freeRate(List<RunConfig> configs, DatasetSplit data, double seconds) throws InterruptedException {
        List<Session> sessions = new ArrayList<>();
        try {
            for (RunConfig c : configs) {
                Session s = new Session(List.of(c), data, null);
                s.keepOneThreadPerNetwork(); // as before lockstep: a thread per network
                sessions.add(s);
            }
            for (Session s : sessions) s.start(true);
            Thread.sleep(1000);
            long[] from = new long[sessions.size()];
            for (int i = 0; i < from.length; i++) from[i] = sessions.get(i).snapshots().get(0).step();
            long t0 = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            long t1 = System.nanoTime();
            double slowest = Double.MAX_VALUE;
            for (int i = 0; i < from.length; i++) {
                slowest = Math.min(slowest, (sessions.get(i).snapshots().get(0).step() - from[i]) / ((t1 - t0) / 1e9));
            }
            return slowest;
        } finally {
            for (Session s : sessions) s.close();
        }
    }

    /** Steps per second of a session of {@code configs}, one thread per network, over {@code seconds} after one second. */
    static double rate(List<RunConfig> configs, DatasetSplit data, double seconds) throws InterruptedException {
        return rate(configs, data, seconds, true);
    }

    private static double rate(List<RunConfig> configs, DatasetSplit data, double seconds, boolean oneThreadEach)
            throws InterruptedException {
        try (Session s = new Session(configs, data, null)) {
            if (oneThreadEach) s.keepOneThreadPerNetwork();
            s.start(true);
            Thread.sleep(1000);
            long from = s.snapshots().get(0).step();
            long t0 = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            long to = s.snapshots().get(0).step();
            long t1 = System.nanoTime();
            s.pause();
            return (to - from) / ((t1 - t0) / 1e9);
        }
    }
}

package bnlab.cli;

import bnlab.nn.Activation;
import bnlab.nn.Init;
import bnlab.nn.Kernels;
import bnlab.nn.Network;
import bnlab.nn.NetworkSpec;
import bnlab.nn.NormKind;
import bnlab.nn.Optimizer;
import bnlab.nn.Placement;
import bnlab.nn.Sgd;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.ejml.data.DMatrixRMaj;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Training speed on the networks of ../shared/bench/torch_mlp_bench.py, so the figures can be set
 * beside PyTorch's: same shapes, batch sizes, activations, random inputs and plain SGD.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure training speed on the benchmark networks, with and without batch norm.",
                "The networks of ../shared/bench/torch_mlp_bench.py (paper, spiral, deep); prints",
                "network<TAB>bn|none<TAB>steps_per_second<TAB>GFLOP/s of the matrix products,",
                "after a first line (starting with #) naming the kernels and threads."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--seconds", description = "Measured seconds per case after warm-up (default: ${DEFAULT-VALUE}).")
    double seconds = 3.0;

    @Option(names = "--only", description = "Run only this network: paper, spiral or deep.")
    String only;

    @Option(names = "--threads", description = "Threads for the matrix products: 1 (default; PyTorch's bench with 1"
            + " thread is the fair peer) or 2 (one network using both cores).")
    int threads = 1;

    @Option(names = "--cpu-time", description = "Divide by the training thread's CPU time instead of the elapsed"
            + " time: steps per CPU-second, steadier on a machine others are using (one product thread only).")
    boolean cpuTime;

    @Option(names = "--lockstep", description = "Instead: steps/s of the Figure 1 and spiral compare pairs in lockstep"
            + " against each network alone, alternating, this many rounds.")
    int lockstepRounds;

    /** A benchmark network, as in torch_mlp_bench.py. */
    public record Case(String name, int input, List<Integer> hidden, int classes, Activation activation, int batch) {}

    public static List<Case> cases() {
        return List.of(
                new Case("paper", 784, List.of(100, 100, 100), 10, Activation.SIGMOID, 60),
                new Case("spiral", 2, List.of(16, 16, 16), 3, Activation.TANH, 32),
                new Case("deep", 784, List.of(256, 256, 256, 256, 256, 256), 10, Activation.RELU, 128));
    }

    /** Shorter than this, a case's figure is mostly the clock's and the JIT's noise. */
    static final double MIN_SECONDS = 0.5;

    @Override
    public Integer call() {
        if (!(seconds >= MIN_SECONDS) || seconds > 86_400) { // NaN too
            System.err.println("--seconds must be between " + MIN_SECONDS + " and 86400 (a shorter measurement is "
                    + "mostly timer noise); got " + seconds);
            return 2;
        }
        if (lockstepRounds > 0) {
            try {
                bnlab.runner.LockstepBenchmark.run(System.out, seconds, lockstepRounds);
                return 0;
            } catch (Exception e) {
                System.err.println("The lockstep benchmark could not run: " + e.getMessage());
                return 1;
            }
        }
        List<Case> run = new ArrayList<>();
        for (Case c : cases()) {
            if (only == null || only.equals(c.name())) run.add(c);
        }
        if (run.isEmpty()) {
            System.err.println("--only must be one of paper, spiral, deep; got " + bnlab.data.Quoted.text(only));
            return 2;
        }
        if (threads < 1 || threads > 2) {
            System.err.println("--threads must be 1 or 2; got " + threads);
            return 2;
        }
        if (cpuTime && threads != 1) {
            System.err.println("--cpu-time measures one thread: use it with --threads 1");
            return 2;
        }
        PrintStream out = System.out;
        out.printf("# kernels: %s; product threads: %d; per %s second%n", Kernels.description(), threads,
                cpuTime ? "CPU" : "elapsed");
        for (Case c : run) {
            for (boolean bn : new boolean[] {false, true}) {
                double sps = stepsPerSecond(c, bn, seconds, threads, cpuTime);
                out.printf(Locale.ROOT, "%s\t%s\t%.0f\t%.1f%n", c.name(), bn ? "bn" : "none", sps,
                        sps * productFlops(c) / 1e9);
                out.flush();
            }
        }
        return 0;
    }

    /**
     * Floating-point operations of the matrix products in one training step (a multiply-add counts
     * two): per layer x W forward, xᵀ dz and dz Wᵀ backward, except the first layer's input gradient.
     */
    public static double productFlops(Case c) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(c.input());
        sizes.addAll(c.hidden());
        sizes.add(c.classes());
        double flops = 0;
        for (int i = 0; i + 1 < sizes.size(); i++) {
            double layer = 2.0 * c.batch() * sizes.get(i) * sizes.get(i + 1);
            flops += i == 0 ? 2 * layer : 3 * layer;
        }
        return flops;
    }

    /** Steps per elapsed second of one case on one product thread. */
    public static double stepsPerSecond(Case c, boolean bn, double seconds) {
        return stepsPerSecond(c, bn, seconds, 1, false);
    }

    /**
     * Steps per second of one case, after a warm-up that lets the JIT compile the hot loops; per
     * second of this thread's CPU time if {@code cpuTime}, else per elapsed second.
     */
    public static double stepsPerSecond(Case c, boolean bn, double seconds, int threads, boolean cpuTime) {
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        NetworkSpec spec = NetworkSpec.of(c.input(), c.hidden(), c.classes(), c.activation())
                .withNorm(bn ? NormKind.BATCH : NormKind.NONE, Placement.BEFORE_ACTIVATION)
                .withInit(Init.XAVIER, 1.0).withSeed(0);
        Network net = new Network(spec);
        net.setProductThreads(threads);
        Optimizer opt = new Sgd(0.1, 0.0, 0.0);
        Random rng = new Random(0);
        DMatrixRMaj x = new DMatrixRMaj(c.batch(), c.input());
        int[] y = new int[c.batch()];
        for (int i = 0; i < x.data.length; i++) x.data[i] = rng.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = rng.nextInt(c.classes());
        // Warm for 2 s, and for 1.5 s of this thread's CPU time: on a loaded machine the JIT needs
        // that much CPU, not that much time, before the Vector API kernels are compiled.
        long warm = (long) (Math.min(2.0, seconds) * 1e9);
        long warmUntil = System.nanoTime() + warm;
        long warmCpuUntil = clock.getCurrentThreadCpuTime() + warm * 3 / 4;
        while (System.nanoTime() < warmUntil || clock.getCurrentThreadCpuTime() < warmCpuUntil) {
            for (int i = 0; i < 20; i++) net.trainStep(x, y, opt);
        }
        long steps = 0;
        long start = cpuTime ? clock.getCurrentThreadCpuTime() : System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            for (int i = 0; i < 20; i++) net.trainStep(x, y, opt);
            steps += 20;
            now = cpuTime ? clock.getCurrentThreadCpuTime() : System.nanoTime();
        } while (now < end);
        return steps / ((now - start) / 1e9);
    }
}

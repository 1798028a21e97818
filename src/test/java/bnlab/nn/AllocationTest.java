package bnlab.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A warm training step of the paper's 784-100-100-100-10 network allocates (next to) nothing.
 * Counts bytes with the JVM's per-thread allocation counter; it measures no time.
 */
class AllocationTest {
    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void warmTrainingStepAllocatesUnderOneKilobyte(OptimizerKind kind) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported());
        threads.setThreadAllocatedMemoryEnabled(true);
        // Every normalization, without the remedies and with all of them (4 groups, Batch Renorm's
        // limits and warm-up, dropout, L1, clipping).
        for (Remedies remedies : List.of(Remedies.NONE.withGroups(4), new Remedies(4, 3, 5, 100, 0.3, 1e-4, 1.0)))
        for (NormKind norm : NormKind.values()) {
            Network net = new Network(NetworkSpec.of(784, List.of(100, 100, 100), 10, Activation.SIGMOID)
                    .withNorm(norm, Placement.BEFORE_ACTIVATION).withInit(Init.GAUSSIAN, 0.1).withRemedies(remedies));
            Optimizer opt = kind.create(0.1, 0.9, 1e-4);
            Random rng = new Random(1);
            DMatrixRMaj x = new DMatrixRMaj(60, 784);
            int[] y = new int[60];
            for (int i = 0; i < x.data.length; i++) x.data[i] = rng.nextDouble();
            for (int i = 0; i < y.length; i++) y[i] = rng.nextInt(10);
            for (int i = 0; i < 150; i++) net.trainStep(x, y, opt); // warm up, let the JIT settle
            long tid = Thread.currentThread().getId();
            int steps = 60;
            // The Vector API kernels allocate their vectors until C2 has compiled them, which on a
            // loaded machine can take longer than the warm-up: the best of a few rounds counts.
            long perStep = Long.MAX_VALUE;
            for (int round = 0; round < 8 && perStep >= 1024; round++) {
                long before = threads.getThreadAllocatedBytes(tid);
                for (int i = 0; i < steps; i++) net.trainStep(x, y, opt);
                perStep = Math.min(perStep, (threads.getThreadAllocatedBytes(tid) - before) / steps);
            }
            assertTrue(perStep < 1024, kind + "/" + norm + "/" + remedies + ": " + perStep + " bytes allocated per step");
        }
    }
}

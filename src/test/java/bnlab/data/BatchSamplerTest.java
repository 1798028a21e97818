package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSamplerTest {

    /** n examples of 3 features: example i is (i, -i, 0.5), label i mod 3. */
    private static Dataset traceable(int n) {
        double[] x = new double[3 * n];
        for (int i = 0; i < n; i++) {
            x[3 * i] = i;
            x[3 * i + 1] = -i;
            x[3 * i + 2] = 0.5;
        }
        return Dataset.of("traceable", x, IdxFiles.cycle(n, 3), List.of("a", "b", "c"), new int[] {3});
    }

    @Test
    void fillsRowsWithWholeExamplesAndTheirLabels() {
        Dataset data = traceable(50);
        BatchSampler sampler = new BatchSampler(data, 8, 1);
        double[] x = new double[8 * 3];
        int[] y = new int[8];
        sampler.nextBatch(x, y);
        for (int row = 0; row < 8; row++) {
            int example = (int) x[3 * row];
            assertEquals(-example, x[3 * row + 1]);
            assertEquals(0.5, x[3 * row + 2]);
            assertEquals(example % 3, y[row]);
        }
        assertEquals(8, sampler.batchSize());
        assertEquals(7, sampler.batchesPerEpoch());
    }

    @Test
    void twinSamplersWithTheSameSeedGiveIdenticalBatches() {
        Dataset data = traceable(37);
        BatchSampler left = new BatchSampler(data, 5, 2024);
        BatchSampler right = new BatchSampler(data, 5, 2024);
        BatchSampler other = new BatchSampler(data, 5, 2025);
        double[] xl = new double[15];
        double[] xr = new double[15];
        double[] xo = new double[15];
        int[] yl = new int[5];
        int[] yr = new int[5];
        int[] yo = new int[5];
        boolean differs = false;
        for (int batch = 0; batch < 40; batch++) { // several epochs
            left.nextBatch(xl, yl);
            right.nextBatch(xr, yr);
            other.nextBatch(xo, yo);
            assertArrayEquals(xl, xr);
            assertArrayEquals(yl, yr);
            differs |= !Arrays.equals(xl, xo);
        }
        assertTrue(differs, "another seed gives other batches");
    }

    @Test
    void everyExampleIsDrawnExactlyOncePerEpochEvenAcrossBatchBoundaries() {
        int n = 23; // not a multiple of the batch size: batches straddle epochs
        Dataset data = traceable(n);
        BatchSampler sampler = new BatchSampler(data, 5, 3);
        double[] x = new double[15];
        int[] y = new int[5];
        int[] drawn = new int[5 * n * 4];
        int count = 0;
        while (count < drawn.length) {
            sampler.nextBatch(x, y);
            for (int row = 0; row < 5; row++) {
                drawn[count++] = (int) x[3 * row];
            }
        }
        int[][] epochs = new int[20][];
        for (int epoch = 0; epoch < 20; epoch++) {
            int[] seen = Arrays.copyOfRange(drawn, epoch * n, (epoch + 1) * n);
            epochs[epoch] = seen.clone();
            Arrays.sort(seen);
            for (int i = 0; i < n; i++) {
                assertEquals(i, seen[i], "epoch " + epoch);
            }
        }
        assertFalse(Arrays.equals(epochs[0], epochs[1]), "each epoch is shuffled anew");
        assertEquals(19, sampler.epoch(), "20 epochs drawn, the 20th just finished");
    }

    @Test
    void resetStartsTheSameSequenceAgain() {
        BatchSampler sampler = new BatchSampler(traceable(11), 4, 8);
        double[] first = new double[12 * 6];
        double[] again = new double[12 * 6];
        double[] x = new double[12];
        int[] y = new int[4];
        for (int b = 0; b < 6; b++) {
            sampler.nextBatch(x, y);
            System.arraycopy(x, 0, first, 12 * b, 12);
        }
        sampler.reset();
        assertEquals(0, sampler.epoch());
        for (int b = 0; b < 6; b++) {
            sampler.nextBatch(x, y);
            System.arraycopy(x, 0, again, 12 * b, 12);
        }
        assertArrayEquals(first, again);
    }

    @Test
    void nextBatchAllocatesNothingEvenAtEpochBoundaries() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Dataset data = traceable(100);
        BatchSampler sampler = new BatchSampler(data, 32, 5); // 100 / 32: a boundary every few calls
        double[] x = new double[32 * 3];
        int[] y = new int[32];
        for (int i = 0; i < 20_000; i++) { // warm up, so the JIT has compiled the loop
            sampler.nextBatch(x, y);
        }
        threads.getCurrentThreadAllocatedBytes();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) {
            sampler.nextBatch(x, y);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(sampler.epoch() > 3000);
        // 10,000 calls: even 8 bytes per call would show as 80,000.
        assertTrue(allocated < 1024, "nextBatch allocated " + allocated + " bytes in 10,000 calls");
    }

    @Test
    void rejectsArraysThatAreTooSmall() {
        BatchSampler sampler = new BatchSampler(traceable(10), 4, 1);
        assertThrows(IllegalArgumentException.class, () -> sampler.nextBatch(new double[11], new int[4]));
        assertThrows(IllegalArgumentException.class, () -> sampler.nextBatch(new double[12], new int[3]));
        assertThrows(IllegalArgumentException.class, () -> new BatchSampler(traceable(10), 0, 1));
    }

    @Test
    void fixedProbeIsSeededSortedAndWithoutRepeats() {
        Dataset data = traceable(1000);
        Probe probe = BatchSampler.fixedProbe(data, 500, 77);
        Probe same = BatchSampler.fixedProbe(data, 500, 77);
        Probe other = BatchSampler.fixedProbe(data, 500, 78);
        assertEquals(500, probe.count());
        assertEquals(3, probe.featureCount());
        assertEquals(1500, probe.features().length);
        assertArrayEquals(probe.features(), same.features());
        assertArrayEquals(probe.labels(), same.labels());
        assertFalse(Arrays.equals(probe.sourceIndices(), other.sourceIndices()));
        int[] indices = probe.sourceIndices();
        for (int row = 0; row < 500; row++) {
            assertEquals(indices[row], (int) probe.features()[3 * row], "row " + row + " is its source example");
            assertEquals(indices[row] % 3, probe.labels()[row]);
            if (row > 0) {
                assertTrue(indices[row] > indices[row - 1], "sorted and distinct");
            }
        }
    }

    @Test
    void probeLargerThanTheDatasetTakesEverything() {
        Probe probe = BatchSampler.fixedProbe(traceable(40), 500, 1);
        assertEquals(40, probe.count());
        int[] expected = new int[40];
        Arrays.setAll(expected, i -> i);
        assertArrayEquals(expected, probe.sourceIndices());
    }
}

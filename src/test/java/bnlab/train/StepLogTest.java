package bnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StepLogTest {
    @Test
    void aViewHoldsTheStepsLoggedBeforeItWasTakenAcrossChunks() {
        StepLog log = new StepLog();
        for (int s = 1; s <= 5000; s++) log.append(s * 0.5, s % 7 / 7.0, 1.0 / s, s * 3.0);
        StepLog.View early = log.view();
        for (int s = 5001; s <= 10_000; s++) log.append(s * 0.5, s % 7 / 7.0, 1.0 / s, s * 3.0);
        StepLog.View late = log.view();
        assertEquals(5000, early.steps());
        assertEquals(10_000, late.steps());
        for (long s : new long[] {1, 4096, 4097, 5000}) {
            assertEquals(s * 0.5, early.loss(s));
            assertEquals(s % 7 / 7.0, early.accuracy(s));
            assertEquals(1.0 / s, early.learningRate(s));
            assertEquals(s * 3.0, early.gradientNorm(s));
        }
        assertEquals(10_000 * 0.5, late.loss(10_000));
        assertThrows(IndexOutOfBoundsException.class, () -> early.loss(5001), "later steps are not in an earlier view");
        assertThrows(IndexOutOfBoundsException.class, () -> late.loss(0), "steps count from 1");
    }

    @Test
    void stopsLoggingAtItsBound() {
        StepLog log = new StepLog();
        for (long s = 1; s <= StepLog.MAX_STEPS + 10; s++) log.append(s, 1, 0.1, 2);
        StepLog.View v = log.view();
        assertEquals(StepLog.MAX_STEPS, v.steps());
        assertEquals(StepLog.MAX_STEPS, v.loss(StepLog.MAX_STEPS));
    }
}

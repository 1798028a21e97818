package bnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Phaser;
import org.junit.jupiter.api.Test;

/** A network's thread spins while its partners arrive soon, and stops spinning for a while when they do not. */
class StepWaitTest {
    /** One phase of a two-party phaser in which the partner arrives {@code millis} after this thread (0: before it). */
    private static void phase(Phaser phaser, StepWait wait, long millis) throws InterruptedException {
        if (millis == 0) {
            phaser.arrive();
            int phase = phaser.arrive();
            wait.await(phaser, phase); // as a lockstep never calls it: the phase is already over
            return;
        }
        int phase = phaser.arrive();
        Thread partner = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            phaser.arrive();
        });
        partner.start();
        wait.await(phaser, phase);
        assertNotEquals(phase, phaser.getPhase(), "it returns only when the phase is over");
        partner.join();
    }

    @Test
    void afterEightLongWaitsInARowItParksAtOnceForItsNextThousandWaits() throws Exception {
        Phaser phaser = new Phaser(2);
        StepWait wait = new StepWait();
        for (int i = 0; i < 8; i++) {
            assertTrue(wait.spinsFirst(), "long wait " + i);
            phase(phaser, wait, 5);
        }
        assertFalse(wait.spinsFirst(), "eight partners 5 ms late in a row: a loaded machine or a pause");
        phase(phaser, wait, 5); // parked at once, and still woken
        for (int i = 1; i < 1024; i++) phase(phaser, wait, 0);
        assertTrue(wait.spinsFirst(), "it tries spinning again after 1,024 waits");
        for (int i = 0; i < 4; i++) phase(phaser, wait, 5);
        assertFalse(wait.spinsFirst(), "once it has parked, four more long waits park it again");
    }

    @Test
    void waitsOnTimeAndStepsWithoutWaitingOffsetTheLongOnes() throws Exception {
        Phaser phaser = new Phaser(2);
        StepWait wait = new StepWait();
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 6; i++) phase(phaser, wait, 5); // a burst: another thread took a partner's core
            phase(phaser, wait, 0);
            for (int i = 0; i < 5; i++) wait.arrivedLast();
            assertTrue(wait.spinsFirst(), "bursts of six late partners between steps on time: still spinning, round " + round);
        }
    }

    @Test
    void itSpinsLongerForAPartnerThatIsOftenALittleLate() throws Exception {
        Phaser phaser = new Phaser(2);
        StepWait wait = new StepWait();
        assertEquals(20_000, wait.spinLimitNanos(), "20 µs to begin with");
        for (int i = 0; i < 6; i++) phase(phaser, wait, 1); // each at least a millisecond: past the limit
        long limit = wait.spinLimitNanos();
        assertTrue(limit > 40_000 && limit <= 300_000, "longer, never past 300 µs: " + limit);
        for (int i = 0; i < 60; i++) phase(phaser, wait, 0);
        assertEquals(20_000, wait.spinLimitNanos(), "back to 20 µs when the partner is on time again");
    }
}

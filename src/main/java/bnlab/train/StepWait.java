package bnlab.train;

import java.util.concurrent.Phaser;

/**
 * How a network's thread waits at the end of a step for the other networks of its lockstep. It
 * spins on its own core for about three times as long as its partners have lately kept it waiting, so
 * that the last to arrive need not wake it with a system call and it starts the next step at once:
 * on a virtual machine a parked thread's core goes idle, and waking it took 100 µs and more (the
 * Figure 1 pair lost 8% that way). A wait longer than that (a paused session, a partner that has
 * no core) parks the thread; where such waits outnumber the steps that needed no long wait by
 * eight it parks at once for its next 1,024 waits, so that on a loaded machine no core is lost to
 * spinning.
 */
final class StepWait {
    private static final long MIN_SPIN_NANOS = 20_000;
    private static final long MAX_SPIN_NANOS = 300_000;
    // Misses outnumbering waits spun through by this many: the machine is loaded (a burst of a few, from
    // another thread taking a partner's core for a moment, is not).
    private static final int MISSES_BEFORE_PARKING = 8;
    private static final int PHASES_PARKED = 1024;
    private long typicalWait = MIN_SPIN_NANOS / 3; // a moving average of this thread's waits, each at most MAX_SPIN_NANOS
    private int misses; // misses less the waits spun through and the steps it arrived last since, never below 0
    private int parkFor;

    /** Whether the next wait begins by spinning. */
    boolean spinsFirst() {
        return parkFor <= 0;
    }

    /** How long the next wait spins before it parks. */
    long spinLimitNanos() {
        return Math.min(MAX_SPIN_NANOS, Math.max(MIN_SPIN_NANOS, 3 * typicalWait));
    }

    /** This thread was the last to arrive, so it did not wait: no sign of a loaded machine. */
    void arrivedLast() {
        if (misses > 0) misses--;
    }

    /** Returns when {@code phaser} has left {@code phase}. */
    void await(Phaser phaser, int phase) {
        long start = System.nanoTime();
        if (parkFor > 0) {
            parkFor--;
            phaser.awaitAdvance(phase);
            return;
        }
        long limit = spinLimitNanos();
        for (int spins = 1; phaser.getPhase() == phase; spins++) {
            Thread.onSpinWait();
            if ((spins & 63) == 0 && System.nanoTime() - start > limit) {
                phaser.awaitAdvance(phase);
                break;
            }
        }
        long waited = System.nanoTime() - start;
        if (waited <= limit) { // spun through (a thread descheduled while spinning may see the end only later)
            if (misses > 0) misses--;
            learn(waited);
            return;
        }
        learn(Math.min(waited, 2 * limit)); // a pause or a hiccup teaches little
        if (++misses == MISSES_BEFORE_PARKING) {
            misses = MISSES_BEFORE_PARKING / 2; // after parking, fewer misses park it again
            parkFor = PHASES_PARKED;
        }
    }

    private void learn(long waited) {
        typicalWait += (Math.min(waited, MAX_SPIN_NANOS) - typicalWait) / 8;
    }
}

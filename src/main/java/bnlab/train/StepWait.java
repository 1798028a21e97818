package bnlab.train;

import java.util.concurrent.Phaser;

/**
 * How a network's thread waits at the end of a step for the other networks of its lockstep. It
 * spins on its own core while they arrive soon, so that the last to arrive need not wake it with
 * a system call and it starts the next step at once. A wait longer than that (a paused session,
 * a partner that has no core) parks the thread; after a few of those in a row it parks at once
 * for a while, so that on a loaded machine no core is lost to spinning.
 */
final class StepWait {
    // Covers the spiral pair's wait (its plain network's step is 6 µs shorter than BN's); measured
    // 2026-12-01, that pair went from 0.95 to 0.98-1.00 of BN alone (README, Benchmarks › Lockstep).
    private static final long SPIN_NANOS = 20_000;
    private static final int MISSES_BEFORE_PARKING = 4;
    private static final int PHASES_PARKED = 1024;
    private int misses;
    private int parkFor;

    /** Whether the next wait begins by spinning. */
    boolean spinsFirst() {
        return parkFor <= 0;
    }

    /** Returns when {@code phaser} has left {@code phase}. */
    void await(Phaser phaser, int phase) {
        if (parkFor > 0) {
            parkFor--;
            phaser.awaitAdvance(phase);
            return;
        }
        long deadline = System.nanoTime() + SPIN_NANOS;
        for (int spins = 1; phaser.getPhase() == phase; spins++) {
            Thread.onSpinWait();
            if ((spins & 63) == 0 && System.nanoTime() - deadline > 0) {
                if (++misses == MISSES_BEFORE_PARKING) {
                    misses = 0;
                    parkFor = PHASES_PARKED;
                }
                phaser.awaitAdvance(phase);
                return;
            }
        }
        misses = 0;
    }
}

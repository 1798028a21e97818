package bnlab.ui;

import java.util.List;

/**
 * Shares the histograms a frame may redraw among the networks' grids. Each frame another grid
 * goes first: in grid order, a window drawing fewer frames than training measures (three networks
 * at full speed on a small machine) would give every frame's budget to the first grid, and the
 * others would go on showing what they showed before, even another lesson's networks.
 */
final class HistogramTurns {
    /** Something with measurements waiting to be drawn: draws up to {@code budget}, returns how many. */
    interface Waiting {
        int flush(int budget);
    }

    private int turn;

    /** Hands out {@code budget} redraws, starting with a different grid each call. */
    void flush(List<? extends Waiting> grids, int budget) {
        int n = grids.size();
        if (n == 0) return;
        int first = Math.floorMod(turn++, n);
        for (int k = 0; k < n && budget > 0; k++) budget -= grids.get((first + k) % n).flush(budget);
    }
}

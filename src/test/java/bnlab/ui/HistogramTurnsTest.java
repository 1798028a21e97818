package bnlab.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramTurnsTest {
    /** A grid that gets a new measurement of nine histograms every frame (a window slower than training). */
    static final class AlwaysWaiting implements HistogramTurns.Waiting {
        int drawn;

        @Override
        public int flush(int budget) {
            int n = Math.min(budget, 9);
            drawn += n;
            return n;
        }
    }

    @Test
    void everyGridIsRedrawnWhenTheWindowIsSlowerThanTraining() {
        List<AlwaysWaiting> grids = List.of(new AlwaysWaiting(), new AlwaysWaiting(), new AlwaysWaiting());
        HistogramTurns turns = new HistogramTurns();
        for (int frame = 0; frame < 30; frame++) turns.flush(grids, 9);
        for (int g = 0; g < grids.size(); g++) {
            // In grid order the first grid took all 270 and the others none (they kept their old data).
            assertTrue(grids.get(g).drawn >= 90, "grid " + g + " redrew " + grids.get(g).drawn + " of 270 histograms");
        }
    }
}

package bnlab.train;

/**
 * Watches the test evaluations for a run that has stopped learning without diverging (a finite
 * loss, so nothing else stops it): {@link #EVALUATIONS} evaluations in a row, spanning at least
 * {@link #MIN_SPAN} steps, no better than always guessing the commonest class, give or take
 * {@link #MARGIN}, or with a test loss over {@link #LOSS_FACTOR} times a uniform guess's (confidently
 * wrong: a network with batch norm at a huge learning rate stays finite and a little above chance,
 * loss in the thousands). The span keeps a frequent evaluation cadence from calling the slow first steps
 * of a healthy run a stall. One better evaluation clears it.
 */
final class StallWatch {
    static final int EVALUATIONS = 5;
    static final double MARGIN = 0.03;
    static final long MIN_SPAN = 400;
    static final double LOSS_FACTOR = 10;

    private final double chance;
    private final double guessLoss;
    private final double[] recentLosses = new double[EVALUATIONS];
    private int inARow;
    private long firstAtChance;

    /** @param classCounts the test set's examples per class */
    StallWatch(int[] classCounts) {
        long total = 0;
        long most = 0;
        for (int c : classCounts) {
            total += c;
            most = Math.max(most, c);
        }
        this.chance = total == 0 ? 1 : (double) most / total;
        this.guessLoss = Math.log(Math.max(2, classCounts.length));
    }

    /**
     * Records one evaluation made after training began; returns the stall it completes or
     * continues, or null while the run is learning.
     */
    Stall onTest(long step, double testLoss, double accuracy, double learningRate, String normalization) {
        boolean atChance = accuracy <= chance + MARGIN;
        boolean farWorseThanGuessing = testLoss > LOSS_FACTOR * guessLoss;
        if (!(atChance || farWorseThanGuessing)) {
            inARow = 0;
            return null;
        }
        if (inARow == 0) firstAtChance = step;
        recentLosses[inARow % EVALUATIONS] = testLoss;
        inARow++;
        if (inARow < EVALUATIONS || step - firstAtChance < MIN_SPAN) return null;
        double mean = 0;
        for (double l : recentLosses) mean += l / EVALUATIONS;
        return new Stall(firstAtChance, step, accuracy, chance, mean, guessLoss, learningRate, normalization);
    }
}

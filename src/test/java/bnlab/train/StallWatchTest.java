package bnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StallWatchTest {
    /** Ten balanced classes: chance is 10%, a uniform guess costs ln 10. */
    private final StallWatch tenClasses = new StallWatch(new int[] {20, 20, 20, 20, 20, 20, 20, 20, 20, 20});

    private Stall feed(StallWatch w, long fromStep, int evaluations, double loss, double accuracy) {
        Stall last = null;
        for (int i = 0; i < evaluations; i++) last = w.onTest(fromStep + 100L * i, loss, accuracy, 0.5, "none");
        return last;
    }

    @Test
    void fiveEvaluationsAtChanceInARowAreAStall() {
        assertNull(feed(tenClasses, 100, StallWatch.EVALUATIONS - 1, 2.31, 0.11), "four are not yet");
        Stall s = tenClasses.onTest(500, 2.31, 0.12, 0.5, "none");
        assertNotNull(s);
        assertEquals(100, s.since());
        assertEquals(500, s.step());
        assertEquals(0.10, s.chance(), 1e-12);
        assertEquals(Math.log(10), s.guessLoss(), 1e-12);
        assertFalse(s.overshot(), "a loss near ln 10 is a network that guesses, not one that overshot");
        assertTrue(s.english().contains("gradients vanish"), s.english());
    }

    @Test
    void aLossFarWorseThanGuessingIsAStallEvenALittleAboveChance() {
        // Batch norm at learning rate 1000: finite, 16% against a chance of 10%, loss in the thousands.
        assertNull(feed(tenClasses, 100, StallWatch.EVALUATIONS - 1, 5000, 0.16));
        Stall s = tenClasses.onTest(500, 6000, 0.16, 1000, "on");
        assertNotNull(s, "confidently wrong for five evaluations over 400 steps");
        assertFalse(s.atChance());
        assertTrue(s.overshot());
        assertTrue(s.english().startsWith("Not learning since step 100: test accuracy 16.0% is near chance (10.0%"),
                s.english());
        assertTrue(s.english().endsWith("Lower the learning rate, then run the experiment again."), s.english());
        StallWatch fresh = new StallWatch(new int[] {20, 20, 20, 20, 20, 20, 20, 20, 20, 20});
        assertNull(feed(fresh, 100, StallWatch.EVALUATIONS, StallWatch.LOSS_FACTOR * Math.log(10) - 0.01, 0.16),
                "a loss under the bound and accuracy above chance is a network learning slowly");
    }

    @Test
    void oneEvaluationAboveChanceClearsIt() {
        assertNotNull(feed(tenClasses, 100, StallWatch.EVALUATIONS, 2.3, 0.1));
        assertNull(tenClasses.onTest(600, 2.0, 0.10 + StallWatch.MARGIN + 0.01, 0.5, "none"), "learning again");
        assertNull(feed(tenClasses, 700, StallWatch.EVALUATIONS - 1, 2.3, 0.1), "the count starts over");
        Stall again = tenClasses.onTest(1100, 2.3, 0.1, 0.5, "none");
        assertEquals(700, again.since());
    }

    @Test
    void frequentEvaluationsMustStillSpanFourHundredSteps() {
        StallWatch w = new StallWatch(new int[] {50, 50});
        Stall s = null;
        long step = 10;
        for (; s == null && step <= 1000; step += 10) s = w.onTest(step, 0.69, 0.5, 0.1, "on");
        assertNotNull(s);
        assertEquals(10, s.since());
        assertEquals(10 + StallWatch.MIN_SPAN, s.step(), "41 evaluations, not 5, at one every 10 steps");
    }

    @Test
    void aLossFarWorseThanGuessingIsAnOvershoot() {
        Stall s = feed(tenClasses, 100, StallWatch.EVALUATIONS, 200, 0.09);
        assertTrue(s.overshot());
        assertEquals(200, s.testLoss(), 1e-9);
        assertTrue(s.english().contains("learning rate (0.500) is so high"), s.english());
    }

    @Test
    void chanceIsTheShareOfTheCommonestClass() {
        // An unbalanced test set: always answering class 0 is right 70% of the time.
        Stall s = feed(new StallWatch(new int[] {70, 20, 10}), 100, StallWatch.EVALUATIONS, 0.8, 0.70);
        assertNotNull(s, "70% here is what a network that always says class 0 gets");
        assertEquals(0.70, s.chance(), 1e-12);
        assertEquals(Math.log(3), s.guessLoss(), 1e-12);
        assertNull(feed(new StallWatch(new int[] {70, 20, 10}), 100, StallWatch.EVALUATIONS, 0.5, 0.80),
                "80% is better than any constant answer");
    }
}

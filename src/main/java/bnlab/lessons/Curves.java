package bnlab.lessons;

import bnlab.stats.Series;

/** Readings of a recorded series (field 0 is always the step). */
final class Curves {
    private Curves() {}

    /** The first step at which {@code field} reaches {@code threshold}, or NaN if it never does. */
    static double firstStepAtLeast(Series s, int field, double threshold) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i, field) >= threshold) return s.get(i, 0);
        }
        return Double.NaN;
    }

    /** The largest distance of {@code field} from its first recorded value. */
    static double largestMove(Series s, int field) {
        if (s.isEmpty()) return Double.NaN;
        double first = s.get(0, field);
        double most = 0;
        for (int i = 1; i < s.size(); i++) most = Math.max(most, Math.abs(s.get(i, field) - first));
        return most;
    }

    /** The value of {@code field} at {@code step}, or NaN if that step was not recorded. */
    static double at(Series s, long step, int field) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i, 0) == step) return s.get(i, field);
        }
        return Double.NaN;
    }

    /**
     * The mean of {@code field} over the points recorded in the last fifth of the run (steps
     * after 80% of the last recorded step): a final reading that one lucky or unlucky evaluation
     * cannot decide.
     */
    static double lateMean(Series s, int field) {
        if (s.isEmpty()) return Double.NaN;
        double from = 0.8 * s.last(0);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i, 0) >= from) {
                sum += s.get(i, field);
                n++;
            }
        }
        return sum / n;
    }
}

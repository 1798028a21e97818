package bnlab.stats;

/**
 * The loss landscape along the gradient at one step (Santurkar et al. 2018, Figure 4), measured
 * on that step's batch at the points w − η·g for η in {@link LandscapeProbe#STEP_MULTIPLES} × the
 * learning rate.
 *
 * @param lossRange      the largest minus the smallest loss over those points: how much the loss
 *                       changes along the direction training is about to move in
 * @param gradChange     the largest ‖∇L(w − ηg) − ∇L(w)‖ ("gradient predictiveness": small means the
 *                       gradient here still describes the ground a step away)
 * @param betaSmoothness the largest ‖∇L(w − ηg) − ∇L(w)‖ / ‖ηg‖ (the "effective β-smoothness")
 * @param gradNorm       ‖∇L(w)‖, for scale
 * @param lossMin        the smallest loss over those points ({@code lossRange} is lossMax − lossMin)
 * @param lossMax        the largest
 */
public record Landscape(double lossRange, double gradChange, double betaSmoothness, double gradNorm, double lossMin,
        double lossMax) {
    /** Width of a landscape point in a history series: {step, lossRange, gradChange, betaSmoothness, gradNorm, lossMin, lossMax}. */
    public static final int SERIES_WIDTH = 7;

    public double[] point(long step) {
        return new double[] {step, lossRange, gradChange, betaSmoothness, gradNorm, lossMin, lossMax};
    }
}

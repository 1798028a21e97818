package bnlab.ui.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Realistic made-up data for tests, the benchmark and the gallery. */
final class Synthetic {
    private Synthetic() {}

    static double[] normal(Random r, int n, double mean, double std) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mean + std * r.nextGaussian();
        }
        return v;
    }

    /** Histogram of {@code values} on [lo, hi] with {@code bins} bins, counting what falls outside. */
    static HistogramData histogram(double[] values, double lo, double hi, int bins) {
        long[] counts = new long[bins];
        long below = 0;
        long above = 0;
        long nonFinite = 0;
        double sum = 0;
        double sq = 0;
        int finite = 0;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                nonFinite++;
                continue;
            }
            finite++;
            sum += v;
            sq += v * v;
            if (v < lo) {
                below++;
            } else if (v > hi) {
                above++;
            } else {
                counts[Math.min(bins - 1, (int) ((v - lo) / (hi - lo) * bins))]++;
            }
        }
        double mean = finite > 0 ? sum / finite : Double.NaN;
        double std = finite > 0 ? Math.sqrt(Math.max(0, sq / finite - mean * mean)) : Double.NaN;
        return new HistogramData(lo, hi, counts, below, above, mean, std, values.length, nonFinite);
    }

    /** The 11 percentiles of {@link PercentilePoint#PERCENTILES} of {@code values}. */
    static PercentilePoint percentiles(long step, double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        double[] q = new double[PercentilePoint.PERCENTILES.length];
        for (int i = 0; i < q.length; i++) {
            double pos = PercentilePoint.PERCENTILES[i] / 100 * (s.length - 1);
            int a = (int) Math.floor(pos);
            int b = Math.min(s.length - 1, a + 1);
            q[i] = s[a] + (s[b] - s[a]) * (pos - a);
        }
        return new PercentilePoint(step, q);
    }

    /**
     * A sigmoid's input drifting from N(−5, 2) to N(−7, 3) over {@code points} steps (or, with BN,
     * staying at N(0, 1)), as in Fig. 1 of the paper: exact normal percentiles plus the small
     * batch-to-batch wobble a real network shows.
     */
    static List<PercentilePoint> driftingPercentiles(int points, long lastStep, boolean batchNorm, long seed) {
        Random r = new Random(seed);
        double[] z = new double[PercentilePoint.PERCENTILES.length];
        for (int i = 0; i < z.length; i++) {
            double p = PercentilePoint.PERCENTILES[i] / 100;
            z[i] = p <= 0 ? -3.2 : p >= 1 ? 3.2 : probit(p); // min/max of a few hundred samples ≈ ±3σ
        }
        List<PercentilePoint> out = new ArrayList<>();
        double wobble = 0;
        for (int i = 0; i < points; i++) {
            double t = i / (double) Math.max(1, points - 1);
            wobble = 0.98 * wobble + 0.05 * r.nextGaussian();
            double mean = batchNorm ? 0.1 * wobble : -5 - 2 * t + wobble;
            double std = batchNorm ? 1 + 0.02 * wobble : 2 + t + 0.1 * wobble;
            double[] q = new double[z.length];
            for (int k = 0; k < q.length; k++) {
                double jitter = (k == 0 || k == q.length - 1) ? 0.4 * Math.abs(r.nextGaussian()) * Math.signum(z[k]) : 0;
                q[k] = mean + std * (z[k] + jitter);
            }
            out.add(new PercentilePoint(Math.round(t * lastStep), q));
        }
        return out;
    }

    /** Inverse of the standard normal CDF (Acklam's rational approximation; plenty for test data). */
    static double probit(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - 0.02425) {
            return -probit(1 - p);
        }
        double q = p - 0.5;
        double rr = q * q;
        return (((((a[0] * rr + a[1]) * rr + a[2]) * rr + a[3]) * rr + a[4]) * rr + a[5]) * q
                / (((((b[0] * rr + b[1]) * rr + b[2]) * rr + b[3]) * rr + b[4]) * rr + 1);
    }

    /** Histories of a sigmoid input drifting from N(−5, 2) to N(−7, 3), or staying at N(0, 1) with BN. */
    static List<StepHistogram> ridgeHistory(int rows, long everySteps, boolean batchNorm, long seed) {
        Random r = new Random(seed);
        List<StepHistogram> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            double t = i / (double) Math.max(1, rows - 1);
            double mean = batchNorm ? 0 : -5 - 2 * t;
            double std = batchNorm ? 1 : 2 + t;
            out.add(new StepHistogram((i + 1) * everySteps, histogram(normal(r, 3000, mean, std), -10, 10, 40)));
        }
        return out;
    }

    /** Noisy loss-like curve: exponential decay towards {@code floor}, {@code n} points over {@code lastStep} steps. */
    static CurveSeries loss(String name, javafx.scene.paint.Color color, LineDash dash, int n, long lastStep,
            double start, double floor, double rate, double noise, long seed) {
        Random r = new Random(seed);
        long[] steps = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            steps[i] = Math.round(i * (double) lastStep / Math.max(1, n - 1));
            double t = steps[i] / (double) lastStep;
            double v = floor + (start - floor) * Math.exp(-rate * t);
            values[i] = Math.max(1e-6, v * (1 + noise * r.nextGaussian()));
        }
        return new CurveSeries(name, color, dash, steps, values);
    }

    /** Two interleaved spirals (TensorFlow Playground's hardest dataset), 2 classes. */
    static List<LabeledPoint> spiral(int perClass, double noise, long seed) {
        Random r = new Random(seed);
        List<LabeledPoint> pts = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < perClass; i++) {
                double t = i / (double) perClass;
                double radius = 5 * t;
                double angle = 1.75 * t * 2 * Math.PI + c * Math.PI;
                double x = radius * Math.sin(angle) + noise * r.nextGaussian();
                double y = radius * Math.cos(angle) + noise * r.nextGaussian();
                pts.add(new LabeledPoint(x, y, c, r.nextDouble() < 0.3));
            }
        }
        return pts;
    }

    /**
     * Probabilities a well-trained net might give for the spiral: class by which arm is nearer,
     * confidence falling off near the seam between arms and far outside the data.
     */
    static DecisionBoundaryData spiralBoundary(int grid) {
        float[] p = new float[grid * grid * 2];
        for (int iy = 0; iy < grid; iy++) {
            for (int ix = 0; ix < grid; ix++) {
                double x = -6 + (ix + 0.5) * 12.0 / grid;
                double y = -6 + (iy + 0.5) * 12.0 / grid;
                double radius = Math.hypot(x, y);
                double angle = Math.atan2(x, y); // matches sin/cos order above
                // phase of the point relative to arm 0 at this radius: arm 0 has angle = 1.75·2π·r/5
                double phase = angle - 1.75 * 2 * Math.PI * radius / 5;
                double s = Math.cos(phase); // +1 on arm 0, −1 on arm 1
                double sharp = 4 / (1 + 0.15 * Math.max(0, radius - 5));
                double p0 = 1 / (1 + Math.exp(-sharp * s));
                int o = (iy * grid + ix) * 2;
                p[o] = (float) p0;
                p[o + 1] = (float) (1 - p0);
            }
        }
        return new DecisionBoundaryData(-6, 6, -6, 6, grid, 2, p);
    }

    /** Crude fashion-like 28×28 images: shirt, trouser, bag, sneaker, dress silhouettes with noise. */
    static ImageExample fashion(int cls, int predicted, long seed) {
        Random r = new Random(seed);
        int n = 28;
        float[] px = new float[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                boolean on = switch (cls) {
                    case 0 -> (y > 4 && y < 25 && x > 7 && x < 21) || (y > 4 && y < 13 && x > 2 && x < 26); // shirt
                    case 1 -> y > 2 && y < 27 && ((x > 8 && x < 14) || (x > 14 && x < 20) || (y < 8 && x > 8 && x < 20));
                    case 2 -> (y > 9 && y < 25 && x > 4 && x < 24) || (y > 4 && y < 10 && (x == 9 || x == 10 || x == 18 || x == 19))
                            || (y == 5 && x > 9 && x < 19); // bag
                    case 3 -> (y > 15 && y < 23 && x > 2 && x < 26 && y > 23 - x) || (y > 18 && y < 23 && x > 2 && x < 26);
                    default -> y > 3 && y < 26 && Math.abs(x - 13.5) < 3 + (y - 3) * 0.35; // dress
                };
                double v = on ? 0.55 + 0.35 * Math.sin(x * 0.7 + y * 0.3) * 0.5 + 0.15 * r.nextDouble() : 0.05 * r.nextDouble();
                px[y * n + x] = (float) Math.max(0, Math.min(1, v));
            }
        }
        return new ImageExample(n, n, px, cls, predicted);
    }
}

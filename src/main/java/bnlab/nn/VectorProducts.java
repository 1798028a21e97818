package bnlab.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The products with explicit SIMD (the incubating Vector API) and fused multiply-add, in the way
 * BLAS libraries reach their speed: B is packed into column panels of up to three vectors (24
 * doubles with AVX-512), zero-padded to whole vectors, so the micro-kernel always loads full
 * vectors from one contiguous stream; the micro-kernel keeps a 4-row × 3-vector block of c in
 * twelve registers while it walks the whole inner dimension, loading each packed B vector once for
 * four rows and each coefficient once for three vectors. Every element of c is the sum
 * {@code fma(coef(r, q), B(q, j), ·)} in order of q, whichever kernel or thread computes it.
 * Loaded only where the module {@code jdk.incubator.vector} is present (see {@link Kernels}).
 */
final class VectorProducts implements Products {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int V = S.length();
    private static final int NR = 3 * V;

    @Override
    public String description() {
        return "Vector API, " + V + " doubles per vector, fused multiply-add";
    }

    /** Width of the panel that starts at column p0: three vectors, or what is left rounded up to whole vectors. */
    private static int panelWidth(int p0, int n) {
        int left = n - p0;
        return left >= NR ? NR : (left + V - 1) / V * V;
    }

    @Override
    public void prepare(double[] bd, int bq, int bj, int inner, int n, ProductWorkspace work) {
        int padded = (n + V - 1) / V * V;
        double[] p = work.buffer(inner * padded);
        for (int p0 = 0; p0 < n; p0 += NR) {
            int w = panelWidth(p0, n);
            int valid = Math.min(w, n - p0);
            int base = p0 * inner;
            if (bj == 1) {
                for (int q = 0; q < inner; q++) {
                    int o = base + q * w;
                    System.arraycopy(bd, q * bq + p0, p, o, valid);
                    for (int j = valid; j < w; j++) p[o + j] = 0.0;
                }
            } else {
                for (int j = 0; j < w; j++) {
                    if (j < valid) {
                        int src = (p0 + j) * bj;
                        for (int q = 0; q < inner; q++) p[base + q * w + j] = bd[src + q * bq];
                    } else {
                        for (int q = 0; q < inner; q++) p[base + q * w + j] = 0.0;
                    }
                }
            }
        }
        work.prepared = p;
    }

    @Override
    public void rows(double[] ad, int rowStep, int stride, int r0, int r1, int inner, int n, double[] cd,
            double[] p, double[] tile) {
        for (int p0 = 0; p0 < n; p0 += NR) {
            int w = panelWidth(p0, n);
            int valid = Math.min(w, n - p0);
            int base = p0 * inner;
            // A partial panel is written to the tile and its valid columns copied into c.
            boolean direct = valid == w;
            double[] out = direct ? cd : tile;
            int r = r0;
            for (; r + 3 < r1; r += 4) {
                int c0 = direct ? r * n + p0 : 0;
                int cs = direct ? n : w;
                int a0 = r * rowStep;
                if (w == NR) {
                    block4x3(ad, a0, rowStep, stride, inner, p, base, out, c0, cs);
                } else if (w == 2 * V) {
                    block4x2(ad, a0, rowStep, stride, inner, p, base, out, c0, cs);
                } else {
                    block4x1(ad, a0, rowStep, stride, inner, p, base, out, c0, cs);
                }
                if (!direct) {
                    for (int i = 0; i < 4; i++) System.arraycopy(tile, i * w, cd, (r + i) * n + p0, valid);
                }
            }
            for (; r < r1; r++) {
                int c0 = direct ? r * n + p0 : 0;
                oneRow(ad, r * rowStep, stride, inner, p, base, w, out, c0);
                if (!direct) System.arraycopy(tile, 0, cd, r * n + p0, valid);
            }
        }
    }

    private static void block4x3(double[] ad, int a0, int rowStep, int stride, int inner, double[] p, int base,
            double[] c, int c0, int cs) {
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c02 = c00;
        DoubleVector c10 = c00, c11 = c00, c12 = c00;
        DoubleVector c20 = c00, c21 = c00, c22 = c00;
        DoubleVector c30 = c00, c31 = c00, c32 = c00;
        int a1 = a0 + rowStep, a2 = a1 + rowStep, a3 = a2 + rowStep;
        for (int q = 0, o = base, aq = 0; q < inner; q++, o += NR, aq += stride) {
            DoubleVector b0 = DoubleVector.fromArray(S, p, o);
            DoubleVector b1 = DoubleVector.fromArray(S, p, o + V);
            DoubleVector b2 = DoubleVector.fromArray(S, p, o + 2 * V);
            DoubleVector x = DoubleVector.broadcast(S, ad[a0 + aq]);
            c00 = b0.fma(x, c00);
            c01 = b1.fma(x, c01);
            c02 = b2.fma(x, c02);
            x = DoubleVector.broadcast(S, ad[a1 + aq]);
            c10 = b0.fma(x, c10);
            c11 = b1.fma(x, c11);
            c12 = b2.fma(x, c12);
            x = DoubleVector.broadcast(S, ad[a2 + aq]);
            c20 = b0.fma(x, c20);
            c21 = b1.fma(x, c21);
            c22 = b2.fma(x, c22);
            x = DoubleVector.broadcast(S, ad[a3 + aq]);
            c30 = b0.fma(x, c30);
            c31 = b1.fma(x, c31);
            c32 = b2.fma(x, c32);
        }
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + V);
        c02.intoArray(c, c0 + 2 * V);
        c10.intoArray(c, c0 + cs);
        c11.intoArray(c, c0 + cs + V);
        c12.intoArray(c, c0 + cs + 2 * V);
        c20.intoArray(c, c0 + 2 * cs);
        c21.intoArray(c, c0 + 2 * cs + V);
        c22.intoArray(c, c0 + 2 * cs + 2 * V);
        c30.intoArray(c, c0 + 3 * cs);
        c31.intoArray(c, c0 + 3 * cs + V);
        c32.intoArray(c, c0 + 3 * cs + 2 * V);
    }

    private static void block4x2(double[] ad, int a0, int rowStep, int stride, int inner, double[] p, int base,
            double[] c, int c0, int cs) {
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00;
        DoubleVector c10 = c00, c11 = c00;
        DoubleVector c20 = c00, c21 = c00;
        DoubleVector c30 = c00, c31 = c00;
        int a1 = a0 + rowStep, a2 = a1 + rowStep, a3 = a2 + rowStep;
        int w = 2 * V;
        for (int q = 0, o = base, aq = 0; q < inner; q++, o += w, aq += stride) {
            DoubleVector b0 = DoubleVector.fromArray(S, p, o);
            DoubleVector b1 = DoubleVector.fromArray(S, p, o + V);
            DoubleVector x = DoubleVector.broadcast(S, ad[a0 + aq]);
            c00 = b0.fma(x, c00);
            c01 = b1.fma(x, c01);
            x = DoubleVector.broadcast(S, ad[a1 + aq]);
            c10 = b0.fma(x, c10);
            c11 = b1.fma(x, c11);
            x = DoubleVector.broadcast(S, ad[a2 + aq]);
            c20 = b0.fma(x, c20);
            c21 = b1.fma(x, c21);
            x = DoubleVector.broadcast(S, ad[a3 + aq]);
            c30 = b0.fma(x, c30);
            c31 = b1.fma(x, c31);
        }
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + V);
        c10.intoArray(c, c0 + cs);
        c11.intoArray(c, c0 + cs + V);
        c20.intoArray(c, c0 + 2 * cs);
        c21.intoArray(c, c0 + 2 * cs + V);
        c30.intoArray(c, c0 + 3 * cs);
        c31.intoArray(c, c0 + 3 * cs + V);
    }

    private static void block4x1(double[] ad, int a0, int rowStep, int stride, int inner, double[] p, int base,
            double[] c, int c0, int cs) {
        DoubleVector c0v = DoubleVector.zero(S), c1v = c0v, c2v = c0v, c3v = c0v;
        int a1 = a0 + rowStep, a2 = a1 + rowStep, a3 = a2 + rowStep;
        for (int q = 0, o = base, aq = 0; q < inner; q++, o += V, aq += stride) {
            DoubleVector b0 = DoubleVector.fromArray(S, p, o);
            c0v = b0.fma(DoubleVector.broadcast(S, ad[a0 + aq]), c0v);
            c1v = b0.fma(DoubleVector.broadcast(S, ad[a1 + aq]), c1v);
            c2v = b0.fma(DoubleVector.broadcast(S, ad[a2 + aq]), c2v);
            c3v = b0.fma(DoubleVector.broadcast(S, ad[a3 + aq]), c3v);
        }
        c0v.intoArray(c, c0);
        c1v.intoArray(c, c0 + cs);
        c2v.intoArray(c, c0 + 2 * cs);
        c3v.intoArray(c, c0 + 3 * cs);
    }

    /** One row of c over a panel of width w, one vector at a time. */
    private static void oneRow(double[] ad, int a0, int stride, int inner, double[] p, int base, int w, double[] c,
            int c0) {
        for (int v = 0; v < w; v += V) {
            DoubleVector acc = DoubleVector.zero(S);
            for (int q = 0, o = base + v, aq = a0; q < inner; q++, o += w, aq += stride) {
                acc = DoubleVector.fromArray(S, p, o).fma(DoubleVector.broadcast(S, ad[aq]), acc);
            }
            acc.intoArray(c, c0 + v);
        }
    }
}

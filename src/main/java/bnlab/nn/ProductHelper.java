package bnlab.nn;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * One helper thread, shared by the whole JVM, that computes the lower rows of a large product
 * while the calling (training) thread computes the upper ones: how a network that trains alone
 * uses the otherwise idle core. If another network's product holds the helper, the caller simply
 * computes every row itself, so networks never wait for one another. Hand-over allocates
 * nothing: the task is a set of fields, published through a volatile sequence number; each side
 * spins briefly (products follow each other within microseconds in a training step), then parks.
 */
final class ProductHelper {
    private static final long SPIN_NANOS = 100_000;
    private static volatile ProductHelper instance;

    private final AtomicBoolean busy = new AtomicBoolean();
    private final Thread worker;
    private final double[] tile = new double[ProductWorkspace.TILE];
    private volatile Thread caller;
    private volatile long posted;
    private volatile long finished;
    private volatile Throwable failure;

    // The task: written by the caller before `posted` is raised, read by the worker after.
    private Products products;
    private double[] ad;
    private double[] cd;
    private double[] b;
    private int rowStep;
    private int stride;
    private int r0;
    private int r1;
    private int inner;
    private int n;

    private ProductHelper() {
        worker = new Thread(this::serve, "bnlab-product-helper");
        worker.setDaemon(true);
        worker.start();
    }

    static ProductHelper get() {
        ProductHelper h = instance;
        if (h == null) {
            synchronized (ProductHelper.class) {
                h = instance;
                if (h == null) instance = h = new ProductHelper();
            }
        }
        return h;
    }

    /**
     * Computes rows [0, rows) of the product prepared in {@code work}: rows [split, rows) on the
     * helper, the others on this thread. Returns false, having done nothing, if the helper is busy.
     */
    boolean run(Products p, double[] ad, int rowStep, int stride, int split, int rows, int inner, int n,
            double[] cd, ProductWorkspace work) {
        if (!busy.compareAndSet(false, true)) return false;
        Throwable mine = null;
        try {
            this.products = p;
            this.ad = ad;
            this.rowStep = rowStep;
            this.stride = stride;
            this.r0 = split;
            this.r1 = rows;
            this.inner = inner;
            this.n = n;
            this.cd = cd;
            this.b = work.prepared;
            this.caller = Thread.currentThread();
            long task = posted + 1;
            posted = task;
            LockSupport.unpark(worker);
            try {
                p.rows(ad, rowStep, stride, 0, split, inner, n, cd, work.prepared, work.tile);
            } catch (Throwable t) {
                mine = t;
            }
            // Wait even after a failure here: the helper is still writing into c.
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (finished != task) {
                if (System.nanoTime() < spinUntil) Thread.onSpinWait();
                else LockSupport.park(this);
            }
            Throwable t = mine != null ? mine : failure;
            failure = null;
            if (t instanceof RuntimeException re) throw re;
            if (t instanceof Error er) throw er;
            if (t != null) throw new IllegalStateException(t);
            return true;
        } finally {
            this.ad = null;
            this.cd = null;
            this.b = null;
            busy.set(false);
        }
    }

    private void serve() {
        long done = 0;
        while (true) {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (posted == done) {
                if (System.nanoTime() < spinUntil) Thread.onSpinWait();
                else LockSupport.park(this);
            }
            done = posted;
            try {
                products.rows(ad, rowStep, stride, r0, r1, inner, n, cd, b, tile);
            } catch (Throwable t) {
                failure = t;
            }
            finished = done;
            LockSupport.unpark(caller);
        }
    }
}

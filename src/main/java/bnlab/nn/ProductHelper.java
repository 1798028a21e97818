package bnlab.nn;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One helper thread, shared by the whole JVM, that shares the rows of a large product with the
 * calling (training) thread: how a network that trains alone uses the otherwise idle core. The
 * rows are cut into chunks of whole four-row blocks, and each thread claims the next chunk until
 * none is left, so the caller never waits for a helper that is not running (a loaded machine may
 * not give it a core for milliseconds): it then computes every chunk itself, and waits at most for
 * the chunk the helper is in. If another network's product holds the helper, the caller computes
 * every row alone, so networks never wait for one another; and a caller that keeps waiting for the
 * helper (it waited more than half as long as it computed, several products in a row) goes alone for the next few
 * hundred products before it tries again. Every row is computed the same way on
 * either thread, so the result does not depend on who computed what. Hand-over allocates nothing:
 * the task is a set of fields, published through a volatile sequence number; the helper spins
 * briefly after each task (products follow each other within microseconds in a training step),
 * then parks.
 */
final class ProductHelper {
    private static final long SPIN_NANOS = 100_000;
    /** About eight chunks per product: enough to balance two threads, few enough to claim cheaply. */
    private static final int CHUNKS = 8;
    /** After this many products in a row where the caller waited longer than it computed, it goes alone... */
    private static final int LAGGING_BEFORE_BACKING_OFF = 4;
    /** ...for this many products, then tries the helper again. */
    private static final int PRODUCTS_ALONE_AFTER_LAGGING = 512;
    private static volatile ProductHelper instance;

    private final AtomicBoolean busy = new AtomicBoolean();
    private final Thread worker;
    private final double[] tile = new double[ProductWorkspace.TILE];
    private volatile long posted;
    /**
     * The current task's number (high 32 bits), its chunk count (the next 16) and its next unclaimed
     * chunk (the low 16): one word, so that a helper that wakes late can never claim a chunk of a
     * task that is over, whatever the fields already hold for the next one.
     */
    private final AtomicLong claim = new AtomicLong();
    private final AtomicInteger chunksDone = new AtomicInteger();
    private volatile Throwable failure;
    // Only the caller that holds `busy` touches these.
    private int lagging;
    private int alone;

    // The task: written by the caller before `posted` is raised, read by the worker after.
    private Products products;
    private double[] ad;
    private double[] cd;
    private double[] b;
    private int rowStep;
    private int stride;
    private int rows;
    private int chunkRows;
    private int chunks;
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
     * Computes rows [0, rows) of the product prepared in {@code work}, sharing the chunks with the
     * helper. Returns false, having done nothing, if the helper is busy with another caller's product.
     */
    boolean run(Products p, double[] ad, int rowStep, int stride, int rows, int inner, int n, double[] cd,
            ProductWorkspace work) {
        if (!busy.compareAndSet(false, true)) return false;
        if (alone > 0) {
            alone--;
            busy.set(false);
            return false;
        }
        try {
            this.products = p;
            this.ad = ad;
            this.rowStep = rowStep;
            this.stride = stride;
            this.rows = rows;
            this.chunkRows = Math.max(4, (rows / CHUNKS + 3) / 4 * 4);
            this.chunks = (rows + chunkRows - 1) / chunkRows;
            this.inner = inner;
            this.n = n;
            this.cd = cd;
            this.b = work.prepared;
            long task = posted + 1;
            chunksDone.set(0);
            claim.set(task << 32 | (long) chunks << 16);
            posted = task;
            LockSupport.unpark(worker);
            Throwable mine = null;
            long started = System.nanoTime();
            long computed = started;
            try {
                claimChunks(task, work.tile);
                computed = System.nanoTime();
            } catch (Throwable t) {
                mine = t;
                claim.set(task << 32 | (long) chunks << 16 | chunks); // nothing more for anyone to start
            }
            // Wait even after a failure here: the helper may still be writing into c.
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (chunksDone.get() < claimedChunks(task)) {
                if (System.nanoTime() < spinUntil) Thread.onSpinWait();
                else LockSupport.parkNanos(this, 20_000);
            }
            // A helper that keeps the caller waiting is not getting a core (a loaded machine): go alone for a while.
            lagging = 2 * (System.nanoTime() - computed) > computed - started ? lagging + 1 : 0;
            if (lagging >= LAGGING_BEFORE_BACKING_OFF) {
                lagging = 0;
                alone = PRODUCTS_ALONE_AFTER_LAGGING;
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

    /** How many chunks of {@code task} were handed out (all of them once the caller's loop is over). */
    private int claimedChunks(long task) {
        long v = claim.get();
        return (int) Math.min(v >>> 16 & 0xffff, v & 0xffff);
    }

    /** Computes chunks of {@code task} until none is left or the task is over; both threads run this. */
    private void claimChunks(long task, double[] myTile) {
        while (true) {
            long v = claim.get();
            if (v >>> 32 != (task & 0xffff_ffffL)) return; // the word keeps the task number's low 32 bits
            int chunk = (int) (v & 0xffff);
            if (chunk >= (int) (v >>> 16 & 0xffff)) return;
            if (!claim.compareAndSet(v, v + 1)) continue;
            int r0 = chunk * chunkRows;
            try {
                products.rows(ad, rowStep, stride, r0, Math.min(rows, r0 + chunkRows), inner, n, cd, b, myTile);
            } finally {
                chunksDone.incrementAndGet();
            }
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
                claimChunks(done, tile);
            } catch (Throwable t) {
                failure = t;
            }
        }
    }
}

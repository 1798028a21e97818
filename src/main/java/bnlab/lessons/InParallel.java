package bnlab.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent trainings side by side, two at a time, as the app trains twins: each network
 * stays on one thread, so the results do not depend on the scheduling.
 */
final class InParallel {
    static final int THREADS = 2;

    private InParallel() {}

    /** The tasks' results in task order; a task's failure is rethrown as it was. */
    static <T> List<T> run(List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, tasks.size()), r -> {
            Thread t = new Thread(r, "lesson-measurement");
            t.setDaemon(true);
            return t;
        });
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}

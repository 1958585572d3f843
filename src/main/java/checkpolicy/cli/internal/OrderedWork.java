package checkpolicy.cli.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per input on several threads and hands the results to a sink on the calling
 * thread, in input order. At most a small window of inputs is in flight, so results stream out
 * as they are done and memory does not grow with the number of inputs; the order makes the
 * output the same whatever the number of threads.
 */
public final class OrderedWork {

    /** Inputs in flight per thread: enough to keep threads busy behind one slow input, few enough to hold. */
    private static final int WINDOW_PER_THREAD = 4;

    private OrderedWork() {}

    /**
     * @param jobs threads to use; 1 runs everything on the calling thread
     * @throws RuntimeException or Error the first one a task threw, after the tasks before it were sunk
     */
    public static <I, O> void run(List<I> inputs, int jobs, Function<I, O> task, Consumer<O> sink) {
        if (jobs <= 1 || inputs.size() <= 1) {
            for (I input : inputs) sink.accept(task.apply(input));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, inputs.size()), new Workers());
        Deque<Future<O>> pending = new ArrayDeque<>();
        int window = jobs * WINDOW_PER_THREAD;
        try {
            for (I input : inputs) {
                if (pending.size() >= window) sink.accept(await(pending.removeFirst()));
                pending.addLast(pool.submit(() -> task.apply(input)));
            }
            while (!pending.isEmpty()) sink.accept(await(pending.removeFirst()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a check", e);
        } catch (ExecutionException e) {
            // Rethrown as it was thrown, so the command's error handler reports it as in a one-thread run.
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Daemon threads, so a failed run never hangs the JVM on exit. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "checkpolicy-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}

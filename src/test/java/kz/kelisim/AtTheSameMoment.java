package kz.kelisim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs actions in several threads released together, as tabs or devices of one person pressing
 * buttons at the same moment; each thread signs in first and out after. Fails if any action fails.
 */
public final class AtTheSameMoment {

    private AtTheSameMoment() {
    }

    /** @return each action's result, in the order given */
    public static List<Object> run(ExecutorService threads, Runnable signIn, Runnable signOut,
            List<? extends Callable<?>> actions) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (Callable<?> action : actions) {
            results.add(threads.submit(() -> {
                signIn.run();
                try {
                    start.await();
                    return action.call();
                } finally {
                    signOut.run();
                }
            }));
        }
        start.countDown();
        List<Object> values = new ArrayList<>();
        for (Future<?> result : results) {
            // generous: on a machine busy with other builds 200 issues can take long; a deadlock still fails
            values.add(result.get(180, TimeUnit.SECONDS));
        }
        return values;
    }
}

package kz.kelisim.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Response times and errors per action of one run, with the percentiles a report gives. */
final class LoadMetrics {

    /** One action's figures, in milliseconds. */
    record Summary(String action, int count, double p50, double p95, double p99, double max, int errors) {
    }

    private final Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    private final List<String> order = new ArrayList<>();

    /** Times the step; an exception counts as an error of the action and is thrown on. */
    <T> T time(String action, Callable<T> step) throws IOException, InterruptedException {
        register(action);
        long start = System.nanoTime();
        try {
            T result = step.call();
            times.get(action).add(System.nanoTime() - start);
            return result;
        } catch (IOException | InterruptedException | RuntimeException e) {
            fail(action, e.toString());
            throw e;
        } catch (Exception e) {
            fail(action, e.toString());
            throw new IllegalStateException(e);
        }
    }

    void fail(String action, String why) {
        register(action);
        errors.get(action).incrementAndGet();
        if (firstErrors.size() < 20) {
            firstErrors.add(action + ": " + why);
        }
    }

    private synchronized void register(String action) {
        if (!times.containsKey(action)) {
            times.put(action, new ConcurrentLinkedQueue<>());
            errors.put(action, new AtomicInteger());
            order.add(action);
        }
    }

    int errorCount() {
        return errors.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    synchronized List<Summary> summaries() {
        List<Summary> summaries = new ArrayList<>();
        for (String action : order) {
            long[] sorted = times.get(action).stream().mapToLong(Long::longValue).sorted().toArray();
            summaries.add(new Summary(action, sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                    errors.get(action).get()));
        }
        return summaries;
    }

    Summary summary(String action) {
        return summaries().stream().filter(summary -> summary.action().equals(action)).findFirst()
                .orElse(new Summary(action, 0, 0, 0, 0, 0, 0));
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static String format(double millis) {
        return String.format(Locale.ROOT, "%.0f", millis);
    }
}

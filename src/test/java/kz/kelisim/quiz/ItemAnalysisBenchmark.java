package kz.kelisim.quiz;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quiz statistics for 10,000 attempts x 40 questions (the target: under one second on the 2-core
 * machine), against a baseline measured in the same run: one sweep that only adds up every mark,
 * the least any computation over all marks can cost. Reports medians of repeated runs and the
 * ratio to the baseline, and the memory allocated per run. Not part of the test suite:
 * {@code ./mvnw -Pbenchmark test}; results in target/benchmarks/item-analysis.md.
 */
@Tag("benchmark")
class ItemAnalysisBenchmark {

    private static final int WARM_UP = 15;
    private static final int RUNS = 31;

    @Test
    void item_analysis_of_ten_thousand_attempts_of_forty_questions() throws IOException {
        StringBuilder report = new StringBuilder();
        report.append("| attempts x questions | baseline median (ms) | statistics median (ms) | min-max (ms) | ratio | allocated per run |\n");
        report.append("|---|---|---|---|---|---|\n");
        for (int attempts : new int[] {10_000, 100_000}) {
            report.append(measure(syntheticQuiz(attempts, 40, 2026))).append('\n');
        }
        String header = "Date " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
                + WARM_UP + " warm-up runs, median of " + RUNS + "\n\n";
        Path file = Path.of("target", "benchmarks", "item-analysis.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, header + report);
        System.out.println("\n" + header + report);
    }

    private static String measure(ScoreMatrix matrix) {
        double[] sink = new double[1];
        Supplier<Object> baseline = () -> {
            double sum = 0;
            for (double score : matrix.scores()) {
                sum += score;
            }
            sink[0] += sum;
            return sum;
        };
        Supplier<Object> statistics = () -> ItemAnalysis.of(matrix);
        for (int i = 0; i < WARM_UP; i++) {
            baseline.get();
            statistics.get();
        }
        long[] baselineNanos = new long[RUNS];
        long[] statisticsNanos = new long[RUNS];
        long allocated = 0;
        for (int run = 0; run < RUNS; run++) {
            // interleaved, so both see the same machine noise
            baselineNanos[run] = time(baseline);
            long before = allocatedBytes();
            statisticsNanos[run] = time(statistics);
            allocated += allocatedBytes() - before;
        }
        Arrays.sort(baselineNanos);
        Arrays.sort(statisticsNanos);
        double baselineMs = baselineNanos[RUNS / 2] / 1e6;
        double statisticsMs = statisticsNanos[RUNS / 2] / 1e6;
        return String.format(java.util.Locale.ROOT, "| %,d x %d | %.2f | %.2f | %.2f-%.2f | %.1f | %.1f MB |",
                matrix.attempts(), matrix.questions(), baselineMs, statisticsMs, statisticsNanos[0] / 1e6,
                statisticsNanos[RUNS - 1] / 1e6, statisticsMs / baselineMs, allocated / (double) RUNS / 1024 / 1024)
                + (sink[0] == 42 ? " " : "");
    }

    private static long time(Supplier<Object> work) {
        long start = System.nanoTime();
        Object result = work.get();
        long elapsed = System.nanoTime() - start;
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return elapsed;
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** Trainees of spread ability answering questions of spread difficulty; marks of 1 or 2 with half marks. */
    static ScoreMatrix syntheticQuiz(int attempts, int questions, long seed) {
        Random random = new Random(seed);
        double[] max = new double[questions];
        double[] difficulty = new double[questions];
        for (int i = 0; i < questions; i++) {
            max[i] = i % 4 == 0 ? 2 : 1;
            difficulty[i] = random.nextGaussian();
        }
        double[] scores = new double[attempts * questions];
        for (int p = 0; p < attempts; p++) {
            double ability = random.nextGaussian();
            for (int i = 0; i < questions; i++) {
                double chance = 1 / (1 + Math.exp(difficulty[i] - ability));
                double fraction = random.nextDouble() < chance ? 1 : (random.nextDouble() < 0.3 ? 0.5 : 0);
                scores[p * questions + i] = fraction * max[i];
            }
        }
        return new ScoreMatrix(attempts, questions, scores, max);
    }
}

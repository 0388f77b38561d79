package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import kz.kelisim.base.Language;
import kz.kelisim.course.CourseFixture;
import kz.kelisim.quiz.QuizReports.AttemptsToAnalyse;
import kz.kelisim.quiz.QuizReports.QuizReport;

/**
 * The whole statistics report of a quiz with 10,000 submitted attempts of 40 questions (the target:
 * under one second on the 2-core machine), on the embedded H2 database: reading the marks out of the
 * database into the score matrix, then the item analysis, through the service as a trainer calls it.
 * The rows are inserted once in batches (not measured). Measured in the same run: two baselines, the
 * database adding up the same 400,000 marks itself ({@code count}, {@code sum}: no row leaves it)
 * and a bare JDBC read of the same five columns into arrays (the least that reading them costs),
 * and the item analysis alone. H2 would hand back the stored result of a query asked again over
 * unchanged tables; that is switched off ({@code OPTIMIZE_REUSE_RESULTS=0}) so every run reads, as
 * MariaDB would. Medians of repeated runs and memory allocated per run (this thread,
 * which includes the embedded database's work). Not part of the test suite:
 * {@code ./mvnw -Pbenchmark test}; results in target/benchmarks/quiz-statistics.md.
 */
@Tag("benchmark")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:kelisim-benchmark;DB_CLOSE_DELAY=-1;"
        + "OPTIMIZE_REUSE_RESULTS=0")
class QuizStatisticsBenchmark extends QuizTestSupport {

    private static final int ATTEMPTS = 10_000;
    private static final int QUESTIONS = 40;
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;
    private static final String SAME_ROWS = " from quiz_answer ans join quiz_attempt a on a.id = ans.attempt_id"
            + " where a.course_id = ? and a.quiz_id = ? and a.state = 'SUBMITTED'";

    @Autowired
    QuizReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void statistics_report_of_ten_thousand_attempts_of_forty_questions_from_the_database() throws IOException {
        String course = "bench-" + System.nanoTime() % 100_000;
        Path folder = QuizFixture.writeCourse(FOLDER, course, settings());
        CourseFixture.write(folder.resolve("questions/basics.yaml"), bank());
        assertThat(as("admin", () -> loader.reloadAll())).anySatisfy(status -> {
            assertThat(status.courseId()).isEqualTo(course);
            assertThat(status.problems()).isEmpty();
        });
        ScoreMatrix synthetic = ItemAnalysisBenchmark.syntheticQuiz(ATTEMPTS, QUESTIONS, 2026);
        long inserting = System.nanoTime();
        insert(course, synthetic);
        double insertSeconds = (System.nanoTime() - inserting) / 1e9;
        signIn("trainer");

        QuizReport check = reports.statistics(course, QuizFixture.QUIZ, AttemptsToAnalyse.ALL, Language.KK);
        QuizStatistics expected = ItemAnalysis.of(synthetic);
        assertThat(check.analysed()).isEqualTo(ATTEMPTS);
        assertThat(check.statistics().orElseThrow().internalConsistency().getAsDouble())
                .isCloseTo(expected.internalConsistency().getAsDouble(), within(1e-9));
        assertThat(check.statistics().orElseThrow().meanPercent().getAsDouble())
                .isCloseTo(expected.meanPercent().getAsDouble(), within(1e-9));

        Supplier<Object> databaseSum = () -> jdbc.queryForMap("select count(*) n, sum(ans.fraction * ans.max_marks) s"
                + SAME_ROWS, course, QuizFixture.QUIZ);
        Supplier<Object> bareRead = () -> bareRead(course);
        Supplier<Object> analysisOnly = () -> ItemAnalysis.of(synthetic);
        Supplier<Object> wholeReport = () -> reports.statistics(course, QuizFixture.QUIZ, AttemptsToAnalyse.ALL,
                Language.KK);
        List<Supplier<Object>> all = List.of(databaseSum, bareRead, analysisOnly, wholeReport);
        for (int i = 0; i < WARM_UP; i++) {
            all.forEach(Supplier::get);
        }
        long[][] nanos = new long[all.size()][RUNS];
        long[] allocated = new long[all.size()];
        for (int run = 0; run < RUNS; run++) {
            // interleaved, so every measure sees the same machine noise
            for (int m = 0; m < all.size(); m++) {
                long before = allocatedBytes();
                nanos[m][run] = time(all.get(m));
                allocated[m] += allocatedBytes() - before;
            }
        }
        String[] names = {"baseline: database count and sum of the same rows",
                "baseline: bare JDBC read of the five columns into arrays", "item analysis alone (no database)",
                "**QuizReportService.statistics** (read + matrix + analysis)"};
        double sumMedian = median(nanos[0]);
        StringBuilder report = new StringBuilder("| measure | median (ms) | min-max (ms) | ratio to database sum"
                + " | allocated per run |\n|---|---|---|---|---|\n");
        for (int m = 0; m < all.size(); m++) {
            Arrays.sort(nanos[m]);
            report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f-%.1f | %.1f | %.1f MB |%n", names[m],
                    median(nanos[m]) / 1e6, nanos[m][0] / 1e6, nanos[m][RUNS - 1] / 1e6, median(nanos[m]) / sumMedian,
                    allocated[m] / (double) RUNS / 1024 / 1024));
        }
        String header = String.format(Locale.ROOT, "Date %s, %d cores, %s %s, H2 embedded (in memory), %,d attempts"
                + " x %d answers inserted in %.1f s (not measured), %d warm-up runs, median of %d%n%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), ATTEMPTS, QUESTIONS, insertSeconds, WARM_UP, RUNS);
        Path file = Path.of("target", "benchmarks", "quiz-statistics.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, header + report);
        System.out.println("\n" + header + report);
    }

    /** Everything the report reads, read as plainly as JDBC can: the floor under any way of reading it. */
    private Object bareRead(String course) {
        int rows = ATTEMPTS * QUESTIONS;
        long[] attemptIds = new long[rows];
        int[] slots = new int[rows];
        String[] questionIds = new String[rows];
        double[] fractions = new double[rows];
        double[] maxMarks = new double[rows];
        int[] row = {0};
        jdbc.query("select ans.attempt_id, ans.slot, ans.question_id, ans.fraction, ans.max_marks" + SAME_ROWS
                + " order by ans.attempt_id", result -> {
                    int i = row[0]++;
                    attemptIds[i] = result.getLong(1);
                    slots[i] = result.getInt(2);
                    questionIds[i] = result.getString(3);
                    fractions[i] = result.getDouble(4);
                    maxMarks[i] = result.getDouble(5);
                }, course, QuizFixture.QUIZ);
        return row[0];
    }

    /** 10,000 trainees, each with one submitted attempt holding the synthetic quiz's marks; batch inserts. */
    private void insert(String course, ScoreMatrix synthetic) {
        Timestamp now = Timestamp.from(Instant.parse("2026-11-22T08:00:00Z"));
        List<Object[]> people = new ArrayList<>();
        for (int p = 0; p < ATTEMPTS; p++) {
            people.add(new Object[] {"bench-" + course + "-" + p, "-", "Тыңдаушы " + p, now});
        }
        jdbc.batchUpdate("insert into app_user (username, password_hash, full_name, created_at) values (?, ?, ?, ?)",
                people);
        List<Long> userIds = jdbc.queryForList("select id from app_user where username like ? order by id",
                Long.class, "bench-" + course + "-%");
        List<Object[]> attempts = new ArrayList<>();
        for (int p = 0; p < ATTEMPTS; p++) {
            double marks = 0;
            for (int i = 0; i < QUESTIONS; i++) {
                marks += synthetic.score(p, i);
            }
            attempts.add(new Object[] {userIds.get(p), course, QuizFixture.QUIZ, 1, p, "[]", "{}", "SUBMITTED", now, now,
                    marks, synthetic.maxTotal()});
        }
        jdbc.batchUpdate("insert into quiz_attempt (user_id, course_id, quiz_id, attempt_number, seed, questions_json,"
                + " paper_json, state, started_at, submitted_at, marks, max_marks) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)", attempts);
        List<Long> attemptIds = jdbc.queryForList("select id from quiz_attempt where course_id = ? order by id",
                Long.class, course);
        List<Object[]> answers = new ArrayList<>(ATTEMPTS * QUESTIONS);
        for (int p = 0; p < ATTEMPTS; p++) {
            for (int i = 0; i < QUESTIONS; i++) {
                double max = synthetic.maxMarks()[i];
                answers.add(new Object[] {attemptIds.get(p), i, i, question(i), max, synthetic.score(p, i) / max});
            }
        }
        jdbc.batchUpdate("insert into quiz_answer (attempt_id, position, slot, question_id, max_marks, fraction)"
                + " values (?, ?, ?, ?, ?, ?)", answers);
    }

    private static String settings() {
        return QuizFixture.SETTINGS.replace("  - {category: basics, count: 5}\n  - {category: writing, count: 1}\n",
                "  - {category: basics, count: " + QUESTIONS + "}\n");
    }

    /** Forty true-or-false questions of 1 or 2 marks, as the synthetic quiz has them. */
    private static String bank() {
        StringBuilder bank = new StringBuilder("category: basics\ntitle: {kk: Негіздер, ru: Основы, en: Basics}\n"
                + "questions:\n");
        for (int i = 0; i < QUESTIONS; i++) {
            bank.append("  - id: ").append(question(i)).append("\n    type: true-false\n    answer: true\n")
                    .append("    mark: ").append(i % 4 == 0 ? 2 : 1).append('\n')
                    .append("    text: {kk: \"Сұрақ ").append(i + 1).append("\", ru: \"Вопрос ").append(i + 1)
                    .append("\", en: \"Question ").append(i + 1).append("\"}\n");
        }
        return bank.toString();
    }

    private static String question(int i) {
        return String.format(Locale.ROOT, "q%02d", i + 1);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
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
}

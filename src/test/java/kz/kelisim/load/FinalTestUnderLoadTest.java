package kz.kelisim.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * A whole academy's final test under load, over HTTP and Vaadin's own protocol: Kelisim from its
 * production jar on MariaDB, N trainees who sign in, open the course, enrol and open the timed final
 * test, then all press Start within the same ten seconds, answer every question with a think time,
 * submit and are shown the review. Steps up through the given numbers of trainees; reports per action
 * count, p50, p95, p99, max and errors, the server's heap per trainee and CPU, and afterwards checks in
 * the database that every answer a trainee was told was saved is there.
 *
 * <p>Not part of the test suite: {@code ./mvnw -Pload test} (see BENCHMARKS.md for the options);
 * writes target/load/report.md.
 */
@Tag("load")
class FinalTestUnderLoadTest {

    private static final String PASSWORD = "load-trainee-password";

    private final String databaseRoot = System.getProperty("kelisim.load.db", "jdbc:mysql://127.0.0.1:3306/");
    private final String databaseUser = System.getProperty("kelisim.load.db-user", "root");
    private final String databasePassword = System.getProperty("kelisim.load.db-password", "");
    private final List<Integer> steps = Arrays.stream(System.getProperty("kelisim.load.steps",
            "100,250,500,750,1000").split(",")).map(String::trim).map(Integer::parseInt).toList();
    private final ThinkTime think = ThinkTime.parse(System.getProperty("kelisim.load.think", "5-15s"));
    private final Duration arrival = Duration.parse(System.getProperty("kelisim.load.arrival", "PT60S"));
    private final Duration startWindow = Duration.ofSeconds(10);

    @Test
    void trainees_take_a_timed_final_test_together_and_lose_no_answer() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "load"));
        Path courses = Files.createTempDirectory(work, "courses-");
        LoadCourse.write(courses);
        Path data = Files.createTempDirectory(work, "data-");
        String database = "kelisim_load_" + System.currentTimeMillis();
        try (Connection root = DriverManager.getConnection(databaseRoot, databaseUser, databasePassword);
                Statement create = root.createStatement()) {
            create.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = databaseRoot + database;
        List<String> jvm = Arrays.stream(System.getProperty("kelisim.load.jvm", "-Xmx2g").split(" "))
                .filter(option -> !option.isBlank()).toList();
        StringBuilder report = new StringBuilder();
        try (ServerUnderLoad server = ServerUnderLoad.start(jar(), url, databaseUser, databasePassword, courses, data,
                Integer.parseInt(System.getProperty("kelisim.load.port", "18080")), jvm)) {
            report.append(String.format(Locale.ROOT, "Date %s; %d cores shared by the server, MariaDB and the load"
                    + " generator; server JVM options %s; think time %s–%s s; arrival over %d s, then Start within %d s;"
                    + " the jar served its sign-in page %.1f s after it was started.%n%n", LocalDate.now(),
                    Runtime.getRuntime().availableProcessors(), jvm, think.least().toMillis() / 1000.0,
                    think.most().toMillis() / 1000.0, arrival.toSeconds(), startWindow.toSeconds(),
                    server.startUp().toMillis() / 1000.0));
            report.append("| trainees | action | count | p50 ms | p95 ms | p99 ms | max ms | errors |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            StringBuilder totals = new StringBuilder("\n| trainees | heap per trainee (test page open) | server CPU"
                    + " (cores, average) | answers saved | answers lost | errors |\n|---|---|---|---|---|---|\n");
            for (int step : steps) {
                StepResult result = runStep(server, url, step);
                for (LoadMetrics.Summary summary : result.metrics().summaries()) {
                    report.append(String.format(Locale.ROOT, "| %d | %s | %d | %s | %s | %s | %s | %d |%n", step,
                            summary.action(), summary.count(), LoadMetrics.format(summary.p50()),
                            LoadMetrics.format(summary.p95()), LoadMetrics.format(summary.p99()),
                            LoadMetrics.format(summary.max()), summary.errors()));
                }
                totals.append(String.format(Locale.ROOT, "| %d | %.0f KB | %.2f | %d | %d | %d |%n", step,
                        result.heapPerTrainee() / 1024.0, result.cores(), result.saved(), result.lost(),
                        result.metrics().errorCount()));
                result.metrics().firstErrors().forEach(error -> totals.append("\n    ").append(error));
                Files.writeString(work.resolve("report.md"), report.toString() + totals);
                System.out.println(report.toString() + totals);
                assertThat(result.lost()).as("answers confirmed as saved but missing in the database").isZero();
            }
        } finally {
            try (Connection root = DriverManager.getConnection(databaseRoot, databaseUser, databasePassword);
                    Statement drop = root.createStatement()) {
                if (!Boolean.getBoolean("kelisim.load.keep-database")) {
                    drop.execute("DROP DATABASE IF EXISTS " + database);
                }
            }
        }
    }

    private record StepResult(LoadMetrics metrics, double heapPerTrainee, double cores, int saved, int lost) {
    }

    private StepResult runStep(ServerUnderLoad server, String url, int count) throws Exception {
        List<String> usernames = createTrainees(url, count);
        LoadMetrics metrics = new LoadMetrics();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        List<SimulatedTrainee> trainees = usernames.stream().map(name -> new SimulatedTrainee(http, server.base(),
                name, PASSWORD, LoadCourse.ID, LoadCourse.QUIZ, metrics, think)).toList();
        long heapBefore = server.heapAfterCollection();
        Duration cpuBefore = server.cpuTime();
        long started = System.nanoTime();
        CountDownLatch arrived = new CountDownLatch(count);
        AtomicInteger ready = new AtomicInteger();
        List<Future<?>> runs = new ArrayList<>();
        long heapWithPagesOpen;
        try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch go = new CountDownLatch(1);
            for (SimulatedTrainee trainee : trainees) {
                long arriveAfter = ThreadLocalRandom.current().nextLong(Math.max(1, arrival.toMillis()));
                long startAfter = ThreadLocalRandom.current().nextLong(startWindow.toMillis());
                runs.add(people.submit(() -> {
                    boolean there = false;
                    try {
                        Thread.sleep(arriveAfter);
                        trainee.arrive();
                        there = true;
                    } finally {
                        arrived.countDown();
                    }
                    if (there) {
                        ready.incrementAndGet();
                        go.await();
                        Thread.sleep(startAfter);
                        trainee.takeTheTest();
                    }
                    return null;
                }));
            }
            arrived.await();
            heapWithPagesOpen = server.heapAfterCollection();
            go.countDown();
            for (Future<?> run : runs) {
                try {
                    run.get();
                } catch (ExecutionException failed) {
                    // counted in the metrics under the step that failed
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cores = (server.cpuTime().minus(cpuBefore).toMillis() / 1000.0) / seconds;
        int saved = trainees.stream().mapToInt(trainee -> trainee.savedPositions().size()).sum();
        int lost = lostAnswers(url, trainees);
        return new StepResult(metrics, (heapWithPagesOpen - heapBefore) / (double) Math.max(1, ready.get()), cores,
                saved, lost);
    }

    /** Trainee accounts for one step, written straight into the database (one password hash for all). */
    private List<String> createTrainees(String url, int count) throws SQLException {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        String prefix = "load" + count + "x" + (System.currentTimeMillis() % 100_000) + "-";
        List<String> usernames = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, databaseUser, databasePassword)) {
            db.setAutoCommit(false);
            try (PreparedStatement user = db.prepareStatement("INSERT INTO app_user (username, password_hash,"
                    + " full_name, preferred_language, must_change_password, enabled, created_at, version)"
                    + " VALUES (?, ?, ?, 'kk', FALSE, TRUE, ?, 0)")) {
                for (int i = 1; i <= count; i++) {
                    String username = prefix + i;
                    usernames.add(username);
                    user.setString(1, username);
                    user.setString(2, hash);
                    user.setString(3, "Тыңдаушы Жүктеме " + i);
                    user.setTimestamp(4, Timestamp.from(Instant.now()));
                    user.addBatch();
                }
                user.executeBatch();
            }
            try (PreparedStatement role = db.prepareStatement("INSERT INTO app_user_role (user_id, role)"
                    + " SELECT id, 'TRAINEE' FROM app_user WHERE username LIKE ?")) {
                role.setString(1, prefix + "%");
                role.executeUpdate();
            }
            db.commit();
        }
        return usernames;
    }

    /** Answers the page confirmed as saved that the database does not hold. */
    private int lostAnswers(String url, List<SimulatedTrainee> trainees) throws SQLException {
        Map<String, Set<Integer>> stored = new HashMap<>();
        try (Connection db = DriverManager.getConnection(url, databaseUser, databasePassword);
                PreparedStatement query = db.prepareStatement("SELECT u.username, a.position FROM quiz_answer a"
                        + " JOIN quiz_attempt t ON t.id = a.attempt_id JOIN app_user u ON u.id = t.user_id"
                        + " WHERE u.username LIKE 'load%' AND a.response_json IS NOT NULL");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                stored.computeIfAbsent(rows.getString(1), name -> new HashSet<>()).add(rows.getInt(2));
            }
        }
        int lost = 0;
        for (SimulatedTrainee trainee : trainees) {
            Set<Integer> positions = stored.getOrDefault(trainee.username(), Set.of());
            for (int position : trainee.savedPositions()) {
                // the page numbers questions from 1, the attempt stores their positions from 0
                if (!positions.contains(position - 1)) {
                    lost++;
                }
            }
        }
        return lost;
    }

    private static Path jar() throws IOException {
        String given = System.getProperty("kelisim.load.jar");
        if (given != null) {
            return Path.of(given);
        }
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("kelisim-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IOException(
                            "No production jar in target/: run ./mvnw -Pproduction package first"));
        }
    }
}

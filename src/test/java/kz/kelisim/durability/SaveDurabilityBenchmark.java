package kz.kelisim.durability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import kz.kelisim.KelisimApplication;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseLoader;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.quiz.QuizFixture;
import kz.kelisim.quiz.Response.Typed;
import kz.kelisim.security.RunAs;

/**
 * What "saved means on disk" costs: a trainee's essay answer saved through {@link AttemptService}
 * on the embedded H2 file database, with {@code WRITE_DELAY=0} (every commit written before the save
 * returns: what Kelisim runs with) against H2's default (written up to 500 ms later), measured in
 * the same run. Not part of the test suite: {@code ./mvnw -Pbenchmark test -Dtest=SaveDurabilityBenchmark};
 * results in target/benchmarks/save-durability.md.
 */
@Tag("benchmark")
class SaveDurabilityBenchmark {

    private static final int WARM_UP = 300;
    private static final int SAVES = 2_000;

    @TempDir
    Path data;

    @Test
    void an_answer_saved_and_written_to_disk_against_one_written_later() throws IOException {
        String baseline = measure("default", "");
        String durable = measure("write-delay-0", ";WRITE_DELAY=0");
        String header = "Date " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", H2 file database, "
                + WARM_UP + " warm-up saves, then " + SAVES + " saves of a 600-character essay answer\n\n";
        String report = "| H2 setting | median (ms) | p95 (ms) | p99 (ms) |\n|---|---|---|---|\n" + baseline + durable;
        Path file = Path.of("target", "benchmarks", "save-durability.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, header + report);
        System.out.println("\n" + header + report);
    }

    private String measure(String name, String settings) throws IOException {
        Path folder = data.resolve(name);
        Path courses = Files.createDirectories(folder.resolve("courses"));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KelisimApplication.class).run(
                "--server.port=0", "--spring.jmx.enabled=false", "--kelisim.data-dir=" + folder,
                "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("kelisim") + ";DB_CLOSE_ON_EXIT=FALSE" + settings,
                "--kelisim.courses.dir=" + courses, "--kelisim.demo.enabled=true", "--kelisim.demo.attempts=false",
                "--kelisim.demo.seminar=false")) {
            RunAs runAs = context.getBean(RunAs.class);
            AttemptService attempts = context.getBean(AttemptService.class);
            QuizFixture.writeCourse(courses, KelisimToKill.COURSE, QuizFixture.SETTINGS);
            runAs.doAs("admin", () -> context.getBean(CourseLoader.class).reloadAll());
            runAs.doAs("trainee", () -> context.getBean(CourseCatalogue.class).enrol(KelisimToKill.COURSE));
            long attempt = runAs.as("trainee", () -> attempts.startOrResume(KelisimToKill.COURSE, QuizFixture.QUIZ));
            String essay = "Жауап: ә ғ қ ң ө ұ ү һ і. ".repeat(24);
            long[] nanos = new long[SAVES];
            for (int i = -WARM_UP; i < SAVES; i++) {
                String text = essay + i;
                long start = System.nanoTime();
                runAs.doAs("trainee", () -> attempts.saveAnswer(attempt, "reflection", new Typed(text)));
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            return "| " + (settings.isEmpty() ? "default (write delay 500 ms)" : "WRITE_DELAY=0") + " | "
                    + millis(nanos[SAVES / 2]) + " | " + millis(nanos[SAVES * 95 / 100]) + " | "
                    + millis(nanos[SAVES * 99 / 100]) + " |\n";
        }
    }

    private static String millis(long nanos) {
        return String.format("%.2f", nanos / 1e6);
    }
}

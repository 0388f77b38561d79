package kz.kelisim.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Saved" means on disk: Kelisim runs as a process of its own (as in production), a trainee's essay
 * answer and their group's workspace notes are saved through the services, and the moment the save
 * returns the process is killed with SIGKILL, with no chance to flush or close anything. Started
 * again on the same data, every confirmed save is there, each time.
 * <p>
 * Slow (a dozen application starts), so not in the default run: {@code ./mvnw -Pdurability test},
 * with {@code KELISIM_TEST_DURABILITY_MYSQL_URL} (an empty database) for the MariaDB/MySQL run;
 * {@code .ci/run} runs both.
 */
@Tag("durability")
class SavedWorkSurvivesKillTest {

    /** Kills per database; each one is a restart that must find the last saves. */
    private static final int KILLS = 3;
    private static final String PREFIX = KelisimToKill.REPLY;

    @TempDir
    Path data;

    @Test
    void every_answer_and_workspace_field_saved_on_the_embedded_database_survives_kill_9() throws Exception {
        survivesKills(Map.of("KELISIM_DATA_DIR", data.resolve("data").toString()));
    }

    @Test
    void every_answer_and_workspace_field_saved_on_mariadb_survives_kill_9() throws Exception {
        String url = System.getProperty("kelisim.test.durability.mysql.url",
                System.getenv().getOrDefault("KELISIM_TEST_DURABILITY_MYSQL_URL", ""));
        assumeTrue(!url.isBlank(), "KELISIM_TEST_DURABILITY_MYSQL_URL (an empty MariaDB/MySQL database) not given");
        survivesKills(Map.of("KELISIM_DATA_DIR", data.resolve("data").toString(), "SPRING_PROFILES_ACTIVE", "mysql",
                "KELISIM_DB_URL", url,
                "KELISIM_DB_USER", System.getenv().getOrDefault("KELISIM_TEST_MYSQL_USER", "root"),
                "KELISIM_DB_PASSWORD", System.getenv().getOrDefault("KELISIM_TEST_MYSQL_PASSWORD", "")));
    }

    private void survivesKills(Map<String, String> environment) throws Exception {
        String attempt;
        String workspace;
        String answer;
        String notes;
        long notesVersion;
        try (Kelisim first = Kelisim.start(data, environment, 0)) {
            String[] prepared = first.ask("prepare").split(" ");
            attempt = prepared[1];
            workspace = prepared[2];
            answer = "Жауап 0: ә ғ қ ң ө ұ ү һ і";
            notes = "Ескертпе 0";
            assertThat(first.ask("answer " + attempt + " " + answer)).isEqualTo("saved");
            notesVersion = Long.parseLong(first.ask("field " + workspace + " 0 " + notes).split(" ")[1]);
            first.kill();
        }
        for (int kill = 1; kill <= KILLS; kill++) {
            try (Kelisim again = Kelisim.start(data, environment, kill)) {
                assertThat(again.ask("read " + attempt + " " + workspace)).as("the essay answer after kill %d", kill)
                        .isEqualTo("answer " + answer);
                assertThat(again.reply()).as("the workspace notes after kill %d", kill)
                        .isEqualTo("field " + notesVersion + " " + notes);
                if (kill == KILLS) {
                    break;
                }
                answer = "Жауап " + kill + ": ә ғ қ ң ө ұ ү һ і";
                notes = "Ескертпе " + kill;
                // each kind is the very last save before the kill in every other round
                if (kill % 2 == 0) {
                    assertThat(again.ask("answer " + attempt + " " + answer)).isEqualTo("saved");
                    notesVersion = Long.parseLong(
                            again.ask("field " + workspace + " " + notesVersion + " " + notes).split(" ")[1]);
                } else {
                    notesVersion = Long.parseLong(
                            again.ask("field " + workspace + " " + notesVersion + " " + notes).split(" ")[1]);
                    assertThat(again.ask("answer " + attempt + " " + answer)).isEqualTo("saved");
                }
                again.kill();
            }
        }
    }

    /** One run of {@link KelisimToKill}, its log in the data folder. */
    private static final class Kelisim implements AutoCloseable {

        private final Process process;
        private final PrintWriter commands;
        private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

        private Kelisim(Process process) {
            this.process = process;
            this.commands = new PrintWriter(new java.io.OutputStreamWriter(process.getOutputStream(),
                    StandardCharsets.UTF_8), true);
        }

        static Kelisim start(Path folder, Map<String, String> environment, int run) throws IOException,
                InterruptedException {
            Path courses = folder.resolve("courses");
            Files.createDirectories(courses);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Dstdout.encoding=UTF-8",
                    "-Dfile.encoding=UTF-8", "-cp", classPath(), KelisimToKill.class.getName(),
                    // the production configuration only, not the tests' in-memory database
                    "--spring.config.location=classpath:/application.properties",
                    "--server.port=0", "--spring.jmx.enabled=false", "--kelisim.courses.dir=" + courses,
                    "--kelisim.demo.enabled=true", "--kelisim.demo.attempts=false", "--kelisim.demo.seminar=false"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Kelisim kelisim = new Kelisim(builder.start());
            Path logs = Files.createDirectories(Path.of("target", "durability-logs"));
            Path log = logs.resolve(environment.getOrDefault("SPRING_PROFILES_ACTIVE", "h2") + "-run-" + run + ".log");
            Thread reader = new Thread(() -> kelisim.read(log), "kelisim-output-" + run);
            reader.setDaemon(true);
            reader.start();
            assertThat(kelisim.reply()).isEqualTo("started");
            return kelisim;
        }

        private void read(Path log) {
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    Writer logFile = Files.newBufferedWriter(log)) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    int reply = line.indexOf(PREFIX);
                    if (reply >= 0) {
                        replies.add(line.substring(reply + PREFIX.length()));
                    } else {
                        logFile.write(line + "\n");
                    }
                }
            } catch (IOException ended) {
                // the process is gone
            }
        }

        String ask(String command) throws InterruptedException {
            commands.println(command);
            return reply();
        }

        String reply() throws InterruptedException {
            String reply = replies.poll(2, TimeUnit.MINUTES);
            assertThat(reply).as("Kelisim answered (see target/durability-logs); alive: %s", process.isAlive())
                    .isNotNull();
            return reply;
        }

        /** SIGKILL (destroyForcibly on Linux): no shutdown hook, no flush, no close. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as("killed by signal 9").isEqualTo(128 + 9);
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                commands.close();
                if (!process.waitFor(1, TimeUnit.MINUTES)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }

        private static String classPath() {
            String surefire = System.getProperty("surefire.test.class.path");
            return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        }
    }
}

package kz.kelisim.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kelisim started from its production jar as its own process on a MariaDB database, as it runs in an
 * academy: the harness measures it from outside (its heap with jcmd after a full collection, its CPU
 * time from /proc), never from inside its JVM.
 */
final class ServerUnderLoad implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final URI base;
    private final Duration startUp;

    private ServerUnderLoad(Process process, URI base, Duration startUp) {
        this.process = process;
        this.base = base;
        this.startUp = startUp;
    }

    /** Starts the jar and waits until it serves the sign-in page. */
    static ServerUnderLoad start(Path jar, String databaseUrl, String user, String password, Path courses,
            Path data, int port, List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SPRING_PROFILES_ACTIVE", "mysql");
        builder.environment().put("KELISIM_DB_URL", databaseUrl);
        builder.environment().put("KELISIM_DB_USER", user);
        builder.environment().put("KELISIM_DB_PASSWORD", password);
        builder.environment().put("KELISIM_COURSES_DIR", courses.toString());
        builder.environment().put("KELISIM_DATA_DIR", data.toString());
        builder.environment().put("KELISIM_DEMO", "false");
        builder.environment().put("KELISIM_ADMIN_PASSWORD", "load-admin-" + port);
        builder.environment().put("PORT", String.valueOf(port));
        builder.redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 3000; i++) {
            if (!process.isAlive()) {
                throw new IOException("Kelisim stopped while starting; see " + data.resolve("server.log"));
            }
            try {
                HttpResponse<Void> page = http.send(HttpRequest.newBuilder(base.resolve("login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (page.statusCode() == 200) {
                    return new ServerUnderLoad(process, base, Duration.ofNanos(System.nanoTime() - started));
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IOException("Kelisim did not serve its sign-in page within 10 minutes");
    }

    URI base() {
        return base;
    }

    Duration startUp() {
        return startUp;
    }

    /** Heap in use after a full collection, in bytes (jcmd, as an operator would read it). */
    long heapAfterCollection() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) * 1024 : -1;
    }

    /** CPU time of the server process so far (user and system), from /proc. */
    Duration cpuTime() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return Duration.ofMillis(ticks * 10);
    }

    private String jcmd(String what) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process run = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), what).redirectErrorStream(true)
                .start();
        String out = new String(run.getInputStream().readAllBytes());
        run.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}

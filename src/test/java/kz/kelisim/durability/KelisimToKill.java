package kz.kelisim.durability;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import kz.kelisim.KelisimApplication;
import kz.kelisim.base.Language;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseLoader;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.quiz.QuizFixture;
import kz.kelisim.quiz.Response.Typed;
import kz.kelisim.security.RunAs;
import kz.kelisim.seminar.ExerciseFixture;
import kz.kelisim.seminar.GroupExerciseService;
import kz.kelisim.seminar.ExerciseViews.Saved;
import kz.kelisim.seminar.TemplateField;

/**
 * Kelisim in a JVM of its own, for {@link SavedWorkSurvivesKillTest}: it starts the application with
 * the given arguments, then takes one command a line on standard input and answers on standard
 * output once the service call has returned, so the test can kill it with SIGKILL right after
 * a save is confirmed, as a power cut or an out-of-memory kill would.
 * <ul>
 * <li>{@code prepare}: a course with a quiz and a trainee's attempt, a seminar exercise and the
 * trainee's group workspace; answers {@code prepared <attempt> <workspace>}</li>
 * <li>{@code answer <attempt> <text>}: the trainee's essay answer; answers {@code saved}</li>
 * <li>{@code field <workspace> <version> <text>}: the group's notes; answers {@code saved <version>}</li>
 * <li>{@code read <attempt> <workspace>}: answers {@code answer <text>} and {@code field <version> <text>}</li>
 * </ul>
 */
public final class KelisimToKill {

    static final String COURSE = "kill-course";
    /** Starts every line meant for the test, so the application's own log lines are told apart. */
    static final String REPLY = "kelisim-to-kill: ";

    private KelisimToKill() {
    }

    private static void reply(PrintStream out, String text) {
        out.println(REPLY + text);
    }

    public static void main(String[] args) throws Exception {
        // the log writes to System.out too: one stream, so a reply is never split by a log line
        PrintStream out = System.out;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KelisimApplication.class).run(args);
        reply(out, "started");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            try {
                answer(line, context, out);
            } catch (RuntimeException failed) {
                // the test reads this as the answer and fails on it, naming what went wrong
                reply(out, "error " + failed);
            }
        }
        context.close();
    }

    private static void answer(String line, ConfigurableApplicationContext context, PrintStream out) {
        RunAs runAs = context.getBean(RunAs.class);
        AttemptService attempts = context.getBean(AttemptService.class);
        GroupExerciseService exercises = context.getBean(GroupExerciseService.class);
        String[] words = line.split(" ", 4);
        switch (words[0]) {
            case "prepare" -> {
                Path courses = Path.of(context.getEnvironment().getRequiredProperty("kelisim.courses.dir"));
                QuizFixture.writeCourse(courses, COURSE, QuizFixture.SETTINGS);
                runAs.doAs("admin", () -> context.getBean(CourseLoader.class).reloadAll());
                runAs.doAs("trainee", () -> context.getBean(CourseCatalogue.class).enrol(COURSE));
                long attempt = runAs.as("trainee", () -> attempts.startOrResume(COURSE, QuizFixture.QUIZ));
                ExerciseFixture fixture = new ExerciseFixture(context);
                long exercise = runAs.as("trainer", () -> {
                    long seminar = fixture.seminar();
                    long group = fixture.group(seminar, "Бірлік", "trainee");
                    long id = fixture.exercise(seminar, "Ауылдағы су дауы", 3);
                    exercises.assign(id, List.of(group));
                    return id;
                });
                long workspace = runAs.as("trainee", () -> exercises.myWorkspace(exercise));
                reply(out, "prepared " + attempt + " " + workspace);
            }
            case "answer" -> {
                long attempt = Long.parseLong(words[1]);
                String text = words[2] + (words.length > 3 ? " " + words[3] : "");
                runAs.doAs("trainee", () -> attempts.saveAnswer(attempt, "reflection", new Typed(text)));
                reply(out, "saved");
            }
            case "field" -> {
                long workspace = Long.parseLong(words[1]);
                long version = Long.parseLong(words[2]);
                Saved saved = (Saved) runAs.as("trainee",
                        () -> exercises.saveField(workspace, TemplateField.NOTES, words[3], version));
                reply(out, "saved " + saved.version());
            }
            case "read" -> {
                long attempt = Long.parseLong(words[1]);
                long workspace = Long.parseLong(words[2]);
                Object answer = runAs.as("trainee", () -> attempts.attempt(attempt, Language.KK)).answers()
                        .get("reflection");
                reply(out, "answer " + (answer instanceof Typed typed ? typed.text() : ""));
                var field = runAs.as("trainee", () -> exercises.workspace(workspace, Language.KK)).fields()
                        .get(TemplateField.NOTES);
                reply(out, "field " + (field == null ? "0 " : field.version() + " " + field.value()));
            }
            default -> reply(out, "unknown " + line);
        }
    }
}

package kz.kelisim.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One trainee taking the timed final test, as a person does it in the browser: signs in, opens the
 * course, enrols, opens the test, starts it, answers every question with a think time between answers,
 * submits after the confirmation and reads the review. Every step is timed under its action name; an
 * answer counts as saved only when the page said so ("saved at …" beside the question).
 */
final class SimulatedTrainee {

    /** Step names as reported. */
    static final String SIGN_IN = "sign in";
    static final String OPEN_COURSE = "open the course page";
    static final String ENROL = "enrol";
    static final String OPEN_TEST = "open the test page";
    static final String START = "start the test";
    static final String SAVE_ANSWER = "save an answer";
    static final String NEXT = "next question";
    static final String SUBMIT = "submit";

    private final VaadinClient browser;
    private final String username;
    private final String password;
    private final String courseId;
    private final String quizId;
    private final LoadMetrics metrics;
    private final ThinkTime think;
    private final List<Integer> savedPositions = new ArrayList<>();

    SimulatedTrainee(HttpClient http, URI base, String username, String password, String courseId, String quizId,
            LoadMetrics metrics, ThinkTime think) {
        this.browser = new VaadinClient(http, base);
        this.username = username;
        this.password = password;
        this.courseId = courseId;
        this.quizId = quizId;
        this.metrics = metrics;
        this.think = think;
    }

    String username() {
        return username;
    }

    /** The positions (1-based) of the answers the page confirmed as saved. */
    List<Integer> savedPositions() {
        return savedPositions;
    }

    /** Signs in and opens the test page, ready to start (the part before a synchronised start). */
    void arrive() throws IOException, InterruptedException {
        boolean signedIn = metrics.time(SIGN_IN, () -> browser.signIn(username, password));
        if (!signedIn) {
            throw new IOException(username + " could not sign in");
        }
        metrics.time(OPEN_COURSE, () -> {
            browser.open("courses/" + courseId);
            return null;
        });
        Optional<UiTree.Node> enrol = browser.tree().byId("course-enrol");
        if (enrol.isPresent()) {
            metrics.time(ENROL, () -> {
                browser.click(enrol.get());
                return null;
            });
        }
        metrics.time(OPEN_TEST, () -> {
            browser.navigate("courses/" + courseId + "/quizzes/" + quizId);
            return require("quiz-start");
        });
    }

    /** Starts the test, answers every question with think times, submits and reads the review. */
    void takeTheTest() throws IOException, InterruptedException {
        UiTree.Node start = require("quiz-start");
        metrics.time(START, () -> {
            browser.click(start);
            return require("attempt-submit");
        });
        int questions = (int) browser.tree().descendants(browser.tree().root(),
                node -> node.attributes.getOrDefault("id", "").startsWith("nav-")).size();
        for (int number = 1; number <= Math.max(questions, 1); number++) {
            think.pause();
            answer(number);
            Optional<UiTree.Node> next = browser.tree().byId("attempt-next");
            if (number < questions && next.isPresent()) {
                metrics.time(NEXT, () -> {
                    browser.click(next.get());
                    return null;
                });
            }
        }
        UiTree.Node submit = require("attempt-submit");
        metrics.time(SUBMIT, () -> {
            browser.click(submit);
            UiTree.Node confirm = require("attempt-submit-confirm");
            browser.fire(confirm, "confirm");
            return null;
        });
    }

    private void answer(int number) throws IOException, InterruptedException {
        UiTree tree = browser.tree();
        UiTree.Node question = require("question-" + number);
        UiTree.Node group = tree.descendants(question, node -> "vaadin-radio-group".equals(node.tag)).stream()
                .findFirst().orElseThrow(() -> new IOException("question " + number + " has no choice"));
        List<UiTree.Node> options = tree.descendants(group, node -> "vaadin-radio-button".equals(node.tag));
        if (options.isEmpty()) {
            throw new IOException("question " + number + " has no options");
        }
        UiTree.Node chosen = options.get(ThreadLocalRandom.current().nextInt(options.size()));
        String value = chosen.property("value");
        boolean saved = metrics.time(SAVE_ANSWER, () -> {
            browser.setProperty(group, "value", value);
            return savedNow(question);
        });
        if (saved) {
            savedPositions.add(number);
        } else {
            metrics.fail(SAVE_ANSWER, "question " + number + " not confirmed as saved");
        }
    }

    /** Whether the last response wrote a status beside the question that is not an error. */
    private boolean savedNow(UiTree.Node question) {
        UiTree tree = browser.tree();
        return tree.descendants(question, node -> node.classes.contains("save-status")).stream()
                .anyMatch(status -> !status.classes.contains("error")
                        && tree.descendants(status, node -> browser.lastTextChanges().contains(node.id)).size() > 0);
    }

    private UiTree.Node require(String id) throws IOException {
        return browser.tree().byId(id).orElseThrow(() -> new IOException("no element #" + id + " on the page"));
    }
}

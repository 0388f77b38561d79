package kz.kelisim.quiz;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import kz.kelisim.course.ContentProblem;
import kz.kelisim.course.YamlSource;
import kz.kelisim.quiz.QuizSettings.Draw;
import kz.kelisim.quiz.QuizSettings.Grading;
import kz.kelisim.quiz.QuizSettings.Layout;
import kz.kelisim.quiz.QuizSettings.Review;
import kz.kelisim.quiz.QuizSettings.Role;

/** Reads one {@code quizzes/<quiz-id>.yaml}, checking it against the course's bank. */
final class QuizSettingsReader extends YamlSource {

    private static final Set<String> KEYS = Set.of("quiz", "draw", "shuffle-questions", "shuffle-options",
            "time-limit", "opens", "closes", "attempts", "grading", "pass-mark", "layout", "review", "role");
    private static final Set<String> DRAW_KEYS = Set.of("category", "count");
    private static final Set<String> REVIEW_KEYS = Set.of("when", "marks", "right-answers", "feedback");
    private static final Pattern TIME_LIMIT = Pattern.compile("(?:(\\d+)h)?\\s*(?:(\\d+)m(?:in)?)?");
    private static final double DEFAULT_PASS_MARK = 50;
    /** A week: anything longer is a typing mistake, not a time limit. */
    private static final Duration MAX_TIME_LIMIT = Duration.ofDays(7);
    private static final Review DEFAULT_REVIEW = new Review(Review.When.AFTER_SUBMIT, true, false, true);

    private final String quizId;
    private final Map<String, Long> questionsPerCategory;

    QuizSettingsReader(String file, String quizId, Map<String, Long> questionsPerCategory,
            List<ContentProblem> problems) {
        super(file, problems);
        this.quizId = quizId;
        this.questionsPerCategory = questionsPerCategory;
    }

    QuizSettings read(String yaml) {
        MappingNode root = compose(yaml);
        if (root == null) {
            return null;
        }
        Map<String, Node> fields = fields(root, KEYS);
        String declared = requiredScalar(fields, "quiz", root);
        if (declared != null && !declared.equals(quizId)) {
            problem(line(fields.get("quiz")), "quiz-id-mismatch", declared, quizId);
        }
        List<Draw> draws = new ArrayList<>();
        Map<String, Integer> drawn = new java.util.HashMap<>();
        for (MappingNode node : mappings(fields, "draw", root, true)) {
            Draw draw = draw(node, drawn);
            if (draw != null) {
                draws.add(draw);
            }
        }
        LocalDateTime opens = date(fields.get("opens"), "opens");
        LocalDateTime closes = date(fields.get("closes"), "closes");
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            problem(line(fields.get("closes")), "closes-before-opens");
        }
        Review review = review(fields.get("review"));
        if (review.when() == Review.When.AFTER_CLOSE && closes == null) {
            problem(keyLine(fields.get("review")), "review-needs-close");
        }
        return new QuizSettings(quizId, List.copyOf(draws),
                bool(fields.get("shuffle-questions"), "shuffle-questions", true),
                bool(fields.get("shuffle-options"), "shuffle-options", true),
                timeLimit(fields.get("time-limit")), opens, closes, attempts(fields.get("attempts")),
                code(fields.get("grading"), "grading", Grading.class, Grading.HIGHEST),
                passMark(fields.get("pass-mark")),
                code(fields.get("layout"), "layout", Layout.class, Layout.ONE_PER_PAGE),
                review, code(fields.get("role"), "role", Role.class, Role.NONE));
    }

    /** @param drawn questions already drawn per category by earlier entries: together they must fit */
    private Draw draw(MappingNode node, Map<String, Integer> drawn) {
        Map<String, Node> fields = fields(node, DRAW_KEYS);
        String category = requiredScalar(fields, "category", node);
        String countText = requiredScalar(fields, "count", node);
        if (category == null || countText == null) {
            return null;
        }
        Long available = questionsPerCategory.get(category);
        if (available == null) {
            problem(line(fields.get("category")), "category-unknown", category,
                    String.join(", ", questionsPerCategory.keySet().stream().sorted().toList()));
            return null;
        }
        int count = wholeNumber(countText);
        if (count < 1) {
            problem(line(fields.get("count")), "count-invalid", countText);
            return null;
        }
        int total = drawn.merge(category, count, Integer::sum);
        if (total > available) {
            problem(line(fields.get("count")), "draw-too-many", String.valueOf(total), String.valueOf(available),
                    category);
            return null;
        }
        return new Draw(category, count);
    }

    private Duration timeLimit(Node node) {
        if (node == null) {
            return null;
        }
        String text = scalar(node, "time-limit");
        if (text == null) {
            return null;
        }
        String plain = text.strip().toLowerCase(Locale.ROOT);
        Duration limit = null;
        try {
            if (plain.matches("\\d{1,6}")) {
                limit = Duration.ofMinutes(Long.parseLong(plain));
            } else {
                Matcher parts = TIME_LIMIT.matcher(plain);
                if (parts.matches() && (parts.group(1) != null || parts.group(2) != null)) {
                    limit = Duration.ofHours(parts.group(1) == null ? 0 : Long.parseLong(parts.group(1)))
                            .plusMinutes(parts.group(2) == null ? 0 : Long.parseLong(parts.group(2)));
                }
            }
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            limit = null;
        }
        if (limit == null || limit.isZero() || limit.compareTo(MAX_TIME_LIMIT) > 0) {
            problem(line(node), "time-limit-invalid", text);
            return null;
        }
        return limit;
    }

    private LocalDateTime date(Node node, String key) {
        if (node == null) {
            return null;
        }
        String text = scalar(node, key);
        try {
            return text == null ? null : LocalDateTime.parse(text.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            problem(line(node), "date-invalid", key, text);
            return null;
        }
    }

    private int attempts(Node node) {
        if (node == null) {
            return 1;
        }
        String text = scalar(node, "attempts");
        int attempts = text == null ? -1 : wholeNumber(text);
        if (attempts < 0) {
            problem(line(node), "attempts-invalid", String.valueOf(text));
            return 1;
        }
        return attempts;
    }

    private double passMark(Node node) {
        if (node == null) {
            return DEFAULT_PASS_MARK;
        }
        String text = scalar(node, "pass-mark");
        Double mark = AnswerText.number(text);
        if (mark == null || mark < 0 || mark > 100) {
            problem(line(node), "pass-mark-invalid", String.valueOf(text));
            return DEFAULT_PASS_MARK;
        }
        return mark;
    }

    private Review review(Node node) {
        if (node == null) {
            return DEFAULT_REVIEW;
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(line(node), "not-a-mapping", "review");
            return DEFAULT_REVIEW;
        }
        Map<String, Node> fields = fields(mapping, REVIEW_KEYS);
        return new Review(code(fields.get("when"), "when", Review.When.class, DEFAULT_REVIEW.when()),
                bool(fields.get("marks"), "marks", DEFAULT_REVIEW.marks()),
                bool(fields.get("right-answers"), "right-answers", DEFAULT_REVIEW.rightAnswers()),
                bool(fields.get("feedback"), "feedback", DEFAULT_REVIEW.feedback()));
    }

    /** An enum value written in lower case with hyphens: {@code after-submit} for AFTER_SUBMIT. */
    private <E extends Enum<E>> E code(Node node, String key, Class<E> type, E otherwise) {
        if (node == null) {
            return otherwise;
        }
        String text = scalar(node, key);
        for (E value : type.getEnumConstants()) {
            if (codeOf(value).equals(text)) {
                return value;
            }
        }
        problem(line(node), "code-unknown", key, String.valueOf(text), String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(QuizSettingsReader::codeOf).toList()));
        return otherwise;
    }

    static String codeOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static int wholeNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

package kz.kelisim.quiz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import kz.kelisim.base.Language;
import kz.kelisim.course.ContentProblem;
import kz.kelisim.course.LocalizedText;
import kz.kelisim.course.YamlSource;
import kz.kelisim.quiz.Question.NumberAnswer;
import kz.kelisim.quiz.Question.Option;
import kz.kelisim.quiz.Question.Pair;

/**
 * Reads one {@code questions/<category>.yaml} of a course folder (format in courses/README.md),
 * reporting every problem with its line.
 */
final class QuestionBankReader extends YamlSource {

    static final double FULL = 100;
    private static final Set<String> FILE_KEYS = Set.of("category", "title", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "mark", "tags", "text", "options", "answer",
            "pairs", "accepted", "number", "tolerance", "feedback", "marking-guide");
    private static final Set<String> OPTION_KEYS = Set.of("id", "text", "right", "weight", "feedback");
    private static final Set<String> PAIR_KEYS = Set.of("id", "prompt", "match");
    private static final Map<String, QuestionType> TYPES = Map.of("single-choice", QuestionType.SINGLE_CHOICE,
            "multiple-choice", QuestionType.MULTIPLE_CHOICE, "true-false", QuestionType.TRUE_FALSE,
            "matching", QuestionType.MATCHING, "ordering", QuestionType.ORDERING,
            "short-answer", QuestionType.SHORT_ANSWER, "numeric", QuestionType.NUMERIC, "essay", QuestionType.ESSAY);
    /** Keys each type may use besides id, type, mark, tags, text and feedback. */
    private static final Map<QuestionType, Set<String>> TYPE_KEYS = Map.of(
            QuestionType.SINGLE_CHOICE, Set.of("options"), QuestionType.MULTIPLE_CHOICE, Set.of("options"),
            QuestionType.ORDERING, Set.of("options"), QuestionType.TRUE_FALSE, Set.of("answer"),
            QuestionType.MATCHING, Set.of("pairs"), QuestionType.SHORT_ANSWER, Set.of("accepted"),
            QuestionType.NUMERIC, Set.of("number", "tolerance"), QuestionType.ESSAY, Set.of("marking-guide"));
    private static final Set<String> TYPE_SPECIFIC = Set.of("options", "answer", "pairs", "accepted", "number",
            "tolerance", "marking-guide");

    private final String category;
    private final Map<String, Integer> questionIds;
    private LocalizedText title = new LocalizedText(Map.of());

    /**
     * @param questionIds the ids used so far in this course's bank: ids are unique across its files
     */
    QuestionBankReader(String file, String category, List<Language> languages, Map<String, Integer> questionIds,
            List<ContentProblem> problems) {
        super(file, problems);
        this.category = category;
        this.questionIds = questionIds;
        useLanguages(languages);
        reportTranslationGapsAsWarnings();
    }

    /** The type as a bank file names it: {@code single-choice}. */
    static String code(QuestionType type) {
        return TYPES.entrySet().stream().filter(entry -> entry.getValue() == type).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    /** The type a bank file names, if it is one. */
    static java.util.Optional<QuestionType> type(String code) {
        return java.util.Optional.ofNullable(TYPES.get(code));
    }

    List<Question> read(String yaml) {
        MappingNode root = compose(yaml);
        if (root == null) {
            return List.of();
        }
        Map<String, Node> fields = fields(root, FILE_KEYS);
        String declared = requiredScalar(fields, "category", root);
        if (declared != null && !declared.equals(category)) {
            problem(line(fields.get("category")), "category-mismatch", declared, category);
        }
        title = text(fields, "title", root);
        List<Question> questions = new ArrayList<>();
        for (MappingNode question : mappings(fields, "questions", root, true)) {
            Question read = question(question);
            if (read != null) {
                questions.add(read);
            }
        }
        return questions;
    }

    /**
     * Reads one question written on its own (the mapping that stands under {@code questions:} in a
     * file), as the bank editor shows it: lines are the snippet's own. Null when it cannot be read.
     */
    Question readOne(String yaml) {
        MappingNode root = compose(yaml);
        return root == null ? null : question(root);
    }

    /** The category's title, once {@link #read(String)} has read it. */
    LocalizedText title() {
        return title;
    }

    private Question question(MappingNode node) {
        Map<String, Node> fields = fields(node, QUESTION_KEYS);
        String id = uniqueId(fields, node, questionIds, "question");
        String typeCode = requiredScalar(fields, "type", node);
        QuestionType type = typeCode == null ? null : TYPES.get(typeCode);
        if (typeCode != null && type == null) {
            problem(line(fields.get("type")), "question-type-unknown", typeCode,
                    String.join(", ", TYPES.keySet().stream().sorted().toList()));
        }
        LocalizedText text = text(fields, "text", node);
        LocalizedText feedback = fields.containsKey("feedback") ? text(fields, "feedback", node) : null;
        double mark = fields.containsKey("mark") ? positiveNumber(fields.get("mark"), "mark") : 1;
        Set<String> tags = tags(fields.get("tags"));
        if (type == null) {
            return null;
        }
        for (String key : TYPE_SPECIFIC) {
            if (fields.containsKey(key) && !TYPE_KEYS.get(type).contains(key)) {
                problem(keyLine(fields.get(key)), "key-not-for-type", key, typeCode);
            }
        }
        List<Option> options = List.of();
        List<Pair> pairs = List.of();
        Map<Language, List<String>> accepted = Map.of();
        NumberAnswer number = null;
        Boolean correct = null;
        LocalizedText markingGuide = null;
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, ORDERING -> options = options(fields, node, type);
            case TRUE_FALSE -> {
                if (!fields.containsKey("answer")) {
                    problem(line(node), "missing", "answer");
                } else {
                    correct = bool(fields.get("answer"), "answer", true);
                }
            }
            case MATCHING -> pairs = pairs(fields, node);
            case SHORT_ANSWER -> accepted = accepted(fields, node);
            case NUMERIC -> number = number(fields, node);
            case ESSAY -> {
                // graded by a trainer, who may have a guide to marking it
                if (fields.containsKey("marking-guide")) {
                    markingGuide = text(fields, "marking-guide", node);
                }
            }
        }
        return new Question(id, type, category, tags, mark, text, options, pairs, accepted, number, correct, feedback,
                markingGuide);
    }

    private List<Option> options(Map<String, Node> fields, MappingNode question, QuestionType type) {
        List<Option> options = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        int rightOnes = 0;
        double positive = 0;
        List<MappingNode> nodes = mappings(fields, "options", question, true);
        for (MappingNode node : nodes) {
            Map<String, Node> option = fields(node, OPTION_KEYS);
            String id = uniqueId(option, node, ids, "option");
            LocalizedText text = text(option, "text", node);
            LocalizedText feedback = option.containsKey("feedback") ? text(option, "feedback", node) : null;
            double weight = 0;
            if (type == QuestionType.SINGLE_CHOICE) {
                boolean right = option.containsKey("right") && bool(option.get("right"), "right", false);
                // partial credit: a not-quite-right option may be worth part of the marks (Moodle's ~%50%)
                weight = right ? FULL : option.containsKey("weight") ? partialWeight(option.get("weight")) : 0;
                if (right && option.containsKey("weight")) {
                    problem(line(option.get("weight")), "weight-on-right-option");
                }
                rightOnes += right ? 1 : 0;
            } else if (type == QuestionType.MULTIPLE_CHOICE) {
                notFor(option, "right", "multiple-choice");
                weight = option.containsKey("weight") ? weight(option.get("weight")) : 0;
                positive += Math.max(0, weight);
            } else {
                notFor(option, "right", "ordering");
                notFor(option, "weight", "ordering");
            }
            options.add(new Option(id, text, weight, feedback));
        }
        int line = keyLine(fields.getOrDefault("options", question));
        if (nodes.size() < 2) {
            problem(line, "options-too-few");
        } else if (type == QuestionType.SINGLE_CHOICE && rightOnes != 1) {
            problem(line, "right-option-count", String.valueOf(rightOnes));
        } else if (type == QuestionType.MULTIPLE_CHOICE && Math.abs(positive - FULL) > 0.01) {
            problem(line, "weights-not-100", AnswerText.plainNumber(positive));
        }
        return options;
    }

    private List<Pair> pairs(Map<String, Node> fields, MappingNode question) {
        List<Pair> pairs = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (MappingNode node : mappings(fields, "pairs", question, true)) {
            Map<String, Node> pair = fields(node, PAIR_KEYS);
            String id = uniqueId(pair, node, ids, "pair");
            LocalizedText prompt = pair.containsKey("prompt") ? text(pair, "prompt", node) : new LocalizedText(Map.of());
            pairs.add(new Pair(id, prompt, text(pair, "match", node)));
        }
        if (pairs.stream().filter(pair -> !pair.prompt().texts().isEmpty()).count() < 2) {
            problem(keyLine(fields.getOrDefault("pairs", question)), "pairs-too-few");
        }
        return pairs;
    }

    private Map<Language, List<String>> accepted(Map<String, Node> fields, MappingNode question) {
        Node node = fields.get("accepted");
        if (!(node instanceof MappingNode mapping)) {
            problem(node == null ? line(question) : keyLine(node), "missing", "accepted");
            return Map.of();
        }
        Map<Language, List<String>> accepted = new EnumMap<>(Language.class);
        for (NodeTuple tuple : mapping.getValue()) {
            String code = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            Language language = Language.fromTag(code).filter(found -> found.tag().equals(code)).orElse(null);
            if (language == null || !languages().contains(language)) {
                problem(line(tuple.getKeyNode()), "translation-extra", "accepted", String.valueOf(code));
                continue;
            }
            List<String> answers = new ArrayList<>();
            List<Node> items = tuple.getValueNode() instanceof SequenceNode sequence ? sequence.getValue()
                    : List.of(tuple.getValueNode());
            for (Node item : items) {
                String value = scalar(item, "accepted");
                if (value == null || value.isBlank()) {
                    continue;
                }
                if (AnswerText.normalise(value).isEmpty()) {
                    problem(line(item), "accepted-empty", value);
                } else {
                    answers.add(value.strip());
                }
            }
            accepted.put(language, List.copyOf(answers));
        }
        // like a text: answers missing for some languages is a translation gap, for all a mistake
        boolean someGiven = accepted.values().stream().anyMatch(answers -> !answers.isEmpty());
        for (Language language : languages()) {
            if (accepted.getOrDefault(language, List.of()).isEmpty()) {
                problem(keyLine(node), "accepted-missing", someGiven && translationGapsAreWarnings(), language.tag());
            }
        }
        return accepted;
    }

    private NumberAnswer number(Map<String, Node> fields, MappingNode question) {
        if (!fields.containsKey("number")) {
            problem(line(question), "missing", "number");
            return null;
        }
        Double value = AnswerText.number(scalar(fields.get("number"), "number"));
        if (value == null) {
            problem(line(fields.get("number")), "number-invalid", String.valueOf(scalar(fields.get("number"), "number")));
            return null;
        }
        double tolerance = 0;
        if (fields.containsKey("tolerance")) {
            Double given = AnswerText.number(scalar(fields.get("tolerance"), "tolerance"));
            if (given == null || given < 0) {
                problem(line(fields.get("tolerance")), "tolerance-invalid",
                        String.valueOf(scalar(fields.get("tolerance"), "tolerance")));
            } else {
                tolerance = given;
            }
        }
        return new NumberAnswer(value, tolerance);
    }

    /** A single choice's partial credit: more than 0 and less than 100. */
    private double partialWeight(Node node) {
        Double weight = AnswerText.number(scalar(node, "weight"));
        if (weight == null || weight <= 0 || weight >= FULL) {
            problem(line(node), "partial-weight-invalid", String.valueOf(scalar(node, "weight")));
            return 0;
        }
        return weight;
    }

    private double weight(Node node) {
        Double weight = AnswerText.number(scalar(node, "weight"));
        if (weight == null || weight < -FULL || weight > FULL) {
            problem(line(node), "weight-invalid", String.valueOf(scalar(node, "weight")));
            return 0;
        }
        return weight;
    }

    private double positiveNumber(Node node, String key) {
        Double value = AnswerText.number(scalar(node, key));
        if (value == null || value <= 0) {
            problem(line(node), "mark-invalid", String.valueOf(scalar(node, key)));
            return 1;
        }
        return value;
    }

    private Set<String> tags(Node node) {
        if (node == null) {
            return Set.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(line(node), "not-a-list", "tags");
            return Set.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        sequence.getValue().forEach(item -> {
            String tag = scalar(item, "tags");
            if (tag != null && !tag.isBlank()) {
                tags.add(tag.strip());
            }
        });
        return Set.copyOf(tags);
    }

    private void notFor(Map<String, Node> fields, String key, String typeCode) {
        if (fields.containsKey(key)) {
            problem(keyLine(fields.get(key)), "key-not-for-type", key, typeCode);
        }
    }
}

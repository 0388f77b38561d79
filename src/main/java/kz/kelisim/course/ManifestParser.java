package kz.kelisim.course;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import kz.kelisim.base.Language;

/**
 * Reads {@code course.yaml} into a {@link Manifest}, collecting every problem with its line rather
 * than stopping at the first. Works on SnakeYAML's node tree, which keeps the line of every value.
 */
final class ManifestParser {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_ID_LENGTH = 64;
    static final int MAX_HOURS = 1000;
    /** What the course table keeps: longer texts are refused at loading, not cut. */
    static final int MAX_TITLE_LENGTH = 300;
    static final int MAX_VERSION_LENGTH = 40;

    private static final Set<String> COURSE_KEYS = Set.of("id", "version", "languages", "topic", "hours",
            "self-enrolment", "title", "description", "modules", "completion");
    private static final Set<String> MODULE_KEYS = Set.of("id", "title", "lessons");
    private static final Set<String> LESSON_KEYS = Set.of("id", "title", "activities");
    private static final Set<String> ACTIVITY_KEYS = Set.of("id", "type", "title", "url", "file");
    private static final Set<String> COMPLETION_KEYS = Set.of("all-lessons", "pass-quiz");

    /** The manifest with the line of each part, before the files it names are read. */
    record Manifest(String id, int idLine, String version, List<Language> languages, CourseTopic topic, int hours,
            boolean selfEnrolment, LocalizedText title, LocalizedText description, List<ModuleEntry> modules,
            CompletionRule completion) {
    }

    record ModuleEntry(String id, LocalizedText title, List<LessonEntry> lessons) {
    }

    record LessonEntry(String id, int line, LocalizedText title, List<ActivityEntry> activities) {
    }

    record ActivityEntry(String id, int line, ActivityType type, LocalizedText title, String url,
            Map<Language, String> files, int fileLine) {
    }

    private final String file;
    private final List<ContentProblem> problems;
    private List<Language> languages = List.of();
    private final Map<String, Integer> moduleIds = new HashMap<>();
    private final Map<String, Integer> lessonIds = new HashMap<>();
    private final Map<String, Integer> activityIds = new HashMap<>();
    private final Map<String, ActivityType> activityTypes = new HashMap<>();
    /** The line of the key each value stands under, for problems about the value as a whole. */
    private final Map<Node, Integer> keyLines = new IdentityHashMap<>();

    ManifestParser(String file, List<ContentProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The manifest, or null when it cannot be read at all; problems are added either way. */
    Manifest parse(String yaml) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problem(line, "yaml-syntax", String.valueOf(e.getProblem()));
            return null;
        } catch (YAMLException e) {
            problem(0, "yaml-syntax", String.valueOf(e.getMessage()));
            return null;
        }
        if (!(root instanceof MappingNode course)) {
            problem(1, "manifest-not-mapping");
            return null;
        }
        Map<String, Node> fields = fields(course, COURSE_KEYS);
        String id = id(fields, "id", course);
        String version = requiredScalar(fields, "version", course);
        if (version != null && version.length() > MAX_VERSION_LENGTH) {
            problem(line(fields.get("version")), "text-too-long", "version", String.valueOf(MAX_VERSION_LENGTH));
        }
        languages = languages(fields.get("languages"), course);
        CourseTopic topic = topic(fields.get("topic"), course);
        int hours = hours(fields.get("hours"), course);
        boolean selfEnrolment = bool(fields.get("self-enrolment"), "self-enrolment", false);
        LocalizedText title = text(fields, "title", course);
        if (title.texts().values().stream().anyMatch(text -> text.length() > MAX_TITLE_LENGTH)) {
            problem(keyLine(fields.get("title")), "text-too-long", "title", String.valueOf(MAX_TITLE_LENGTH));
        }
        LocalizedText description = text(fields, "description", course);
        List<ModuleEntry> modules = new ArrayList<>();
        for (MappingNode module : mappings(fields, "modules", course, true)) {
            modules.add(module(module));
        }
        CompletionRule completion = completion(fields.get("completion"));
        return new Manifest(id, line(fields.getOrDefault("id", course)), version, languages, topic, hours,
                selfEnrolment, title, description, modules, completion);
    }

    private ModuleEntry module(MappingNode node) {
        Map<String, Node> fields = fields(node, MODULE_KEYS);
        String id = uniqueId(fields, node, moduleIds, "module");
        LocalizedText title = text(fields, "title", node);
        List<LessonEntry> lessons = new ArrayList<>();
        for (MappingNode lesson : mappings(fields, "lessons", node, true)) {
            lessons.add(lesson(lesson));
        }
        return new ModuleEntry(id, title, lessons);
    }

    private LessonEntry lesson(MappingNode node) {
        Map<String, Node> fields = fields(node, LESSON_KEYS);
        String id = uniqueId(fields, node, lessonIds, "lesson");
        LocalizedText title = text(fields, "title", node);
        List<ActivityEntry> activities = new ArrayList<>();
        for (MappingNode activity : mappings(fields, "activities", node, false)) {
            activities.add(activity(activity));
        }
        return new LessonEntry(id, line(node), title, activities);
    }

    private ActivityEntry activity(MappingNode node) {
        Map<String, Node> fields = fields(node, ACTIVITY_KEYS);
        String id = uniqueId(fields, node, activityIds, "activity");
        LocalizedText title = text(fields, "title", node);
        String typeCode = requiredScalar(fields, "type", node);
        ActivityType type = null;
        if (typeCode != null) {
            type = ActivityType.fromCode(typeCode).orElse(null);
            if (type == null) {
                problem(line(fields.get("type")), "activity-type-unknown", typeCode, ActivityType.codes());
            }
        }
        if (id != null && type != null) {
            activityTypes.put(id, type);
        }
        String url = null;
        Map<Language, String> files = Map.of();
        int fileLine = line(node);
        if (type == ActivityType.VIDEO) {
            url = requiredScalar(fields, "url", node);
            if (url != null && !url.matches("(?i)https?://\\S+")) {
                problem(line(fields.get("url")), "url-invalid", url);
            }
        } else if (fields.containsKey("url")) {
            problem(line(fields.get("url")), "key-not-for-type", "url", typeCode);
        }
        if (type == ActivityType.FILE) {
            Node fileNode = fields.get("file");
            if (fileNode == null) {
                problem(line(node), "missing", "file");
            } else {
                fileLine = line(fileNode);
                files = fileNode instanceof ScalarNode scalar ? sameForEveryLanguage(scalar.getValue())
                        : perLanguage(fileNode, "file");
            }
        } else if (fields.containsKey("file")) {
            problem(line(fields.get("file")), "key-not-for-type", "file", typeCode);
        }
        return new ActivityEntry(id, line(node), type, title, url, files, fileLine);
    }

    private CompletionRule completion(Node node) {
        if (node == null) {
            return new CompletionRule(true, null);
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(line(node), "not-a-mapping", "completion");
            return new CompletionRule(true, null);
        }
        Map<String, Node> fields = fields(mapping, COMPLETION_KEYS);
        boolean allLessons = bool(fields.get("all-lessons"), "all-lessons", true);
        String passQuiz = null;
        if (fields.containsKey("pass-quiz")) {
            passQuiz = scalar(fields.get("pass-quiz"), "pass-quiz");
            if (passQuiz != null && activityTypes.get(passQuiz) != ActivityType.QUIZ) {
                problem(line(fields.get("pass-quiz")), "pass-quiz-unknown", passQuiz);
            }
        }
        if (!allLessons && passQuiz == null) {
            problem(keyLine(node), "completion-empty");
        }
        return new CompletionRule(allLessons, passQuiz);
    }

    private List<Language> languages(Node node, MappingNode owner) {
        if (node == null) {
            problem(line(owner), "missing", "languages");
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problem(keyLine(node), "languages-invalid");
            return List.of();
        }
        List<Language> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String code = scalar(item, "languages");
            if (code == null) {
                continue;
            }
            Language language = Language.fromTag(code).filter(found -> found.tag().equals(code)).orElse(null);
            if (language == null) {
                problem(line(item), "language-unknown", code);
            } else if (result.contains(language)) {
                problem(line(item), "language-repeated", code);
            } else {
                result.add(language);
            }
        }
        return List.copyOf(result);
    }

    private CourseTopic topic(Node node, MappingNode owner) {
        if (node == null) {
            problem(line(owner), "missing", "topic");
            return CourseTopic.OTHER;
        }
        String code = scalar(node, "topic");
        if (code == null) {
            return CourseTopic.OTHER;
        }
        return CourseTopic.fromCode(code).orElseGet(() -> {
            problem(line(node), "topic-unknown", code, CourseTopic.codes());
            return CourseTopic.OTHER;
        });
    }

    private int hours(Node node, MappingNode owner) {
        if (node == null) {
            problem(line(owner), "missing", "hours");
            return 0;
        }
        String value = scalar(node, "hours");
        if (value == null) {
            return 0;
        }
        try {
            int hours = Integer.parseInt(value.trim());
            if (hours >= 1 && hours <= MAX_HOURS) {
                return hours;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(line(node), "hours-invalid", value, String.valueOf(MAX_HOURS));
        return 0;
    }

    private boolean bool(Node node, String key, boolean otherwise) {
        if (node == null) {
            return otherwise;
        }
        String value = scalar(node, key);
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean(value);
        }
        problem(line(node), "boolean-invalid", key, String.valueOf(value));
        return otherwise;
    }

    /** A text in every course language and no other. */
    private LocalizedText text(Map<String, Node> fields, String key, MappingNode owner) {
        Node node = fields.get(key);
        if (node == null) {
            problem(line(owner), "missing", key);
            return new LocalizedText(Map.of());
        }
        Map<Language, String> texts = perLanguage(node, key);
        return new LocalizedText(texts);
    }

    private Map<Language, String> perLanguage(Node node, String key) {
        if (!(node instanceof MappingNode mapping)) {
            problem(keyLine(node), "not-per-language", key);
            return Map.of();
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (NodeTuple tuple : mapping.getValue()) {
            String code = scalar(tuple.getKeyNode(), key);
            Language language = code == null ? null
                    : Language.fromTag(code).filter(found -> found.tag().equals(code)).orElse(null);
            if (language == null) {
                problem(line(tuple.getKeyNode()), "language-unknown", String.valueOf(code));
            } else if (!languages.contains(language)) {
                problem(line(tuple.getKeyNode()), "translation-extra", key, code);
            } else {
                String value = scalar(tuple.getValueNode(), key);
                if (value == null || value.isBlank()) {
                    problem(line(tuple.getValueNode()), "translation-missing", key, code);
                } else {
                    texts.put(language, value.strip());
                }
            }
        }
        for (Language language : languages) {
            if (!texts.containsKey(language) && mapping.getValue().stream()
                    .noneMatch(tuple -> language.tag().equals(valueOf(tuple.getKeyNode())))) {
                problem(keyLine(node), "translation-missing", key, language.tag());
            }
        }
        return texts;
    }

    private static Map<Language, String> sameForEveryLanguage(String path) {
        Map<Language, String> files = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            files.put(language, path);
        }
        return files;
    }

    private String id(Map<String, Node> fields, String key, MappingNode owner) {
        String id = requiredScalar(fields, key, owner);
        if (id != null && (!ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH)) {
            problem(line(fields.get(key)), "id-invalid", id);
            return null;
        }
        return id;
    }

    private String uniqueId(Map<String, Node> fields, MappingNode owner, Map<String, Integer> seen, String kind) {
        String id = id(fields, "id", owner);
        if (id == null) {
            return null;
        }
        Integer first = seen.putIfAbsent(id, line(fields.get("id")));
        if (first != null) {
            problem(line(fields.get("id")), "duplicate-id", kind, id, String.valueOf(first));
        }
        return id;
    }

    private List<MappingNode> mappings(Map<String, Node> fields, String key, MappingNode owner, boolean required) {
        Node node = fields.get(key);
        if (node == null) {
            if (required) {
                problem(line(owner), "missing", key);
            }
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(line(node), "not-a-list", key);
            return List.of();
        }
        if (required && sequence.getValue().isEmpty()) {
            problem(line(node), "list-empty", key);
        }
        List<MappingNode> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                result.add(mapping);
            } else {
                problem(line(item), "not-a-mapping", key);
            }
        }
        return result;
    }

    private String requiredScalar(Map<String, Node> fields, String key, MappingNode owner) {
        Node node = fields.get(key);
        if (node == null) {
            problem(line(owner), "missing", key);
            return null;
        }
        String value = scalar(node, key);
        if (value != null && value.isBlank()) {
            problem(line(node), "missing", key);
            return null;
        }
        return value == null ? null : value.strip();
    }

    private String scalar(Node node, String key) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problem(line(node), "not-text", key);
        return null;
    }

    private static String valueOf(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** The mapping's fields by key; unknown and repeated keys are problems. */
    private Map<String, Node> fields(MappingNode mapping, Set<String> allowed) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = valueOf(tuple.getKeyNode());
            if (key == null || !allowed.contains(key)) {
                problem(line(tuple.getKeyNode()), "unknown-key", String.valueOf(key),
                        String.join(", ", allowed.stream().sorted().toList()));
            } else if (fields.putIfAbsent(key, tuple.getValueNode()) != null) {
                problem(line(tuple.getKeyNode()), "duplicate-key", key);
            } else {
                keyLines.put(tuple.getValueNode(), line(tuple.getKeyNode()));
            }
        }
        return fields;
    }

    private int keyLine(Node value) {
        return keyLines.getOrDefault(value, line(value));
    }

    private static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private void problem(int line, String kind, String... arguments) {
        problems.add(new ContentProblem(file, line, kind, List.of(arguments)));
    }
}

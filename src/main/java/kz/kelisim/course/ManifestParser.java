package kz.kelisim.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import kz.kelisim.base.Language;

/**
 * Reads {@code course.yaml} into a {@link Manifest}, collecting every problem with its line rather
 * than stopping at the first. Works on SnakeYAML's node tree, which keeps the line of every value.
 */
final class ManifestParser extends YamlSource {

    static final int MAX_HOURS = 1000;
    /** What the course table keeps: longer texts are refused at loading, not cut. */
    static final int MAX_TITLE_LENGTH = 300;
    static final int MAX_VERSION_LENGTH = 40;

    private static final Set<String> COURSE_KEYS = Set.of("id", "version", "languages", "topic", "hours",
            "self-enrolment", "title", "description", "modules", "completion");
    private static final Set<String> MODULE_KEYS = Set.of("id", "title", "lessons");
    private static final Set<String> LESSON_KEYS = Set.of("id", "title", "legal-basis", "reviewed", "activities");
    private static final Set<String> ACTIVITY_KEYS = Set.of("id", "type", "title", "url", "file", "form",
            "trainer-notes", "role-cards");
    private static final Set<String> ROLE_CARD_KEYS = Set.of("id", "title");
    static final int MIN_ROLE_CARDS = 2;
    private static final Set<String> COMPLETION_KEYS = Set.of("all-lessons", "pass-quiz");

    /** The manifest with the line of each part, before the files it names are read. */
    record Manifest(String id, int idLine, String version, List<Language> languages, CourseTopic topic, int hours,
            boolean selfEnrolment, LocalizedText title, LocalizedText description, List<ModuleEntry> modules,
            CompletionRule completion) {
    }

    record ModuleEntry(String id, LocalizedText title, List<LessonEntry> lessons) {
    }

    record LessonEntry(String id, int line, LocalizedText title, List<String> legalBasis, LocalDate reviewed,
            List<ActivityEntry> activities) {
    }

    /**
     * An activity as the manifest gives it. {@code form} and {@code fileLine} (the line naming the
     * file or form) for forms; {@code trainerNotes} when trainer notes must be read; role cards for a
     * group exercise.
     */
    record ActivityEntry(String id, int line, ActivityType type, LocalizedText title, String url,
            Map<Language, String> files, int fileLine, String form, boolean trainerNotes,
            List<RoleCardEntry> roleCards) {
    }

    record RoleCardEntry(String id, int line, LocalizedText title) {
    }

    private final Map<String, Integer> moduleIds = new HashMap<>();
    private final Map<String, Integer> lessonIds = new HashMap<>();
    private final Map<String, Integer> activityIds = new HashMap<>();
    private final Map<String, ActivityType> activityTypes = new HashMap<>();

    private final String file;
    private final AcademyFiles academy;
    private final List<ContentProblem> problems;

    /** @param academy the register that lessons' {@code legal-basis} must cite acts of */
    ManifestParser(String file, AcademyFiles academy, List<ContentProblem> problems) {
        super(file, problems);
        this.file = file;
        this.academy = academy;
        this.problems = problems;
    }

    /** The manifest, or null when it cannot be read at all; problems are added either way. */
    Manifest parse(String yaml) {
        MappingNode course = compose(yaml);
        if (course == null) {
            return null;
        }
        Map<String, Node> fields = fields(course, COURSE_KEYS);
        String id = id(fields, "id", course);
        String version = requiredScalar(fields, "version", course);
        if (version != null && version.length() > MAX_VERSION_LENGTH) {
            problem(line(fields.get("version")), "text-too-long", "version", String.valueOf(MAX_VERSION_LENGTH));
        }
        useLanguages(languages(fields.get("languages"), course));
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
        return new Manifest(id, line(fields.getOrDefault("id", course)), version, languages(), topic, hours,
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
        List<String> legalBasis = new ArrayList<>();
        if (fields.containsKey("legal-basis")) {
            idList(fields.get("legal-basis"), "legal-basis").forEach((act, line) -> {
                academy.checkAct(act, file, line, problems);
                legalBasis.add(act);
            });
        }
        LocalDate reviewed = fields.containsKey("reviewed") ? day(fields.get("reviewed"), "reviewed") : null;
        List<ActivityEntry> activities = new ArrayList<>();
        for (MappingNode activity : mappings(fields, "activities", node, false)) {
            activities.add(activity(activity));
        }
        return new LessonEntry(id, line(node), title, List.copyOf(legalBasis), reviewed, activities);
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
        String form = null;
        if (type == ActivityType.FORM) {
            form = id(fields, "form", node);
            if (fields.containsKey("form")) {
                fileLine = line(fields.get("form"));
            }
        } else if (fields.containsKey("form")) {
            problem(line(fields.get("form")), "key-not-for-type", "form", typeCode);
        }
        boolean trainerNotes = false;
        if (fields.containsKey("trainer-notes")) {
            trainerNotes = bool(fields.get("trainer-notes"), "trainer-notes", false);
            if (type != null && type != ActivityType.CASE_STUDY && type != ActivityType.GROUP_EXERCISE) {
                problem(line(fields.get("trainer-notes")), "key-not-for-type", "trainer-notes", typeCode);
                trainerNotes = false;
            }
        }
        List<RoleCardEntry> roleCards = List.of();
        if (fields.containsKey("role-cards")) {
            if (type != null && type != ActivityType.GROUP_EXERCISE) {
                problem(keyLine(fields.get("role-cards")), "key-not-for-type", "role-cards", typeCode);
            } else {
                roleCards = roleCards(fields, node);
            }
        }
        return new ActivityEntry(id, line(node), type, title, url, files, fileLine, form, trainerNotes, roleCards);
    }

    private List<RoleCardEntry> roleCards(Map<String, Node> fields, MappingNode activity) {
        List<RoleCardEntry> cards = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        List<MappingNode> nodes = mappings(fields, "role-cards", activity, true);
        for (MappingNode node : nodes) {
            Map<String, Node> card = fields(node, ROLE_CARD_KEYS);
            String id = uniqueId(card, node, ids, "role card");
            LocalizedText title = text(card, "title", node);
            if (id != null) {
                cards.add(new RoleCardEntry(id, line(node), title));
            }
        }
        if (nodes.size() < MIN_ROLE_CARDS && fields.get("role-cards") instanceof SequenceNode) {
            problem(keyLine(fields.get("role-cards")), "role-cards-too-few", String.valueOf(MIN_ROLE_CARDS));
        }
        return List.copyOf(cards);
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

    private static Map<Language, String> sameForEveryLanguage(String path) {
        Map<Language, String> files = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            files.put(language, path);
        }
        return files;
    }

}

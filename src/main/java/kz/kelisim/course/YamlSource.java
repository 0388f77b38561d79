package kz.kelisim.course;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import kz.kelisim.base.Language;

/**
 * Reading one YAML file of a course folder the way authors need: through SnakeYAML's node tree, so
 * every problem carries its line; unknown keys reported (they are usually typos); texts required in
 * every course language and no other. Extended by the readers of the manifest and of other files a
 * course folder holds (question banks).
 */
public abstract class YamlSource {

    public static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_ID_LENGTH = 64;
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String file;
    private final List<ContentProblem> problems;
    private List<Language> languages = List.of();
    private boolean translationGapsAreWarnings;
    /** The line of the key each value stands under, for problems about the value as a whole. */
    private final Map<Node, Integer> keyLines = new IdentityHashMap<>();

    protected YamlSource(String file, List<ContentProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The languages texts must be given in (the course's). */
    protected void useLanguages(List<Language> languages) {
        this.languages = List.copyOf(languages);
    }

    protected List<Language> languages() {
        return languages;
    }

    /**
     * A text that lacks some course languages (but has at least one) is reported as a warning, not
     * as a problem that rejects the folder: question banks are often translated after they are written.
     */
    protected void reportTranslationGapsAsWarnings() {
        this.translationGapsAreWarnings = true;
    }

    protected boolean translationGapsAreWarnings() {
        return translationGapsAreWarnings;
    }

    /**
     * The longest text one value may hold: a lesson's whole body is in its Markdown file, so a value in
     * YAML (a title, a question, an explanation, a marking guide) is far shorter.
     */
    public static final int MAX_VALUE_LENGTH = 20_000;

    /**
     * The document's top mapping, or null (with the problem reported) when it cannot be read as one.
     * Anchors and aliases ({@code &name}, {@code *name}) are refused at their line: course files do not
     * need them, and they are how a small file is made to expand to a huge one. A value longer than
     * {@link #MAX_VALUE_LENGTH} is refused at its line before anything is stored.
     */
    protected MappingNode compose(String yaml) {
        Node root;
        // a line longer than any value may be is refused before the YAML parser spends time on it
        int lineNumber = 0;
        for (int start = 0; start < yaml.length(); lineNumber++) {
            int end = yaml.indexOf('\n', start);
            int length = (end < 0 ? yaml.length() : end) - start;
            if (length > MAX_VALUE_LENGTH) {
                problem(lineNumber + 1, "value-too-long", String.valueOf(MAX_VALUE_LENGTH), String.valueOf(length));
                return null;
            }
            start = end < 0 ? yaml.length() : end + 1;
        }
        try {
            Yaml reader = new Yaml(new SafeConstructor(new LoaderOptions()));
            for (Event event : reader.parse(new StringReader(yaml))) {
                if (event instanceof AliasEvent || event instanceof NodeEvent node && node.getAnchor() != null) {
                    problem(event.getStartMark().getLine() + 1, "yaml-alias");
                    return null;
                }
                if (event instanceof ScalarEvent scalar && scalar.getValue().length() > MAX_VALUE_LENGTH) {
                    problem(event.getStartMark().getLine() + 1, "value-too-long", String.valueOf(MAX_VALUE_LENGTH),
                            String.valueOf(scalar.getValue().length()));
                    return null;
                }
            }
            root = reader.compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problem(line, "yaml-syntax", String.valueOf(e.getProblem()));
            return null;
        } catch (YAMLException e) {
            problem(0, "yaml-syntax", String.valueOf(e.getMessage()));
            return null;
        }
        if (!(root instanceof MappingNode mapping)) {
            problem(1, "manifest-not-mapping");
            return null;
        }
        return mapping;
    }

    /** A calendar date written YYYY-MM-DD; null (with a problem) when it is not one. */
    protected LocalDate day(Node node, String key) {
        String value = scalar(node, key);
        if (value == null) {
            return null;
        }
        String given = value.strip();
        if (DATE.matcher(given).matches()) {
            try {
                return LocalDate.parse(given);
            } catch (DateTimeParseException e) {
                // 2026-02-30: reported below
            }
        }
        problem(line(node), "day-invalid", key, given);
        return null;
    }

    /** A required date. */
    protected LocalDate requiredDate(Map<String, Node> fields, String key, MappingNode owner) {
        Node node = fields.get(key);
        if (node == null) {
            problem(line(owner), "missing", key);
            return null;
        }
        return day(node, key);
    }

    /** A web address: http or https, no spaces; null (with a problem) otherwise. */
    protected String webAddress(Node node, String key) {
        String value = scalar(node, key);
        if (value == null) {
            return null;
        }
        if (!value.strip().matches("(?i)https?://[^\\s/]+\\S*")) {
            problem(line(node), "url-invalid", value);
            return null;
        }
        return value.strip();
    }

    /**
     * A list of ids ({@code [a, b]}), each valid; repeats reported. The result keeps each id with its
     * line, in the order written.
     */
    protected Map<String, Integer> idList(Node node, String key) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        if (node == null) {
            return ids;
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(keyLine(node), "not-a-list", key);
            return ids;
        }
        for (Node item : sequence.getValue()) {
            String id = scalar(item, key);
            if (id == null) {
                continue;
            }
            id = id.strip();
            if (!ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
                problem(line(item), "id-invalid", id);
            } else if (ids.putIfAbsent(id, line(item)) != null) {
                problem(line(item), "id-repeated", key, id);
            }
        }
        return ids;
    }

    protected boolean bool(Node node, String key, boolean otherwise) {
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
    protected LocalizedText text(Map<String, Node> fields, String key, MappingNode owner) {
        Node node = fields.get(key);
        if (node == null) {
            problem(line(owner), "missing", key);
            return new LocalizedText(Map.of());
        }
        Map<Language, String> texts = perLanguage(node, key);
        return new LocalizedText(texts);
    }

    protected Map<Language, String> perLanguage(Node node, String key) {
        if (!(node instanceof MappingNode mapping)) {
            problem(keyLine(node), "not-per-language", key);
            return Map.of();
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        List<Gap> gaps = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String code = scalar(tuple.getKeyNode(), key);
            Language language = code == null ? null
                    : Language.fromTag(code).filter(found -> found.tag().equals(code)).orElse(null);
            if (language == null) {
                problem(line(tuple.getKeyNode()), "language-unknown", String.valueOf(code));
            } else if (!languages.contains(language)) {
                problem(line(tuple.getKeyNode()), "translation-extra", key, code);
            } else if (texts.containsKey(language)) {
                problem(line(tuple.getKeyNode()), "language-repeated", code);
            } else {
                String value = scalar(tuple.getValueNode(), key);
                if (value == null || value.isBlank()) {
                    gaps.add(new Gap(line(tuple.getValueNode()), language));
                } else {
                    texts.put(language, value.strip());
                }
            }
        }
        for (Language language : languages) {
            if (!texts.containsKey(language) && mapping.getValue().stream()
                    .noneMatch(tuple -> language.tag().equals(valueOf(tuple.getKeyNode())))) {
                gaps.add(new Gap(keyLine(node), language));
            }
        }
        // a text with no language at all is no text: that always rejects
        boolean warning = translationGapsAreWarnings && !texts.isEmpty();
        for (Gap gap : gaps) {
            problem(gap.line(), "translation-missing", warning, key, gap.language().tag());
        }
        return texts;
    }

    private record Gap(int line, Language language) {
    }

    protected String id(Map<String, Node> fields, String key, MappingNode owner) {
        String id = requiredScalar(fields, key, owner);
        if (id != null && (!ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH)) {
            problem(line(fields.get(key)), "id-invalid", id);
            return null;
        }
        return id;
    }

    protected String uniqueId(Map<String, Node> fields, MappingNode owner, Map<String, Integer> seen, String kind) {
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

    protected List<MappingNode> mappings(Map<String, Node> fields, String key, MappingNode owner, boolean required) {
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

    protected String requiredScalar(Map<String, Node> fields, String key, MappingNode owner) {
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

    protected String scalar(Node node, String key) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problem(line(node), "not-text", key);
        return null;
    }

    protected static String valueOf(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** The mapping's fields by key; unknown and repeated keys are problems. */
    protected Map<String, Node> fields(MappingNode mapping, Set<String> allowed) {
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

    protected int keyLine(Node value) {
        return keyLines.getOrDefault(value, line(value));
    }

    protected static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    protected void problem(int line, String kind, String... arguments) {
        problem(line, kind, false, arguments);
    }

    protected void problem(int line, String kind, boolean warning, String... arguments) {
        problems.add(new ContentProblem(file, line, kind, List.of(arguments), warning));
    }
}

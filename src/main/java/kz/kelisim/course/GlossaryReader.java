package kz.kelisim.course;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import kz.kelisim.base.Language;

/**
 * Reads the academy's glossary, {@code courses/glossary.yaml} (format in courses/README.md),
 * reporting every problem with its line.
 */
final class GlossaryReader extends YamlSource {

    static final String FILE = "glossary.yaml";
    private static final Set<String> FILE_KEYS = Set.of("terms");
    private static final Set<String> TERM_KEYS = Set.of("id", "term", "definition", "avoid", "note");

    private final Map<String, Integer> ids = new HashMap<>();

    GlossaryReader(List<ContentProblem> problems) {
        super(FILE, problems);
        useLanguages(List.of(Language.values()));
    }

    List<GlossaryTerm> read(String yaml) {
        MappingNode root = compose(yaml);
        if (root == null) {
            return List.of();
        }
        Map<String, Node> fields = fields(root, FILE_KEYS);
        List<GlossaryTerm> terms = new ArrayList<>();
        for (MappingNode node : mappings(fields, "terms", root, true)) {
            Map<String, Node> term = fields(node, TERM_KEYS);
            String id = uniqueId(term, node, ids, "term");
            LocalizedText name = text(term, "term", node);
            LocalizedText definition = text(term, "definition", node);
            Map<Language, List<String>> avoid = term.containsKey("avoid") ? avoid(term.get("avoid")) : Map.of();
            LocalizedText note = term.containsKey("note") ? text(term, "note", node) : null;
            terms.add(new GlossaryTerm(id, name, definition, avoid, note));
        }
        return terms;
    }

    /** {@code kk: [a, b]} or {@code kk: a}, per language. */
    private Map<Language, List<String>> avoid(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            problem(keyLine(node), "not-per-language", "avoid");
            return Map.of();
        }
        Map<Language, List<String>> avoid = new EnumMap<>(Language.class);
        for (NodeTuple tuple : mapping.getValue()) {
            String code = valueOf(tuple.getKeyNode());
            Language language = code == null ? null
                    : Language.fromTag(code).filter(found -> found.tag().equals(code)).orElse(null);
            if (language == null) {
                problem(line(tuple.getKeyNode()), "language-unknown", String.valueOf(code));
                continue;
            }
            if (avoid.containsKey(language)) {
                problem(line(tuple.getKeyNode()), "language-repeated", code);
                continue;
            }
            List<Node> items = tuple.getValueNode() instanceof SequenceNode sequence ? sequence.getValue()
                    : List.of(tuple.getValueNode());
            List<String> words = new ArrayList<>();
            for (Node item : items) {
                String word = scalar(item, "avoid");
                if (word != null && !word.isBlank()) {
                    words.add(word.strip());
                }
            }
            avoid.put(language, List.copyOf(words));
        }
        return avoid;
    }
}

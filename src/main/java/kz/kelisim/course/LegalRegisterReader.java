package kz.kelisim.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import kz.kelisim.base.Language;

/**
 * Reads the academy's legal-basis register, {@code courses/legal-basis.yaml} (format in
 * courses/README.md), reporting every problem with its line.
 */
final class LegalRegisterReader extends YamlSource {

    static final String FILE = "legal-basis.yaml";
    private static final Set<String> FILE_KEYS = Set.of("acts");
    private static final Set<String> ACT_KEYS = Set.of("id", "kind", "title", "number", "adopted", "in-force", "url",
            "status", "note", "superseded-by", "checked");

    private final Map<String, Integer> ids = new HashMap<>();

    LegalRegisterReader(List<ContentProblem> problems) {
        super(FILE, problems);
        useLanguages(List.of(Language.values()));
    }

    List<LegalAct> read(String yaml) {
        MappingNode root = compose(yaml);
        if (root == null) {
            return List.of();
        }
        Map<String, Node> fields = fields(root, FILE_KEYS);
        List<LegalAct> acts = new ArrayList<>();
        Map<String, Node> supersededBy = new HashMap<>();
        for (MappingNode node : mappings(fields, "acts", root, true)) {
            Map<String, Node> act = fields(node, ACT_KEYS);
            String id = uniqueId(act, node, ids, "act");
            LegalAct.Kind kind = code(act, "kind", node, LegalAct.Kind::fromCode, LegalAct.Kind.codes());
            LocalizedText title = text(act, "title", node);
            String number = act.containsKey("number") ? scalar(act.get("number"), "number") : null;
            LocalDate adopted = requiredDate(act, "adopted", node);
            LocalDate inForce = act.containsKey("in-force") ? day(act.get("in-force"), "in-force") : null;
            if (adopted != null && inForce != null && inForce.isBefore(adopted)) {
                problem(line(act.get("in-force")), "in-force-before-adopted", inForce.toString(), adopted.toString());
            }
            String url = act.containsKey("url") ? webAddress(act.get("url"), "url") : null;
            if (!act.containsKey("url")) {
                problem(line(node), "missing", "url");
            }
            LegalAct.Status status = code(act, "status", node, LegalAct.Status::fromCode, LegalAct.Status.codes());
            LocalizedText note = act.containsKey("note") ? text(act, "note", node) : null;
            String successor = null;
            if (act.containsKey("superseded-by")) {
                successor = scalar(act.get("superseded-by"), "superseded-by");
                successor = successor == null ? null : successor.strip();
                if (successor != null && successor.equals(id)) {
                    problem(line(act.get("superseded-by")), "superseded-by-itself", id);
                    successor = null;
                } else if (successor != null) {
                    supersededBy.put(successor, act.get("superseded-by"));
                }
            }
            LocalDate checked = requiredDate(act, "checked", node);
            acts.add(new LegalAct(id, kind, title, blankToNull(number), adopted, inForce, url, status, note, successor,
                    checked));
        }
        // the act that replaced another may be written after it
        supersededBy.forEach((successor, node) -> {
            if (!ids.containsKey(successor)) {
                problem(line(node), "superseded-by-unknown", successor);
            }
        });
        return acts;
    }

    private <T> T code(Map<String, Node> fields, String key, MappingNode owner,
            java.util.function.Function<String, java.util.Optional<T>> parse, String allowed) {
        String code = requiredScalar(fields, key, owner);
        if (code == null) {
            return null;
        }
        return parse.apply(code).orElseGet(() -> {
            problem(line(fields.get(key)), "code-unknown", key, code, allowed);
            return null;
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

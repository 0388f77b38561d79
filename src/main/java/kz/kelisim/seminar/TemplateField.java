package kz.kelisim.seminar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of the conflict-analysis template every workspace is made of. Table fields hold rows
 * (JSON: a list of objects with the field's {@link #columns()}), the escalation stage one of Glasl's
 * nine stages ("1" to "9"), the others free text.
 */
public enum TemplateField {

    PARTIES("parties", List.of("name", "position", "interests", "needs")),
    RELATIONSHIPS("relationships", List.of("between", "nature")),
    ESCALATION("escalation", List.of()),
    ROOT_CAUSES("causes", List.of()),
    CORE_PROBLEM("core", List.of()),
    EFFECTS("effects", List.of()),
    STEPS("steps", List.of("action", "who", "when")),
    NOTES("notes", List.of());

    /** Glasl's model has nine stages of escalation. */
    public static final int STAGES = 9;
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_ROWS = 30;

    private final String key;
    private final List<String> columns;

    TemplateField(String key, List<String> columns) {
        this.key = key;
        this.columns = columns;
    }

    /** The field's name in the database and in translation keys ({@code exercise.field.<key>}). */
    public String key() {
        return key;
    }

    /** The columns of a table field; empty for a text field. */
    public List<String> columns() {
        return columns;
    }

    public boolean isTable() {
        return !columns.isEmpty();
    }

    /** A table field's rows from its stored value; none for an empty or unreadable value. */
    public static List<Map<String, String>> rows(String value) {
        if (value == null || value.isBlank()) {
            return new ArrayList<>();
        }
        try {
            return new ArrayList<>(JsonMapper.shared().readValue(value, new TypeReference<List<Map<String, String>>>() {
            }));
        } catch (JacksonException unreadable) {
            return new ArrayList<>();
        }
    }

    /** The stored value of a table field's rows; rows with nothing written are left out. */
    public static String value(List<Map<String, String>> rows) {
        List<Map<String, String>> written = rows.stream()
                .filter(row -> row.values().stream().anyMatch(cell -> cell != null && !cell.isBlank()))
                .map(LinkedHashMap::new).map(row -> (Map<String, String>) row).toList();
        return written.isEmpty() ? "" : JsonMapper.shared().writeValueAsString(written);
    }

    /** A field's value as a person reads it: a table's rows one per line, cells separated by " · ". */
    public String readable(String value) {
        if (!isTable()) {
            return value == null ? "" : value;
        }
        return String.join("\n", rows(value).stream().map(row -> String.join(" · ",
                columns.stream().map(column -> row.getOrDefault(column, "")).toList())).toList());
    }

    public static Optional<TemplateField> byKey(String key) {
        for (TemplateField field : values()) {
            if (field.key.equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}

package kz.kelisim.course;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import kz.kelisim.base.Language;

/**
 * Reads one seminar-training programme, {@code courses/programmes/<id>.yaml} (format in
 * courses/README.md), checking its links to courses and their modules, with the line of every problem.
 */
final class ProgrammeReader extends YamlSource {

    static final int MAX_SESSION_HOURS = 12;
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Set<String> FILE_KEYS = Set.of("id", "title", "description", "courses", "days");
    private static final Set<String> DAY_KEYS = Set.of("day", "sessions");
    private static final Set<String> SESSION_KEYS = Set.of("start", "end", "kind", "hours", "topic", "modules");

    private final String fileId;
    private final Map<String, Set<String>> modulesByCourse;

    /**
     * @param fileId the file name without {@code .yaml}, which the id must equal
     * @param modulesByCourse the courses there are, with their module ids
     */
    ProgrammeReader(String file, String fileId, Map<String, Set<String>> modulesByCourse,
            List<ContentProblem> problems) {
        super(file, problems);
        this.fileId = fileId;
        this.modulesByCourse = modulesByCourse;
        useLanguages(List.of(Language.values()));
    }

    SeminarProgramme read(String yaml) {
        MappingNode root = compose(yaml);
        if (root == null) {
            return null;
        }
        Map<String, Node> fields = fields(root, FILE_KEYS);
        String id = id(fields, "id", root);
        if (id != null && !id.equals(fileId)) {
            problem(line(fields.get("id")), "programme-id-mismatch", id, fileId);
        }
        LocalizedText title = text(fields, "title", root);
        LocalizedText description = fields.containsKey("description") ? text(fields, "description", root)
                : new LocalizedText(Map.of());
        Map<String, Integer> courses = idList(fields.get("courses"), "courses");
        if (!fields.containsKey("courses")) {
            problem(line(root), "missing", "courses");
        } else if (courses.isEmpty() && fields.get("courses") instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
            problem(keyLine(fields.get("courses")), "list-empty", "courses");
        }
        courses.forEach((course, line) -> {
            if (!modulesByCourse.containsKey(course)) {
                problem(line, "programme-course-unknown", course);
            }
        });
        List<SeminarProgramme.Day> days = new ArrayList<>();
        Map<Integer, Integer> dayLines = new HashMap<>();
        for (MappingNode node : mappings(fields, "days", root, true)) {
            SeminarProgramme.Day day = day(node, courses.keySet(), dayLines);
            if (day != null) {
                days.add(day);
            }
        }
        days.sort(Comparator.comparingInt(SeminarProgramme.Day::day));
        return new SeminarProgramme(id, title, description, List.copyOf(courses.keySet()), days);
    }

    private SeminarProgramme.Day day(MappingNode node, Set<String> courses, Map<Integer, Integer> dayLines) {
        Map<String, Node> fields = fields(node, DAY_KEYS);
        Integer number = null;
        Node dayNode = fields.get("day");
        if (dayNode == null) {
            problem(line(node), "missing", "day");
        } else {
            number = wholeNumber(dayNode, "day", 1, 366, "programme-day-invalid");
            if (number != null) {
                Integer first = dayLines.putIfAbsent(number, line(dayNode));
                if (first != null) {
                    problem(line(dayNode), "day-repeated", String.valueOf(number), String.valueOf(first));
                }
            }
        }
        List<SeminarProgramme.Session> sessions = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (MappingNode session : mappings(fields, "sessions", node, true)) {
            SeminarProgramme.Session read = session(session, courses);
            if (read != null) {
                sessions.add(read);
                lines.add(line(session));
            }
        }
        // sessions of one day may not overlap (a trainee cannot be in two at once)
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> sessions.get(i).start()));
        for (int k = 1; k < order.size(); k++) {
            SeminarProgramme.Session before = sessions.get(order.get(k - 1));
            SeminarProgramme.Session after = sessions.get(order.get(k));
            if (after.start().isBefore(before.end())) {
                problem(lines.get(order.get(k)), "sessions-overlap", after.start().toString(), before.start().toString(),
                        before.end().toString());
            }
        }
        List<SeminarProgramme.Session> sorted = order.stream().map(sessions::get).toList();
        return number == null ? null : new SeminarProgramme.Day(number, sorted);
    }

    private SeminarProgramme.Session session(MappingNode node, Set<String> courses) {
        Map<String, Node> fields = fields(node, SESSION_KEYS);
        LocalTime start = time(fields, "start", node);
        LocalTime end = time(fields, "end", node);
        if (start != null && end != null && !end.isAfter(start)) {
            problem(line(fields.get("end")), "end-not-after-start", end.toString(), start.toString());
        }
        SeminarProgramme.Kind kind = null;
        String code = requiredScalar(fields, "kind", node);
        if (code != null) {
            kind = SeminarProgramme.Kind.fromCode(code).orElse(null);
            if (kind == null) {
                problem(line(fields.get("kind")), "code-unknown", "kind", code, SeminarProgramme.Kind.codes());
            }
        }
        Integer hours = null;
        if (!fields.containsKey("hours")) {
            problem(line(node), "missing", "hours");
        } else {
            hours = wholeNumber(fields.get("hours"), "hours", 1, MAX_SESSION_HOURS, "session-hours-invalid");
        }
        LocalizedText topic = text(fields, "topic", node);
        List<SeminarProgramme.ModuleLink> modules = new ArrayList<>();
        Node modulesNode = fields.get("modules");
        if (modulesNode instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                SeminarProgramme.ModuleLink link = moduleLink(item, courses);
                if (link != null) {
                    modules.add(link);
                }
            }
        } else if (modulesNode != null) {
            problem(keyLine(modulesNode), "not-a-list", "modules");
        }
        if (start == null || end == null || kind == null || hours == null) {
            return null;
        }
        return new SeminarProgramme.Session(start, end, kind, hours, topic, modules);
    }

    private SeminarProgramme.ModuleLink moduleLink(Node item, Set<String> courses) {
        String value = scalar(item, "modules");
        if (value == null) {
            return null;
        }
        String[] parts = value.strip().split("/", -1);
        if (parts.length != 2 || !ID.matcher(parts[0]).matches() || !ID.matcher(parts[1]).matches()) {
            problem(line(item), "module-link-invalid", value.strip());
            return null;
        }
        if (!courses.contains(parts[0])) {
            problem(line(item), "module-course-not-listed", value.strip(), parts[0]);
            return null;
        }
        Set<String> modules = modulesByCourse.get(parts[0]);
        if (modules == null) {
            return null; // the unknown course is reported where it is listed
        }
        if (!modules.contains(parts[1])) {
            problem(line(item), "module-unknown", parts[1], parts[0]);
            return null;
        }
        return new SeminarProgramme.ModuleLink(parts[0], parts[1]);
    }

    private LocalTime time(Map<String, Node> fields, String key, MappingNode owner) {
        String value = requiredScalar(fields, key, owner);
        if (value == null) {
            return null;
        }
        if (!TIME.matcher(value).matches()) {
            problem(line(fields.get(key)), "time-invalid", key, value);
            return null;
        }
        return LocalTime.parse(value);
    }

    private Integer wholeNumber(Node node, String key, int min, int max, String kind) {
        String value = scalar(node, key);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(line(node), kind, value, String.valueOf(max));
        return null;
    }
}

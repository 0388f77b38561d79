package kz.kelisim.course;

import java.util.List;

/**
 * One thing wrong with a course folder: the file (relative to the courses folder), the line
 * (1-based; 0 when the whole file is meant) and what is wrong, as a translation key
 * {@code course.problem.<kind>} with its arguments. A {@code warning} (a translation gap in a
 * question bank) is reported but does not stop the course from loading; every other problem does.
 */
public record ContentProblem(String file, int line, String kind, List<String> arguments, boolean warning) {

    /** A problem that rejects the folder. */
    public ContentProblem(String file, int line, String kind, List<String> arguments) {
        this(file, line, kind, arguments, false);
    }

    public String messageKey() {
        return "course.problem." + kind;
    }

    /** The place as authors write it: {@code folder/course.yaml:14}. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }

    /** Whether any of the problems rejects the folder (anything but a warning). */
    public static boolean anyRejects(List<ContentProblem> problems) {
        return problems.stream().anyMatch(problem -> !problem.warning());
    }

    @Override
    public String toString() {
        return location() + ": " + kind + " " + arguments + (warning ? " (warning)" : "");
    }
}

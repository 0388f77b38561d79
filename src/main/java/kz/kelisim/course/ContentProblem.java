package kz.kelisim.course;

import java.util.List;

/**
 * One thing wrong with a course folder: the file (relative to the courses folder), the line
 * (1-based; 0 when the whole file is meant) and what is wrong, as a translation key
 * {@code course.problem.<kind>} with its arguments.
 */
public record ContentProblem(String file, int line, String kind, List<String> arguments) {

    public String messageKey() {
        return "course.problem." + kind;
    }

    /** The place as authors write it: {@code folder/course.yaml:14}. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public String toString() {
        return location() + ": " + kind + " " + arguments;
    }
}

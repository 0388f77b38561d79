package kz.kelisim.course;

import java.util.Arrays;
import java.util.Optional;

/** What a lesson activity is; the code is how course.yaml names it. */
public enum ActivityType {
    READING("reading", true),
    VIDEO("video", false),
    FILE("file", false),
    QUIZ("quiz", false),
    CASE_STUDY("case-study", true),
    GROUP_EXERCISE("group-exercise", true),
    /** One of the academy's shared forms ({@code courses/forms/<form-id>.<lang>.md}), to fill by hand. */
    FORM("form", false);

    private final String code;
    private final boolean hasBody;

    ActivityType(String code, boolean hasBody) {
        this.code = code;
        this.hasBody = hasBody;
    }

    public String code() {
        return code;
    }

    /** True for activities with a Markdown body of their own ({@code <activity-id>.<lang>.md}). */
    public boolean hasBody() {
        return hasBody;
    }

    public static Optional<ActivityType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(ActivityType::code).toList());
    }
}

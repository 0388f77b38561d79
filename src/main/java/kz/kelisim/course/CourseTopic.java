package kz.kelisim.course;

import java.util.Arrays;
import java.util.Optional;

/** The academy's subject areas, used to filter the catalogue. */
public enum CourseTopic {
    KAZAKHSTAN_STUDIES("kazakhstan-studies"),
    INTERETHNIC_CONFLICTS("interethnic-conflicts"),
    ETHNOMEDIATION("ethnomediation"),
    INTERCONFESSIONAL_ACCORD("interconfessional-accord"),
    STATE_POLICY("state-policy"),
    OTHER("other");

    private final String code;

    CourseTopic(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<CourseTopic> fromCode(String code) {
        return Arrays.stream(values()).filter(topic -> topic.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(CourseTopic::code).toList());
    }
}

package kz.kelisim.course;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * An act of the academy's legal-basis register ({@code courses/legal-basis.yaml}) as its file gives
 * it. What staff later record about it (amended, superseded) is kept apart, in the database.
 *
 * @param number the official number, or null
 * @param inForce the date it took effect, or null
 * @param note what a reader must know about it, or null
 * @param supersededBy the id of the act that replaced it, or null
 * @param checked when the entry was last checked against its source
 */
public record LegalAct(String id, Kind kind, LocalizedText title, String number, LocalDate adopted,
        LocalDate inForce, String url, Status status, LocalizedText note, String supersededBy, LocalDate checked) {

    /** What sort of act it is; the code is how the register names it. */
    public enum Kind {
        CONSTITUTION, CONSTITUTIONAL_LAW, CODE, LAW, DECREE, RESOLUTION, CONCEPT, PROGRAMME, INTERNATIONAL, OTHER;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Optional<Kind> fromCode(String code) {
            return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
        }

        public static String codes() {
            return String.join(", ", Arrays.stream(values()).map(Kind::code).toList());
        }
    }

    /**
     * Where the act stands, as the register's file says; {@code UNCLEAR} when its authors could not
     * confirm from a published source whether it is still in force (its note says what was looked at).
     */
    public enum Status {
        IN_FORCE, AMENDED, SUPERSEDED, REPEALED, PENDING, UNCLEAR;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Optional<Status> fromCode(String code) {
            return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
        }

        public static String codes() {
            return String.join(", ", Arrays.stream(values()).map(Status::code).toList());
        }

        /** No longer the law: cited only as history. */
        public boolean historical() {
            return this == SUPERSEDED || this == REPEALED;
        }
    }
}

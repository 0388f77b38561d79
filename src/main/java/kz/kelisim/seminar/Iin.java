package kz.kelisim.seminar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Kazakhstan's individual identification number (ЖСН / ИИН): 12 digits, the birth date (YYMMDD),
 * a digit giving the century of birth and sex (1-2: 1800s, 3-4: 1900s, 5-6: 2000s; odd for men,
 * even for women), four serial digits and a check digit. The check digit is the weighted sum of the
 * first eleven digits (weights 1 to 11) modulo 11; if that is 10, the weights 3 to 11, 1, 2 are used
 * instead, and if it is 10 again the number is never issued.
 * <p>
 * It is personal data: shown only masked ({@link #masked(String)}) outside the person's own profile.
 */
public final class Iin {

    /** Why a number is not a valid IIN, as a translation key suffix ({@code iin.error.<reason>}). */
    public enum Problem {
        FORMAT, DATE, CENTURY, CHECK_DIGIT
    }

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private Iin() {
    }

    /** What is wrong with the number, or empty when it is a valid IIN. Spaces are not allowed. */
    public static Optional<Problem> problem(String iin) {
        if (iin == null || !iin.matches("\\d{12}")) {
            return Optional.of(Problem.FORMAT);
        }
        int centuryDigit = iin.charAt(6) - '0';
        if (centuryDigit < 1 || centuryDigit > 6) {
            return Optional.of(Problem.CENTURY);
        }
        if (birthDate(iin).isEmpty()) {
            return Optional.of(Problem.DATE);
        }
        int check = checkDigit(iin);
        if (check == 10 || check != iin.charAt(11) - '0') {
            return Optional.of(Problem.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    public static boolean isValid(String iin) {
        return problem(iin).isEmpty();
    }

    /** The birth date the number holds, if its date part and century digit make a real date. */
    public static Optional<LocalDate> birthDate(String iin) {
        int century = switch (iin.charAt(6)) {
            case '1', '2' -> 1800;
            case '3', '4' -> 1900;
            case '5', '6' -> 2000;
            default -> -1;
        };
        if (century < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(century + Integer.parseInt(iin.substring(0, 2)),
                    Integer.parseInt(iin.substring(2, 4)), Integer.parseInt(iin.substring(4, 6))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "male" or "female" from the century digit of a valid number. */
    public static String sex(String iin) {
        return (iin.charAt(6) - '0') % 2 == 1 ? "male" : "female";
    }

    /** The check digit for the first eleven digits; 10 means no valid number has them. */
    static int checkDigit(String iin) {
        int first = weighted(iin, FIRST_WEIGHTS) % 11;
        if (first != 10) {
            return first;
        }
        return weighted(iin, SECOND_WEIGHTS) % 11;
    }

    private static int weighted(String iin, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (iin.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /** "••••••••1234": only the serial's last digits, never the birth date. Empty for none. */
    public static String masked(String iin) {
        if (iin == null || iin.length() < 4) {
            return "";
        }
        return "••••••••" + iin.substring(iin.length() - 4);
    }
}

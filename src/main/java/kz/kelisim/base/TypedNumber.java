package kz.kelisim.base;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as people type it in Kazakhstan: a decimal comma or point ("3,5", "3.5"), spaces,
 * no-break or narrow no-break spaces between thousands ("1 000"), and a trailing unit word or sign
 * ("2008 ж.", "2008 жыл", "2008 год", "15 %"). What cannot be read as one number, or could be read
 * as two ("1,000": one thousand or one?), is refused with the reason, so nothing is saved that would
 * silently be marked wrong.
 */
public final class TypedNumber {

    /** Digits with separators, then an optional unit: a percent sign or one word of letters (with dots). */
    private static final Pattern SHAPE = Pattern.compile("([+-]?)([0-9][0-9 .,]*)(?:\\s*(%|\\p{L}[\\p{L}.]{0,15}))?");
    private static final Pattern SPACE_GROUPS = Pattern.compile("[0-9]{1,3}( [0-9]{3})+([.,][0-9]+)?");
    private static final Pattern PLAIN = Pattern.compile("[0-9]+([.,][0-9]+)?");
    private static final Pattern COMMA_GROUPS = Pattern.compile("[1-9][0-9]{0,2}(,[0-9]{3})+(\\.[0-9]+)?");
    private static final Pattern POINT_GROUPS = Pattern.compile("[1-9][0-9]{0,2}(\\.[0-9]{3})+(,[0-9]+)?");
    /** One separator with exactly three digits after a short whole part: "1,000" or "2.500". */
    private static final Pattern AMBIGUOUS = Pattern.compile("[1-9][0-9]{0,2}[.,][0-9]{3}");

    /** What was read: the value, or the reason it could not be (a translation key taking the text). */
    public record Reading(BigDecimal value, String problemKey) {

        public boolean isNumber() {
            return value != null;
        }
    }

    public static final String NOT_A_NUMBER = "number.problem.not-a-number";
    public static final String AMBIGUOUS_SEPARATOR = "number.problem.ambiguous";

    private TypedNumber() {
    }

    /** Reads {@code typed}; a blank text is no number ({@link #NOT_A_NUMBER}). */
    public static Reading read(String typed) {
        if (typed == null) {
            return new Reading(null, NOT_A_NUMBER);
        }
        String text = typed.strip().replace('\u2212', '-').replace('\u00A0', ' ').replace('\u202F', ' ')
                .replace('\u2009', ' ').replaceAll(" +", " ");
        Matcher shape = SHAPE.matcher(text);
        if (!shape.matches()) {
            return new Reading(null, NOT_A_NUMBER);
        }
        String sign = shape.group(1);
        String digits = shape.group(2).strip();
        String plain;
        if (digits.contains(" ")) {
            if (!SPACE_GROUPS.matcher(digits).matches()) {
                return new Reading(null, NOT_A_NUMBER);
            }
            plain = digits.replace(" ", "").replace(',', '.');
        } else if (AMBIGUOUS.matcher(digits).matches()) {
            return new Reading(null, AMBIGUOUS_SEPARATOR);
        } else if (COMMA_GROUPS.matcher(digits).matches()) {
            plain = digits.replace(",", "");
        } else if (POINT_GROUPS.matcher(digits).matches()) {
            plain = digits.replace(".", "").replace(',', '.');
        } else if (PLAIN.matcher(digits).matches()) {
            plain = digits.replace(',', '.');
        } else {
            return new Reading(null, NOT_A_NUMBER);
        }
        return new Reading(new BigDecimal(sign + plain), null);
    }
}

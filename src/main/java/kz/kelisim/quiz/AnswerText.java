package kz.kelisim.quiz;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Makes typed answers comparable the way a trainer would: case, spacing and surrounding
 * punctuation do not matter; in a word that has Cyrillic letters, Latin letters that look like
 * Cyrillic ones (typed on the wrong keyboard layout) count as those Cyrillic letters; Russian ё
 * counts as е. Words wholly in Latin letters stay as they are, so English answers compare as English.
 * Kazakh letters are never equated with the Russian letters they resemble: қ is not к, ү is not у,
 * і is not и.
 */
public final class AnswerText {

    /** Latin (and IPA) letters that look like Cyrillic ones, case by case. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('A', 'А'), Map.entry('a', 'а'), Map.entry('B', 'В'), Map.entry('C', 'С'), Map.entry('c', 'с'),
            Map.entry('E', 'Е'), Map.entry('e', 'е'), Map.entry('H', 'Н'), Map.entry('h', 'һ'), Map.entry('I', 'І'),
            Map.entry('i', 'і'), Map.entry('K', 'К'), Map.entry('k', 'к'), Map.entry('M', 'М'), Map.entry('O', 'О'),
            Map.entry('o', 'о'), Map.entry('P', 'Р'), Map.entry('p', 'р'), Map.entry('T', 'Т'), Map.entry('X', 'Х'),
            Map.entry('x', 'х'), Map.entry('y', 'у'), Map.entry('Ə', 'Ә'), Map.entry('ə', 'ә'),
            Map.entry('Ɵ', 'Ө'), Map.entry('ɵ', 'ө'), Map.entry('ё', 'е'), Map.entry('Ё', 'Е'));

    private static final String SURROUNDING_PUNCTUATION = ".,;:!?\"'«»“”„‘’()[]-–— ";
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private AnswerText() {
    }

    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String composed = Normalizer.normalize(typed, Normalizer.Form.NFC).replaceAll("[\u200B-\u200D\uFEFF]", "");
        StringBuilder text = new StringBuilder(composed.length());
        for (String word : composed.split("[\\s\\p{Z}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            boolean cyrillic = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
            for (char c : word.toCharArray()) {
                text.append(cyrillic || c == 'ё' || c == 'Ё' ? LOOK_ALIKES.getOrDefault(c, c) : c);
            }
        }
        String lower = text.toString().toLowerCase(Locale.ROOT);
        int start = 0;
        int end = lower.length();
        while (start < end && SURROUNDING_PUNCTUATION.indexOf(lower.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && SURROUNDING_PUNCTUATION.indexOf(lower.charAt(end - 1)) >= 0) {
            end--;
        }
        return lower.substring(start, end).strip();
    }

    /** A number as a person writes it: 2011, 0.5, -100; no trailing zeros, no exponent. */
    public static String plainNumber(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Reads a typed number: digits with a decimal point or comma, spaces between thousands allowed;
     * null for anything else (words, NaN, infinity, hexadecimal, exponents).
     */
    public static Double number(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.strip().replaceAll("[\\s\\p{Z}]", "");
        if (!NUMBER.matcher(plain).matches()) {
            return null;
        }
        return Double.valueOf(plain.replace(',', '.'));
    }
}

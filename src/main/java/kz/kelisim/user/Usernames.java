package kz.kelisim.user;

import java.util.Locale;
import java.util.Map;

/**
 * User names made from a person's name, in plain Latin letters anyone can type on any keyboard:
 * the first word of the name and the second word's initial, "Жақсылықова Әсел" → "zhaksylykova.a".
 */
final class Usernames {

    private static final int MAX_STEM = 40;

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('ә', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ғ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('қ', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "n"), Map.entry('о', "o"),
            Map.entry('ө', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"),
            Map.entry('һ', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('і', "i"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    private Usernames() {
    }

    static String fromName(String fullName) {
        String[] words = fullName.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String first = latin(words[0]);
        String initial = words.length > 1 ? latin(words[1]) : "";
        String stem = first.isEmpty() ? "trainee" : first;
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM);
        }
        return initial.isEmpty() ? stem : stem + "." + initial.charAt(0);
    }

    private static String latin(String word) {
        StringBuilder latin = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                latin.append(c);
            } else {
                latin.append(LATIN.getOrDefault(c, ""));
            }
        }
        return latin.toString();
    }
}

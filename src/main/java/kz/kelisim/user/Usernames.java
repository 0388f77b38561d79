package kz.kelisim.user;

import java.util.Locale;

import kz.kelisim.base.Latin;

/**
 * User names made from a person's name, in plain Latin letters anyone can type on any keyboard:
 * the first word of the name and the second word's initial, "Жақсылықова Әсел" → "zhaksylykova.a".
 */
final class Usernames {

    private static final int MAX_STEM = 40;

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
        return Latin.of(word).replace(" ", "");
    }
}

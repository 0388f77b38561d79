package kz.kelisim.course;

import java.util.EnumMap;
import java.util.Map;

import kz.kelisim.base.Language;

/** A text written in some of Kelisim's languages (a course title, a lesson body). */
public record LocalizedText(Map<Language, String> texts) {

    public LocalizedText {
        texts = texts.isEmpty() ? Map.of() : new EnumMap<>(texts);
    }

    /** The text in the language, or in the first of kk, ru, en that exists; empty string if none. */
    public String in(Language language) {
        String text = texts.get(language);
        if (text != null) {
            return text;
        }
        for (Language other : Language.values()) {
            if (texts.containsKey(other)) {
                return texts.get(other);
            }
        }
        return "";
    }
}

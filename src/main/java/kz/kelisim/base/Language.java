package kz.kelisim.base;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of Kelisim: Kazakh first (the default), then Russian and English. */
public enum Language {
    KK("kk"),
    RU("ru"),
    EN("en");

    public static final Language DEFAULT = KK;

    private final String tag;
    private final Locale locale;

    Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a tag such as {@code "ru"} or {@code "ru-KZ"}; empty for any other. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.trim()).getLanguage();
        return Arrays.stream(values()).filter(language -> language.tag.equals(primary)).findFirst();
    }

    public static Optional<Language> of(Locale locale) {
        return locale == null ? Optional.empty() : fromTag(locale.toLanguageTag());
    }
}

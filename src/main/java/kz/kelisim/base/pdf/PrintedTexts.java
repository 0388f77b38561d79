package kz.kelisim.base.pdf;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import kz.kelisim.base.Language;

/**
 * The fixed texts of a printed document in one language, from the same translation bundles as the
 * screens ({@code vaadin-i18n/translations_*.properties}). A document template names them as
 * {@code ${kk.t('key')}}, {@code ${ru.t('key', argument)}}: a bilingual certificate reads both.
 */
public final class PrintedTexts {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final ResourceBundle bundle;

    private PrintedTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
    }

    public static PrintedTexts of(Language language) {
        return new PrintedTexts(language);
    }

    public Language language() {
        return language;
    }

    /** The text for the key; a missing key fails, so a document never prints a placeholder. */
    public String t(String key) {
        return bundle.getString(key);
    }

    public String t(String key, Object first) {
        return format(key, first);
    }

    public String t(String key, Object first, Object second) {
        return format(key, first, second);
    }

    public String t(String key, Object first, Object second, Object third) {
        return format(key, first, second, third);
    }

    private String format(String key, Object... arguments) {
        Locale locale = language.locale();
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}

package kz.kelisim.browser;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The translation bundles, so a journey expects exactly the text a reader of its language is given. */
final class Texts {

    private Texts() {
    }

    static String of(String language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language))
                .format(arguments);
    }
}

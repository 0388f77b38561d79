package kz.kelisim.ui.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import kz.kelisim.base.Language;

/**
 * Translations from {@code vaadin-i18n/translations_{kk,ru,en}.properties} (UTF-8). A missing key
 * shows as {@code !key!} and is logged, never silently replaced by another language; a test keeps
 * the three bundles in step.
 */
@Component
public class KelisimI18NProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(KelisimI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.of(locale).orElse(Language.DEFAULT);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, language);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
    }
}

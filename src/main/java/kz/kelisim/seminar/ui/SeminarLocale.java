package kz.kelisim.seminar.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;

import kz.kelisim.base.Language;

/** The reader's locale and language for the seminar tabs, which are built outside a view. */
final class SeminarLocale {

    private SeminarLocale() {
    }

    static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    static Language language() {
        return Language.of(locale()).orElse(Language.DEFAULT);
    }
}

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

    /**
     * Marks a text written in another language than the reader's (a session titled in Kazakh only,
     * read in Russian): its {@code lang} for screen readers, and a note saying which language it is.
     */
    static <C extends com.vaadin.flow.component.HasComponents & com.vaadin.flow.component.HasElement> C written(
            C text, Language writtenIn) {
        if (writtenIn != language()) {
            text.getElement().setAttribute("lang", writtenIn.tag());
            com.vaadin.flow.component.html.Span note = new com.vaadin.flow.component.html.Span(
                    UI.getCurrent().getTranslation("language.written-in." + writtenIn.tag()));
            note.addClassName("written-in");
            note.getElement().setAttribute("lang", language().tag());
            text.add(note);
        }
        return text;
    }
}

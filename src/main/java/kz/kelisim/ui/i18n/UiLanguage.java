package kz.kelisim.ui.i18n;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import kz.kelisim.base.Language;

/**
 * Chooses each new UI's language: the language chosen in this browser session (on the sign-in page
 * or in the header), else the person's saved language, else Kazakh. The last explicit choice wins
 * and is remembered for the person.
 */
@Component
public class UiLanguage implements VaadinServiceInitListener {

    private final LanguagePreference preference;

    UiLanguage(LanguagePreference preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), resolve(init.getUI().getSession())));
    }

    /** Switches the current UI to the language, remembers it, and reloads the page so every text follows. */
    public void switchTo(Language language) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(Language.class, language);
        preference.save(language);
        apply(ui, language);
        ui.getPage().reload();
    }

    Language resolve(VaadinSession session) {
        Optional<Language> chosen = Optional.ofNullable(session.getAttribute(Language.class));
        Optional<Language> saved = preference.saved();
        if (chosen.isPresent() && !chosen.equals(saved)) {
            preference.save(chosen.get());
        }
        return chosen.or(() -> saved).orElse(Language.DEFAULT);
    }

    private static void apply(UI ui, Language language) {
        ui.setLocale(language.locale());
        ui.getElement().executeJs("document.documentElement.lang = $0", language.tag());
    }
}

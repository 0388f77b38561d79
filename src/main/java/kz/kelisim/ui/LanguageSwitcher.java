package kz.kelisim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

import kz.kelisim.base.Language;
import kz.kelisim.ui.i18n.UiLanguage;

/** Қаз · Рус · Eng: each language named in itself, the current one marked for screen readers too. */
public class LanguageSwitcher extends Div {

    public LanguageSwitcher(UiLanguage uiLanguage) {
        addClassName("language-switcher");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("language.switcher"));
        Language current = Language.of(getLocale()).orElse(Language.DEFAULT);
        for (Language language : Language.values()) {
            Button button = new Button(getTranslation("language." + language.tag() + ".short"),
                    click -> uiLanguage.switchTo(language));
            button.setId("language-" + language.tag());
            button.getElement().setAttribute("lang", language.tag());
            button.getElement().setAttribute("title", getTranslation("language." + language.tag()));
            button.getElement().setAttribute("aria-pressed", Boolean.toString(language == current));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    language == current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            add(button);
        }
    }
}

package kz.kelisim.ui.i18n;

import java.util.Optional;

import kz.kelisim.base.Language;

/** Where the signed-in person's language is remembered (implemented by the accounts feature). */
public interface LanguagePreference {

    /** The saved language of the signed-in person; empty when anonymous or never chosen. */
    Optional<Language> saved();

    /** Remembers the language for the signed-in person; does nothing for an anonymous visitor. */
    void save(Language language);
}

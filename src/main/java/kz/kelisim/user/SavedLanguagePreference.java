package kz.kelisim.user;

import java.util.Optional;

import org.springframework.stereotype.Component;

import kz.kelisim.base.Language;
import kz.kelisim.security.CurrentUser;
import kz.kelisim.ui.i18n.LanguagePreference;

/** Remembers the UI language in the person's account, so it follows them to any device. */
@Component
class SavedLanguagePreference implements LanguagePreference {

    private final UserService users;
    private final CurrentUser currentUser;

    SavedLanguagePreference(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Language> saved() {
        return users.myLanguage();
    }

    @Override
    public void save(Language language) {
        if (currentUser.principal().isPresent()) {
            users.changeMyLanguage(language);
        }
    }
}

package kz.kelisim.user;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import kz.kelisim.user.ui.ProfileView;

/**
 * Someone who signed in with a password set by someone else (a generated administrator password,
 * a temporary password from an import) sees only the profile page until they choose their own.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final UserService users;

    PasswordChangeGuard(UserService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != ProfileView.class && !event.isErrorEvent()
                && users.mustChangeMyPassword()) {
            event.rerouteTo(ProfileView.class);
        }
    }
}

package kz.kelisim.user;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

import kz.kelisim.UiTest;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.Roles;
import kz.kelisim.ui.DashboardView;
import kz.kelisim.user.ui.ProfileView;

@Transactional
class ProfileViewTest extends UiTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    AccountDirectory directory;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void trainee_changes_the_password_through_the_form() {
        signInAs("trainee4");
        UI.getCurrent().navigate(ProfileView.class);

        fillPasswordForm(DemoAccounts.PASSWORD, "бірлік-пен-келісім", "бірлік-пен-келісім");
        _click(_get(Button.class, spec -> spec.withId("password-save")));

        expectNotifications("Құпиясөз өзгертілді.");
        assertThat(passwordEncoder.matches("бірлік-пен-келісім", passwordHashOf("trainee4"))).isTrue();
    }

    @Test
    void mismatched_confirmation_is_shown_on_the_field_and_changes_nothing() {
        signInAs("trainee4");
        UI.getCurrent().navigate(ProfileView.class);
        String before = passwordHashOf("trainee4");

        fillPasswordForm(DemoAccounts.PASSWORD, "бірлік-пен-келісім", "басқа-құпиясөз-мүлде");
        _click(_get(Button.class, spec -> spec.withId("password-save")));

        PasswordField confirm = _get(PasswordField.class, spec -> spec.withId("password-confirm"));
        assertThat(confirm.isInvalid()).isTrue();
        assertThat(confirm.getErrorMessage()).isEqualTo("Құпиясөздер сәйкес келмейді.");
        assertThat(passwordHashOf("trainee4")).isEqualTo(before);
    }

    @Test
    void wrong_current_password_becomes_a_translated_message_from_the_error_handler() {
        signInAs("trainee4");
        UI.getCurrent().navigate(ProfileView.class);

        fillPasswordForm("not-my-password", "бірлік-пен-келісім", "бірлік-пен-келісім");
        Button save = _get(Button.class, spec -> spec.withId("password-save"));
        Throwable thrown = catchThrowable(() -> _click(save));
        assertThat(thrown).isInstanceOf(RuleViolation.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));

        expectNotifications("Қазіргі құпиясөз қате.");
    }

    @Test
    void person_with_a_given_password_is_sent_to_the_profile_until_they_choose_their_own() {
        directory.createIfAbsent("newcomer", "temporary-pass-1", "Ғалия Үсенова", Set.of(Roles.TRAINEE), true);
        signInAs("newcomer");

        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Менің профилім");
        _get(Paragraph.class, spec -> spec.withId("must-change-password"));

        fillPasswordForm("temporary-pass-1", "өз-құпиясөзім-2026", "өз-құпиясөзім-2026");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Қош келдіңіз, Ғалия Үсенова!");
    }

    private static void fillPasswordForm(String current, String next, String confirm) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), next);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-confirm")), confirm);
    }

    private String passwordHashOf(String username) {
        return accounts.findByUsernameIgnoreCase(username).orElseThrow().getPasswordHash();
    }
}

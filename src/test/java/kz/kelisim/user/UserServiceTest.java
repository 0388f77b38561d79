package kz.kelisim.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.Roles;

@SpringBootTest
@Transactional
@Tag("persistence")
class UserServiceTest {

    @Autowired
    UserService users;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithUserDetails("trainee")
    void trainee_reads_their_own_profile_with_kazakh_letters_intact() {
        UserProfile profile = users.myProfile();

        assertThat(profile.username()).isEqualTo("trainee");
        assertThat(profile.fullName()).isEqualTo("Әсел Нұрланқызы Жақсылықова");
        assertThat(profile.roles()).containsExactly(Roles.TRAINEE);
    }

    @Test
    @WithUserDetails("trainee")
    void changed_password_is_stored_hashed_and_the_old_one_stops_working() {
        users.changeMyPassword(DemoAccounts.PASSWORD, "жаңа-құпиясөз-ұзын");

        String hash = accounts.findByUsernameIgnoreCase("trainee").orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("жаңа");
        assertThat(passwordEncoder.matches("жаңа-құпиясөз-ұзын", hash)).isTrue();
        assertThat(passwordEncoder.matches(DemoAccounts.PASSWORD, hash)).isFalse();
    }

    @Test
    @WithUserDetails("trainee")
    void wrong_current_password_is_refused_and_nothing_changes() {
        String before = accounts.findByUsernameIgnoreCase("trainee").orElseThrow().getPasswordHash();

        assertThatThrownBy(() -> users.changeMyPassword("guess", "жаңа-құпиясөз-ұзын"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("password.error.current-wrong"));
        assertThat(accounts.findByUsernameIgnoreCase("trainee").orElseThrow().getPasswordHash()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("trainee")
    void short_password_is_refused_with_the_minimum_length() {
        assertThatThrownBy(() -> users.changeMyPassword(DemoAccounts.PASSWORD, "қысқа"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("password.error.too-short");
                    assertThat(violation.arguments()).containsExactly(UserService.MIN_PASSWORD_LENGTH);
                });
    }

    @Test
    @WithUserDetails("trainer")
    void language_choice_is_saved_in_the_account() {
        assertThat(users.myLanguage()).isEmpty();

        users.changeMyLanguage(Language.RU);

        assertThat(users.myLanguage()).contains(Language.RU);
        assertThat(accounts.findByUsernameIgnoreCase("trainer").orElseThrow().getPreferredLanguage())
                .isEqualTo("ru");
    }

    @Test
    void anonymous_caller_cannot_read_a_profile() {
        assertThatThrownBy(() -> users.myProfile()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(users.myLanguage()).isEmpty();
    }

    @Test
    @WithUserDetails("trainee")
    void trainee_cannot_read_account_figures() {
        assertThatThrownBy(() -> users.accountCountsByRole()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void administrator_counts_accounts_by_role() {
        assertThat(users.accountCountsByRole())
                .containsEntry(Roles.ADMIN, 1L)
                .containsEntry(Roles.STAFF, 1L)
                .containsEntry(Roles.TRAINER, 1L)
                .hasEntrySatisfying(Roles.TRAINEE, count -> assertThat(count).isGreaterThanOrEqualTo(5L));
    }
}

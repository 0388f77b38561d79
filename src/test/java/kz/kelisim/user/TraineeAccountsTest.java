package kz.kelisim.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.Roles;
import kz.kelisim.user.UserService.NewAccount;

/** Trainee accounts a trainer creates for the people they bring in (the participant import). */
@SpringBootTest
@Transactional
@Tag("persistence")
class TraineeAccountsTest {

    @Autowired
    UserService users;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithUserDetails("trainer")
    void a_created_trainee_must_change_the_temporary_password_which_is_stored_only_hashed() {
        NewAccount created = users.createTrainee("Жақсылықова  Әсел Нұрланқызы");

        UserAccount account = accounts.findByUsernameIgnoreCase(created.username()).orElseThrow();
        assertThat(created.username()).isEqualTo("zhaksylykova.a");
        assertThat(account.getFullName()).isEqualTo("Жақсылықова  Әсел Нұрланқызы");
        assertThat(account.getRoles()).containsExactly(Roles.TRAINEE);
        assertThat(account.isMustChangePassword()).isTrue();
        assertThat(account.getPasswordHash()).doesNotContain(created.temporaryPassword());
        assertThat(passwordEncoder.matches(created.temporaryPassword(), account.getPasswordHash())).isTrue();
        assertThat(created.temporaryPassword()).hasSizeGreaterThanOrEqualTo(UserService.MIN_PASSWORD_LENGTH);
    }

    @Test
    @WithUserDetails("staff")
    void namesakes_get_user_names_of_their_own_and_different_passwords() {
        NewAccount first = users.createTrainee("Ким Дмитрий");
        NewAccount second = users.createTrainee("КИМ Дина");
        NewAccount third = users.createTrainee("Kim Daniyar");

        assertThat(first.username()).isEqualTo("kim.d");
        assertThat(second.username()).isEqualTo("kim.d2");
        assertThat(third.username()).isEqualTo("kim.d3");
        assertThat(first.temporaryPassword()).isNotEqualTo(second.temporaryPassword());
    }

    @Test
    @WithUserDetails("trainer")
    void a_name_is_required() {
        assertThatThrownBy(() -> users.createTrainee("  ")).isInstanceOf(RuleViolation.class);
    }

    @Test
    @WithUserDetails("trainee")
    void a_trainee_cannot_create_accounts() {
        assertThatThrownBy(() -> users.createTrainee("Бір Адам")).isInstanceOf(AccessDeniedException.class);
    }
}

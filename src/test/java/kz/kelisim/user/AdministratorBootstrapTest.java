package kz.kelisim.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

import kz.kelisim.security.Roles;

/** A fresh installation without demo data: the first start creates the one administrator. */
@ExtendWith(OutputCaptureExtension.class)
class AdministratorBootstrapTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("one-time password \\(shown only now\\): (\\S+)");

    @Nested
    @SpringBootTest(properties = {"kelisim.demo.enabled=false", "kelisim.admin.password="})
    class WithoutAConfiguredPassword {

        @Autowired
        UserAccountRepository accounts;

        @Autowired
        PasswordEncoder passwordEncoder;

        @Test
        void a_generated_password_is_printed_once_and_must_be_changed(CapturedOutput startupLog) {
            UserAccount admin = accounts.findByUsernameIgnoreCase("admin").orElseThrow();
            Matcher printed = PRINTED_PASSWORD.matcher(startupLog.getAll());

            assertThat(printed.find()).as("the start-up log shows the password").isTrue();
            assertThat(printed.group(1)).hasSize(20);
            assertThat(passwordEncoder.matches(printed.group(1), admin.getPasswordHash())).isTrue();
            assertThat(admin.isMustChangePassword()).isTrue();
            assertThat(admin.getRoles()).containsExactly(Roles.ADMIN);
            assertThat(accounts.countWithRole(Roles.TRAINEE)).isZero();
        }
    }

    @Nested
    @SpringBootTest(properties = {"kelisim.demo.enabled=false", "kelisim.admin.username=root-admin",
            "kelisim.admin.password=from-the-environment-42"})
    class WithAConfiguredPassword {

        @Autowired
        UserAccountRepository accounts;

        @Autowired
        PasswordEncoder passwordEncoder;

        @Test
        void the_configured_password_is_used_and_nothing_is_printed(CapturedOutput startupLog) {
            UserAccount admin = accounts.findByUsernameIgnoreCase("root-admin").orElseThrow();

            assertThat(passwordEncoder.matches("from-the-environment-42", admin.getPasswordHash())).isTrue();
            assertThat(admin.isMustChangePassword()).isFalse();
            assertThat(startupLog.getAll()).doesNotContain("from-the-environment-42");
        }
    }
}

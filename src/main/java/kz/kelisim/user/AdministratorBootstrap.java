package kz.kelisim.user;

import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kz.kelisim.security.Roles;

/**
 * The first start creates an administrator, so a fresh installation can be managed. Its password
 * comes from KELISIM_ADMIN_PASSWORD; without one a random password is generated, printed once in
 * the log, and must be changed at the first sign-in. Nothing happens while any administrator exists.
 */
@Component
@Order(20)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_PASSWORD_LENGTH = 20;

    private final AccountDirectory directory;
    private final String username;
    private final String configuredPassword;

    AdministratorBootstrap(AccountDirectory directory, @Value("${kelisim.admin.username:admin}") String username,
            @Value("${kelisim.admin.password:}") String configuredPassword) {
        this.directory = directory;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.countWithRole(Roles.ADMIN) > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        if (!directory.createIfAbsent(username, password, "Administrator", Set.of(Roles.ADMIN), generated)) {
            log.warn("No administrator exists, but the account '{}' is taken; set KELISIM_ADMIN_USERNAME", username);
            return;
        }
        if (generated) {
            log.warn("""

                    ==================================================================
                     Kelisim created the administrator account '{}'.
                     Its one-time password (shown only now): {}
                     It must be changed at the first sign-in.
                    ==================================================================""", username, password);
        } else {
            log.info("Kelisim created the administrator account '{}' with the configured password", username);
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}

package kz.kelisim.user;

import java.time.Clock;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts for the start-up tasks (first administrator, demo accounts). Not exposed to the
 * UI: account creation by people comes with the participant import, under its own permissions.
 */
@Component
class AccountDirectory {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountDirectory(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates the account unless one with that user name exists; true when it was created. */
    @Transactional
    boolean createIfAbsent(String username, String rawPassword, String fullName, Set<String> roles,
            boolean mustChangePassword) {
        if (accounts.existsByUsernameIgnoreCase(username)) {
            return false;
        }
        UserAccount account = new UserAccount(username, passwordEncoder.encode(rawPassword), fullName, roles,
                clock.instant());
        account.setMustChangePassword(mustChangePassword);
        accounts.save(account);
        return true;
    }

    @Transactional(readOnly = true)
    long countWithRole(String role) {
        return accounts.countWithRole(role);
    }
}

package kz.kelisim.user;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.PersonalData;
import kz.kelisim.security.Roles;

/** The account part of a personal-data request: the account and its roles, never the password's hash. */
@Component
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
class AccountPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    AccountPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<File> export(long accountId) {
        return List.of(
                File.query(jdbc, "account.csv", """
                        SELECT id, username, full_name, email, preferred_language, enabled, created_at
                        FROM app_user WHERE id = :id""", accountId),
                File.query(jdbc, "roles.csv", "SELECT role FROM app_user_role WHERE user_id = :id ORDER BY role", accountId));
    }
}

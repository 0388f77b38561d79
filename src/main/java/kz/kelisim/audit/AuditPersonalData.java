package kz.kelisim.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.PersonalData;
import kz.kelisim.security.Roles;

/** The audit log's part of a personal-data request: the person's sign-ins and what was done to their account. */
@Component
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
class AuditPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<File> export(long accountId) {
        return List.of(File.query(jdbc, "sign-ins-and-account-changes.csv", """
                SELECT occurred_at, action, actor_name, detail, client_address
                FROM audit_event WHERE subject_id = :id ORDER BY occurred_at, id""", accountId));
    }
}

package kz.kelisim.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V33 turns the reissues recorded before as the reason text "reissued" into the code REISSUED, and
 * keeps a reason staff typed (even one that starts with "reissued") as typed, code OTHER.
 */
class RevocationCodeMigrationTest {

    @Test
    void reissues_recorded_as_text_become_the_code_and_typed_reasons_stay_as_typed() {
        SingleConnectionDataSource database = new SingleConnectionDataSource(
                "jdbc:h2:mem:revocation-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
        Map<String, String> placeholders = Map.of("text_type", "CLOB", "blob_type", "BLOB", "timestamp_type",
                "TIMESTAMP(6)", "case_sensitive", "");
        Flyway.configure().dataSource(database).placeholders(placeholders).target("32").load().migrate();
        JdbcTemplate sql = new JdbcTemplate(database);
        sql.update("INSERT INTO app_user (id, username, password_hash, full_name, created_at)"
                + " VALUES (1, 'staff', 'x', 'Staff', CURRENT_TIMESTAMP)");
        certificate(sql, 1, "KLS-2026-000001", "REVOKED", "reissued", 2L);
        certificate(sql, 2, "KLS-2026-000002", "VALID", null, null);
        certificate(sql, 3, "KLS-2026-000003", "REVOKED", "reissued by mistake", null);
        sql.update("INSERT INTO certificate_event (certificate_id, action, actor_id, happened_at, detail)"
                + " VALUES (1, 'REVOKED', 1, CURRENT_TIMESTAMP, 'reissued KLS-2026-000002')");
        sql.update("INSERT INTO certificate_event (certificate_id, action, actor_id, happened_at, detail)"
                + " VALUES (3, 'REVOKED', 1, CURRENT_TIMESTAMP, 'reissued KLS-2026-000009')");

        Flyway.configure().dataSource(database).placeholders(placeholders).load().migrate();

        assertThat(sql.queryForMap("SELECT revocation_code, revocation_reason FROM certificate WHERE id = 1"))
                .containsEntry("REVOCATION_CODE", "REISSUED").containsEntry("REVOCATION_REASON", null);
        assertThat(sql.queryForMap("SELECT revocation_code, revocation_reason FROM certificate WHERE id = 3"))
                .containsEntry("REVOCATION_CODE", "OTHER").containsEntry("REVOCATION_REASON", "reissued by mistake");
        assertThat(sql.queryForObject("SELECT revocation_code FROM certificate WHERE id = 2", String.class)).isNull();
        assertThat(sql.queryForMap("SELECT action, detail FROM certificate_event WHERE certificate_id = 1"))
                .containsEntry("ACTION", "REPLACED").containsEntry("DETAIL", "KLS-2026-000002");
        assertThat(sql.queryForMap("SELECT action, detail FROM certificate_event WHERE certificate_id = 3"))
                .containsEntry("ACTION", "REVOKED").containsEntry("DETAIL", "reissued KLS-2026-000009");
    }

    private static void certificate(JdbcTemplate sql, long id, String number, String status, String reason,
            Long replacedBy) {
        sql.update("INSERT INTO certificate (id, cert_number, series, issue_year, sequence_number, verification_code,"
                + " holder_id, holder_name, course_id, title_kk, title_ru, academic_hours, ends_on, organisation_kk,"
                + " organisation_ru, issued_on, issued_at, issued_by, status, revoked_at, revocation_reason,"
                + " replaced_by_id) VALUES (?, ?, 'KLS', 2026, ?, ?, 1, 'Әсел', 'c', 'т', 'т', 8, DATE '2026-11-06',"
                + " 'о', 'о', DATE '2026-11-20', CURRENT_TIMESTAMP, 1, ?, ?, ?, ?)", id, number, id, "code" + id, status,
                status.equals("REVOKED") ? java.sql.Timestamp.valueOf("2026-11-21 10:00:00") : null, reason, replacedBy);
    }
}

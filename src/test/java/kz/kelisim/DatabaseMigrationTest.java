package kz.kelisim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The Flyway migrations build the schema the entities expect, on H2 and on MySQL alike. */
@SpringBootTest
@Transactional
@Tag("persistence")
class DatabaseMigrationTest {

    private static final String KAZAKH_LETTERS = "Ә ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і";

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_migration_is_applied_successfully() {
        MigrationInfo[] applied = flyway.info().applied();

        assertThat(applied).isNotEmpty();
        assertThat(applied).allSatisfy(migration -> assertThat(migration.getState().isFailed()).isFalse());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void kazakh_letters_are_stored_and_read_back_unchanged() {
        insertUser("kazakh-letters", KAZAKH_LETTERS);

        String stored = jdbc.queryForObject("select full_name from app_user where username = ?", String.class,
                "kazakh-letters");
        assertThat(stored).isEqualTo(KAZAKH_LETTERS);
    }

    @Test
    void two_accounts_cannot_share_a_user_name() {
        insertUser("duplicate", "Бірінші");

        assertThatThrownBy(() -> insertUser("duplicate", "Екінші"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void insertUser(String username, String fullName) {
        jdbc.update("insert into app_user (username, password_hash, full_name, created_at) values (?, ?, ?, ?)",
                username, "{noop}x", fullName, Timestamp.from(Instant.now()));
    }
}

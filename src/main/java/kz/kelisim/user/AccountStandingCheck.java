package kz.kelisim.user;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.kelisim.security.AccountStanding;

/** Reads an account's state and stamp straight from the database, so every node sees a change at once. */
@Component
class AccountStandingCheck implements AccountStanding {

    private final JdbcClient jdbc;

    AccountStandingCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean current(long accountId, long sessionStamp) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE id = :id AND enabled = TRUE AND session_stamp = :stamp")
                .param("id", accountId).param("stamp", sessionStamp).query(Long.class).single() == 1;
    }
}

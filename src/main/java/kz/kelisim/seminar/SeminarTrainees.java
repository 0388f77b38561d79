package kz.kelisim.seminar;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.quiz.TraineesOfTrainers;

/** The trainees of every seminar a trainer runs, whose test results that trainer may read. */
@Component
class SeminarTrainees implements TraineesOfTrainers {

    private final JdbcClient jdbc;

    SeminarTrainees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> traineesOf(long trainerId) {
        return jdbc.sql("""
                SELECT DISTINCT p.user_id FROM seminar_participant p
                JOIN seminar_trainer t ON t.seminar_id = p.seminar_id
                WHERE t.user_id = :trainer""").param("trainer", trainerId).query(Long.class).set();
    }
}

package kz.kelisim.seminar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A finished seminar the demo trainer ran with the given trainees, so that the trainer may read their
 * test results (a trainer reads only the results of trainees in the seminars they run). Made once;
 * trainees missing from it are added.
 */
public final class TrainerFixture {

    private static final String TITLE = "Тест: тренердің өткен семинары";

    private TrainerFixture() {
    }

    public static void trainerRanASeminarWith(JdbcClient jdbc, String trainer, String... trainees) {
        trainerRanASeminarTitled(jdbc, TITLE, trainer, trainees);
    }

    /** As {@link #trainerRanASeminarWith(JdbcClient, String, String...)}, a seminar of its own title. */
    public static void trainerRanASeminarTitled(JdbcClient jdbc, String title, String trainer, String... trainees) {
        Long seminar = jdbc.sql("SELECT id FROM seminar WHERE title_kk = :title").param("title", title)
                .query(Long.class).optional().orElse(null);
        if (seminar == null) {
            jdbc.sql("""
                    INSERT INTO seminar (title_kk, title_ru, title_en, venue, region_id, starts_on, ends_on, capacity,
                                         status, created_at)
                    VALUES (:title, 'Тест: прошедший семинар тренера', 'Test: the trainer''s past seminar', 'Астана',
                            'astana', :starts, :ends, 40, 'FINISHED', :created)""")
                    .param("title", title).param("starts", Date.valueOf(LocalDate.of(2026, 10, 1)))
                    .param("ends", Date.valueOf(LocalDate.of(2026, 10, 3)))
                    .param("created", Timestamp.from(Instant.parse("2026-09-01T06:00:00Z"))).update();
            seminar = jdbc.sql("SELECT id FROM seminar WHERE title_kk = :title").param("title", title)
                    .query(Long.class).single();
        }
        long id = seminar;
        jdbc.sql("""
                INSERT INTO seminar_trainer (seminar_id, user_id)
                SELECT :seminar, u.id FROM app_user u WHERE u.username = :username
                  AND NOT EXISTS (SELECT 1 FROM seminar_trainer t WHERE t.seminar_id = :seminar AND t.user_id = u.id)""")
                .param("seminar", id).param("username", trainer).update();
        for (String trainee : trainees) {
            jdbc.sql("""
                    INSERT INTO seminar_participant (seminar_id, user_id, joined_at)
                    SELECT :seminar, u.id, :joined FROM app_user u WHERE u.username = :username
                      AND NOT EXISTS (SELECT 1 FROM seminar_participant p WHERE p.seminar_id = :seminar AND p.user_id = u.id)""")
                    .param("seminar", id).param("username", trainee)
                    .param("joined", Timestamp.from(Instant.parse("2026-10-01T04:00:00Z"))).update();
        }
    }
}

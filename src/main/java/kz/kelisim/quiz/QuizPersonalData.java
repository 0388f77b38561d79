package kz.kelisim.quiz;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.PersonalData;
import kz.kelisim.security.Roles;

/** The tests part of a personal-data request: every attempt and every answer with its marks and comments. */
@Component
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
class QuizPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    QuizPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<File> export(long accountId) {
        return List.of(
                File.query(jdbc, "test-attempts.csv", """
                        SELECT id AS attempt_id, course_id, quiz_id, attempt_number, state, started_at, deadline,
                               submitted_at, marks, max_marks
                        FROM quiz_attempt WHERE user_id = :id ORDER BY started_at""", accountId),
                File.query(jdbc, "test-answers.csv", """
                        SELECT a.attempt_id, a.position, a.question_id, a.response_json AS answer, a.saved_at,
                               a.fraction, a.max_marks, a.graded_by_trainer, a.trainer_comment, a.graded_at
                        FROM quiz_answer a JOIN quiz_attempt t ON t.id = a.attempt_id
                        WHERE t.user_id = :id ORDER BY a.attempt_id, a.position""", accountId));
    }
}

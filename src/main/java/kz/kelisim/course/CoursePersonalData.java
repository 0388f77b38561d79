package kz.kelisim.course;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.PersonalData;
import kz.kelisim.security.Roles;

/** The courses part of a personal-data request: enrolments and lessons read. Nothing here names a person. */
@Component
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
class CoursePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    CoursePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<File> export(long accountId) {
        return List.of(
                File.query(jdbc, "enrolments.csv", """
                        SELECT course_id, source, enrolled_at, last_lesson_id, completed_at
                        FROM enrolment WHERE user_id = :id ORDER BY enrolled_at""", accountId),
                File.query(jdbc, "lessons-read.csv", """
                        SELECT course_id, lesson_id, completed_at
                        FROM lesson_progress WHERE user_id = :id ORDER BY completed_at""", accountId),
                File.query(jdbc, "course-editor.csv", """
                        SELECT course_id, granted_at FROM course_editor WHERE user_id = :id ORDER BY course_id""", accountId));
    }
}

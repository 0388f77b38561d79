package kz.kelisim.course;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Makes people editors of a course, as an administrator does on the person's page, for tests of editing. */
public final class CourseEditorFixture {

    private CourseEditorFixture() {
    }

    public static void editors(JdbcClient jdbc, String courseId, String... usernames) {
        jdbc.sql("DELETE FROM course_editor WHERE course_id = :course").param("course", courseId).update();
        for (String username : usernames) {
            jdbc.sql("""
                    INSERT INTO course_editor (course_id, user_id, granted_at)
                    SELECT :course, id, :at FROM app_user WHERE username = :username""")
                    .param("course", courseId).param("username", username)
                    .param("at", Timestamp.from(Instant.parse("2026-12-01T06:00:00Z"))).update();
        }
    }
}

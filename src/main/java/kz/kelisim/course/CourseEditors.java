package kz.kelisim.course;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.CurrentUser;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.security.Roles;

/**
 * Who may change a course's content and question bank: administrators always, anyone else (a trainer,
 * a staff member) only where an administrator made them an editor of that course.
 */
@Service
@Transactional(readOnly = true)
public class CourseEditors {

    /** A course as the editor grant lists it. */
    public record EditableCourse(String id, String title) {
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    CourseEditors(JdbcClient jdbc, CurrentUser currentUser, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every loaded course, by id, with its title in the reader's language (Kazakh when missing). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<EditableCourse> courses(Language reader) {
        return jdbc.sql("SELECT id, title_kk, title_ru, title_en FROM course ORDER BY id").query((row, n) -> {
            String title = row.getString("title_" + reader.tag());
            return new EditableCourse(row.getString("id"), title != null ? title : row.getString("title_kk"));
        }).list();
    }

    /** The ids of the courses the account edits. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Set<String> coursesEditedBy(long accountId) {
        return jdbc.sql("SELECT course_id FROM course_editor WHERE user_id = :id").param("id", accountId)
                .query(String.class).set();
    }

    /** Makes the account an editor of exactly these courses; true when anything changed. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public boolean setCoursesEditedBy(long accountId, Set<String> courseIds) {
        Set<String> known = jdbc.sql("SELECT id FROM course").query(String.class).set();
        if (!known.containsAll(courseIds)) {
            throw new RuleViolation("people.error.course-unknown");
        }
        Set<String> before = coursesEditedBy(accountId);
        Set<String> removed = before.stream().filter(id -> !courseIds.contains(id)).collect(Collectors.toSet());
        Set<String> added = courseIds.stream().filter(id -> !before.contains(id)).collect(Collectors.toSet());
        removed.forEach(courseId -> jdbc.sql("DELETE FROM course_editor WHERE course_id = :course AND user_id = :id")
                .param("course", courseId).param("id", accountId).update());
        added.forEach(courseId -> jdbc.sql("""
                INSERT INTO course_editor (course_id, user_id, granted_at) VALUES (:course, :id, :at)""")
                .param("course", courseId).param("id", accountId)
                .param("at", java.sql.Timestamp.from(clock.instant())).update());
        return !removed.isEmpty() || !added.isEmpty();
    }

    /** Whether the signed-in person may change the course's content and bank. */
    public boolean mayEdit(String courseId) {
        return currentUser.principal().map(caller -> mayEdit(caller, courseId)).orElse(false);
    }

    /** Refuses, as method security would, a caller who may not change the course. */
    public void requireEditor(String courseId) {
        if (!mayEdit(courseId)) {
            throw new AccessDeniedException("Not an editor of course " + courseId);
        }
    }

    private boolean mayEdit(KelisimPrincipal caller, String courseId) {
        return caller.hasRole(Roles.ADMIN) || jdbc.sql(
                "SELECT COUNT(*) FROM course_editor WHERE course_id = :course AND user_id = :id")
                .param("course", courseId).param("id", caller.accountId()).query(Long.class).single() > 0;
    }
}

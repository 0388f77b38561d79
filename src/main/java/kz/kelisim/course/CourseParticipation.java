package kz.kelisim.course;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features' services ask of courses about a person and a course: whether the person is
 * enrolled, and the course's content (titles of its activities, its languages). The callers check
 * their own permissions; nothing here changes data.
 */
@Service
@Transactional(readOnly = true)
public class CourseParticipation {

    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final CourseStore store;

    CourseParticipation(CourseRepository courses, EnrolmentRepository enrolments, CourseStore store) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.store = store;
    }

    @PreAuthorize("isAuthenticated()")
    public boolean isEnrolled(long userId, String courseId) {
        return enrolments.findByUserIdAndCourseId(userId, courseId).isPresent();
    }

    /** The live content of the course, if it is loaded. */
    @PreAuthorize("isAuthenticated()")
    public Optional<CourseContent> content(String courseId) {
        return courses.findById(courseId).map(store::contentOf);
    }
}

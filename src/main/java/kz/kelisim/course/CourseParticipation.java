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

    private final AcademyStore academy;

    CourseParticipation(CourseRepository courses, EnrolmentRepository enrolments, CourseStore store,
            AcademyStore academy) {
        this.academy = academy;
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

    /** The seminar-training programmes of the courses folder as last loaded, by file name. */
    @PreAuthorize("isAuthenticated()")
    public java.util.List<SeminarProgramme> programmes() {
        return academy.programmes();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<SeminarProgramme> programme(String programmeId) {
        return academy.programmes().stream().filter(programme -> programme.id().equals(programmeId)).findFirst();
    }
}

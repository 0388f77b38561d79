package kz.kelisim.certificate;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseCompletionRepository extends JpaRepository<CourseCompletion, CourseCompletion.Key> {

    List<CourseCompletion> findByCourseIdOrderByCompletedAt(String courseId);
}

package kz.kelisim.course;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LessonProgressRepository extends JpaRepository<LessonProgress, LessonProgress.Key> {

    List<LessonProgress> findByUserIdAndCourseId(long userId, String courseId);
}

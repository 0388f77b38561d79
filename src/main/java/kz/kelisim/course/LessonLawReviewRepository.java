package kz.kelisim.course;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LessonLawReviewRepository extends JpaRepository<LessonLawReview, Long> {

    Optional<LessonLawReview> findFirstByCourseIdAndLessonIdOrderByRecordedAtDescIdDesc(String courseId,
            String lessonId);

    List<LessonLawReview> findAllByOrderByRecordedAtAscIdAsc();
}

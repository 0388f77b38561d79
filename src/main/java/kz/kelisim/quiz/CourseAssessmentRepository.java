package kz.kelisim.quiz;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseAssessmentRepository extends JpaRepository<CourseAssessment, String> {
}

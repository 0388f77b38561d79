package kz.kelisim.course;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CourseRepository extends JpaRepository<Course, String>, JpaSpecificationExecutor<Course> {
}

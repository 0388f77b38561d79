package kz.kelisim.course;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface CourseRepository extends JpaRepository<Course, String>, JpaSpecificationExecutor<Course> {

    /** The course, locked until the transaction ends: enrolments in it take turns. Call it first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Course c where c.id = :id")
    Optional<Course> lockById(String id);
}

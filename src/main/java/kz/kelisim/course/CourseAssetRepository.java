package kz.kelisim.course;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CourseAssetRepository extends JpaRepository<CourseAsset, CourseAsset.Key> {

    @Modifying
    @Query("delete from CourseAsset a where a.courseId = :courseId")
    void deleteByCourseId(String courseId);
}

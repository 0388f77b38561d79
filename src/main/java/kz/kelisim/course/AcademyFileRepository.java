package kz.kelisim.course;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AcademyFileRepository extends JpaRepository<AcademyFile, String> {

    List<AcademyFile> findByNameStartingWithOrderByName(String prefix);
}

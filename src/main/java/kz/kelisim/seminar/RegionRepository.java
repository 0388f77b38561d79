package kz.kelisim.seminar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, String> {

    List<Region> findAllByOrderBySortOrder();
}

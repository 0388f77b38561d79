package kz.kelisim.certificate;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateEventRepository extends JpaRepository<CertificateEvent, Long> {

    List<CertificateEvent> findByCertificateIdOrderByHappenedAtAscIdAsc(long certificateId);
}

package kz.kelisim.certificate;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface CertificateCounterRepository extends JpaRepository<CertificateCounter, CertificateCounter.Key> {

    /** The counter, locked until the calling transaction ends: issuers of one series take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CertificateCounter c where c.series = :series and c.year = :year")
    Optional<CertificateCounter> lock(String series, int year);

    @Query("select count(c) > 0 from CertificateCounter c where c.series = :series and c.year = :year")
    boolean exists(String series, int year);
}

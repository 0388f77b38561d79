package kz.kelisim.certificate;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface CertificateRepository extends JpaRepository<Certificate, Long>, JpaSpecificationExecutor<Certificate> {

    Optional<Certificate> findByVerificationCode(String verificationCode);

    Optional<Certificate> findByNumber(String number);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Certificate c where c.id = :id")
    Optional<Certificate> lockById(long id);

    List<Certificate> findByHolderIdOrderByIssuedAtDesc(long holderId);

    /** Locking read: sees what committed last, also where the database reads from a snapshot (MySQL). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Certificate c where c.holderId = :holderId and c.courseId = :courseId"
            + " and c.status = kz.kelisim.certificate.CertificateStatus.VALID")
    List<Certificate> lockValidForCourse(long holderId, String courseId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Certificate c where c.holderId = :holderId and c.seminarId = :seminarId"
            + " and c.status = kz.kelisim.certificate.CertificateStatus.VALID")
    List<Certificate> lockValidForSeminar(long holderId, long seminarId);

    @Query("select c from Certificate c where c.courseId = :courseId"
            + " and c.status = kz.kelisim.certificate.CertificateStatus.VALID")
    List<Certificate> findValidForCourse(String courseId);

    @Query("select c from Certificate c where c.seminarId = :seminarId"
            + " and c.status = kz.kelisim.certificate.CertificateStatus.VALID")
    List<Certificate> findValidForSeminar(long seminarId);

    @Query("select c.sequence from Certificate c where c.series = :series and c.year = :year order by c.sequence")
    List<Integer> sequences(String series, int year);
}

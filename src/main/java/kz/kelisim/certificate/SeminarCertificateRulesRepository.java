package kz.kelisim.certificate;

import org.springframework.data.jpa.repository.JpaRepository;

interface SeminarCertificateRulesRepository extends JpaRepository<SeminarCertificateRules, Long> {
}

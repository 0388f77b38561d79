package kz.kelisim.certificate;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateTemplateRepository extends JpaRepository<CertificateTemplate, Long> {
}

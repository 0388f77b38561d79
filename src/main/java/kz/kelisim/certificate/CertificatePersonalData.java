package kz.kelisim.certificate;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.PersonalData;
import kz.kelisim.security.Roles;

/**
 * The certificates part of a personal-data request. Anonymising leaves certificates as they are:
 * they are public records of training, verifiable with the name as printed.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
class CertificatePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    CertificatePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<File> export(long accountId) {
        return List.of(File.query(jdbc, "certificates.csv", """
                SELECT cert_number, holder_name, title_kk, title_ru, academic_hours, starts_on, ends_on, place,
                       issued_on, status, revoked_at, verification_code
                FROM certificate WHERE holder_id = :id ORDER BY issued_on""", accountId));
    }
}

package kz.kelisim.certificate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The template certificates are issued with: the one staff saved, else the configured defaults. */
@Component
class CertificateTemplates {

    private final CertificateTemplateRepository templates;
    private final CertificateSettings settings;

    CertificateTemplates(CertificateTemplateRepository templates, CertificateSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    CertificateTemplateForm current() {
        return templates.findById(CertificateTemplate.ID).map(CertificateTemplate::form)
                .orElseGet(() -> CertificateTemplateForm.defaults(settings));
    }
}

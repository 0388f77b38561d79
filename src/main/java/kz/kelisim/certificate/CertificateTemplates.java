package kz.kelisim.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The template certificates are issued with: the one staff saved, else the configured defaults.
 * A saved image that cannot be read (stored before uploads were checked, or damaged) never stops
 * the template page or issuing: it is left out, and named as a problem for staff to fix.
 */
@Component
class CertificateTemplates {

    private static final Logger log = LoggerFactory.getLogger(CertificateTemplates.class);

    /** The saved template as it can be printed, and the fields of the images left out of it. */
    record Usable(CertificateTemplateForm form, List<String> unreadableImages, boolean saved) {
    }

    private final CertificateTemplateRepository templates;
    private final CertificateSettings settings;
    /** Whether stored images (by their SHA-256) read as images; they never change once stored. */
    private final Map<String, Boolean> readable = new ConcurrentHashMap<>();

    CertificateTemplates(CertificateTemplateRepository templates, CertificateSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    CertificateTemplateForm current() {
        return usable().form();
    }

    @Transactional(readOnly = true)
    Usable usable() {
        return templates.findById(CertificateTemplate.ID).map(CertificateTemplate::form).map(this::checked)
                .orElseGet(() -> new Usable(CertificateTemplateForm.defaults(settings), List.of(), false));
    }

    private Usable checked(CertificateTemplateForm form) {
        List<String> unreadable = new ArrayList<>();
        CertificateTemplateForm usable = form.withImages(image("signature1", form.signature1(), unreadable),
                image("signature2", form.signature2(), unreadable), image("seal", form.seal(), unreadable),
                image("emblem", form.emblem(), unreadable));
        return new Usable(usable, List.copyOf(unreadable), true);
    }

    private byte[] image(String field, byte[] content, List<String> unreadable) {
        if (content == null) {
            return null;
        }
        if (readable.size() > 64) {
            readable.clear();
        }
        boolean ok = readable.computeIfAbsent(CertificateIssuing.sha256(content),
                hash -> TemplateImage.normalised(content).isPresent());
        if (!ok) {
            log.warn("The saved certificate template's {} image cannot be read; certificates are issued without it",
                    field);
            unreadable.add(field);
            return null;
        }
        return content;
    }
}

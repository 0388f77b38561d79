package kz.kelisim.certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.CurrentUser;

/**
 * The certificate template academy staff and administrators edit: heading and organisation texts,
 * the default place, two signatories with their signature images and the seal. Certificates issued
 * after a save carry the new template; those issued before keep their stored PDFs. Until staff save
 * one, the {@code kelisim.certificates.*} values apply. Images are PNG or JPEG, recognised by their
 * content, at most {@link #MAX_IMAGE_BYTES} each.
 */
@Service
@Transactional(readOnly = true)
public class CertificateTemplateService {

    /** Largest signature or seal image accepted. */
    public static final int MAX_IMAGE_BYTES = 500 * 1024;
    static final int MAX_HEADING = 300;
    static final int MAX_ORGANISATION = 500;
    static final int MAX_PLACE = 300;
    static final int MAX_NAME = 200;
    static final int MAX_POSITION = 300;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final CertificateTemplateRepository templates;
    private final CertificateTemplates current;
    private final CertificateDocument document;
    private final CertificateSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    CertificateTemplateService(CertificateTemplateRepository templates, CertificateTemplates current,
            CertificateDocument document, CertificateSettings settings, CurrentUser currentUser, Clock clock) {
        this.templates = templates;
        this.current = current;
        this.document = document;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The template certificates are issued with now (the defaults until staff save one). */
    @PreAuthorize(CertificateService.STAFF)
    public CertificateTemplateForm current() {
        return current.current();
    }

    /**
     * Saves the template; certificates issued from now on carry it.
     *
     * @return the saved template, texts trimmed
     * @throws RuleViolation naming the first field missing or too long, or an image too large or of another type
     */
    @PreAuthorize(CertificateService.STAFF)
    @Transactional
    public CertificateTemplateForm save(CertificateTemplateForm form) {
        CertificateTemplateForm checked = validated(form);
        long actor = currentUser.require().accountId();
        Instant now = clock.instant();
        templates.findById(CertificateTemplate.ID).ifPresentOrElse(template -> template.update(checked, now, actor),
                () -> templates.save(new CertificateTemplate(checked, now, actor)));
        return checked;
    }

    /** Forgets the saved template: certificates are issued with the configured defaults again. */
    @PreAuthorize(CertificateService.STAFF)
    @Transactional
    public CertificateTemplateForm restoreDefaults() {
        templates.findById(CertificateTemplate.ID).ifPresent(templates::delete);
        return CertificateTemplateForm.defaults(settings);
    }

    /**
     * The certificate PDF a sample holder would get with the template as given (saved or not).
     *
     * @throws RuleViolation as {@link #save} does
     */
    @PreAuthorize(CertificateService.STAFF)
    public byte[] preview(CertificateTemplateForm form) {
        CertificateTemplateForm checked = validated(form);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, AcademyTime.ZONE);
        CertificateDraft sample = CertificateIssuing.withPlace(new CertificateDraft(0, "Әсел Нұрланқызы Жақсылықова",
                null, 0L, "Этносаралық қатынастар және қоғамдық келісім",
                "Межэтнические отношения и общественное согласие", "Interethnic relations and social accord", 24,
                today.minusDays(4), today, null), checked);
        Certificate certificate = new Certificate(new CertificateNumber(settings.series(), today.getYear(), 1),
                "SampleSampleSampleSamp", sample, checked.organisationKk(), checked.organisationRu(), today, now, 0);
        return document.render(certificate, checked);
    }

    /** {@code image/png} or {@code image/jpeg} by the content's first bytes; empty for anything else. */
    public static Optional<String> imageType(byte[] content) {
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of("image/png");
        }
        return startsWith(content, JPEG_MAGIC) ? Optional.of("image/jpeg") : Optional.empty();
    }

    private static CertificateTemplateForm validated(CertificateTemplateForm f) {
        if (f == null) {
            throw new RuleViolation("certificate-template.error.required", "headingKk");
        }
        CertificateTemplateForm trimmed = new CertificateTemplateForm(
                required("headingKk", f.headingKk(), MAX_HEADING), required("headingRu", f.headingRu(), MAX_HEADING),
                optional("headingEn", f.headingEn(), MAX_HEADING),
                required("organisationKk", f.organisationKk(), MAX_ORGANISATION),
                required("organisationRu", f.organisationRu(), MAX_ORGANISATION),
                optional("organisationEn", f.organisationEn(), MAX_ORGANISATION),
                optional("placeDefault", f.placeDefault(), MAX_PLACE),
                required("signatory1Name", f.signatory1Name(), MAX_NAME),
                required("signatory1PositionKk", f.signatory1PositionKk(), MAX_POSITION),
                required("signatory1PositionRu", f.signatory1PositionRu(), MAX_POSITION),
                required("signatory2Name", f.signatory2Name(), MAX_NAME),
                required("signatory2PositionKk", f.signatory2PositionKk(), MAX_POSITION),
                required("signatory2PositionRu", f.signatory2PositionRu(), MAX_POSITION), null, null, null);
        return trimmed.withImages(image("signature1", f.signature1()), image("signature2", f.signature2()),
                image("seal", f.seal()));
    }

    private static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new RuleViolation("certificate-template.error.required", field);
        }
        return text;
    }

    private static String optional(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new RuleViolation("certificate-template.error.too-long", field, max);
        }
        return text.isEmpty() ? null : text;
    }

    private static byte[] image(String field, byte[] content) {
        if (content == null) {
            return null;
        }
        if (content.length > MAX_IMAGE_BYTES) {
            throw new RuleViolation("certificate-template.error.image-too-large", field, MAX_IMAGE_BYTES / 1024);
        }
        if (imageType(content).isEmpty()) {
            throw new RuleViolation("certificate-template.error.image-type", field);
        }
        return content;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content != null && content.length >= magic.length
                && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}

package kz.kelisim.certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.CurrentUser;

/**
 * The certificate template academy staff and administrators edit: heading and organisation texts,
 * the default place, two signatories with their signature images, the seal and the emblem.
 * Certificates issued after a save carry the new template; those issued before keep their stored
 * PDFs. Until staff save one, the {@code kelisim.certificates.*} values apply. An image is taken only
 * if it reads as a PNG or JPEG (at most {@link #MAX_IMAGE_BYTES}); what is kept is the image written
 * again as PNG by Kelisim ({@link TemplateImage}), never the uploaded bytes.
 */
@Service
@Transactional(readOnly = true)
public class CertificateTemplateService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CertificateTemplateService.class);

    /** Largest signature, seal or emblem file accepted. */
    public static final int MAX_IMAGE_BYTES = 500 * 1024;
    static final int MAX_HEADING = 300;
    static final int MAX_ORGANISATION = 500;
    static final int MAX_PLACE = 300;
    static final int MAX_NAME = 200;
    static final int MAX_POSITION = 300;

    private final CertificateTemplateRepository templates;
    private final CertificateTemplates current;
    private final CertificateDocument document;
    private final CertificateSettings settings;
    private final CurrentUser currentUser;
    private final CertificateReadiness readiness;
    private final Clock clock;

    CertificateTemplateService(CertificateTemplateRepository templates, CertificateTemplates current,
            CertificateDocument document, CertificateSettings settings, CurrentUser currentUser,
            CertificateReadiness readiness, Clock clock) {
        this.templates = templates;
        this.current = current;
        this.document = document;
        this.settings = settings;
        this.currentUser = currentUser;
        this.readiness = readiness;
        this.clock = clock;
    }

    /** The template certificates are issued with now (the defaults until staff save one). */
    @PreAuthorize(CertificateService.STAFF)
    public CertificateTemplateForm current() {
        return current.current();
    }

    /**
     * What staff should know about issuing with the template as saved, refusals first (as
     * {@link CertificateService#issuingNotices()}): a saved image that cannot be read is named there.
     */
    @PreAuthorize(CertificateService.STAFF)
    public List<kz.kelisim.certificate.CertificateViews.Notice> notices() {
        return readiness.notices(current.usable());
    }

    /**
     * The images of the saved template that cannot be read (by field: {@code signature1},
     * {@code signature2}, {@code seal}, {@code emblem}); certificates are issued without them until
     * staff replace them or restore the defaults. Empty when all is well.
     */
    @PreAuthorize(CertificateService.STAFF)
    public List<String> unreadableImages() {
        return current.usable().unreadableImages();
    }

    /**
     * An uploaded image as the template keeps it: read as PNG or JPEG and written again as PNG.
     *
     * @param field {@code signature1}, {@code signature2}, {@code seal} or {@code emblem}, for the message
     * @throws RuleViolation if it is larger than {@link #MAX_IMAGE_BYTES} or does not read as a PNG or JPEG
     */
    @PreAuthorize(CertificateService.STAFF)
    public byte[] image(String field, byte[] content) {
        return image(field, content, true);
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
        try {
            return document.render(certificate, checked);
        } catch (RuntimeException unexpected) {
            // the page must open and say so, whatever the template holds
            log.error("The certificate preview could not be rendered", unexpected);
            throw new RuleViolation("certificate-template.error.render");
        }
    }

    /**
     * The preview's page as a PNG image of the given width in pixels, for showing inside the page
     * (a PDF in a frame would need the application's framing protection lifted).
     */
    @PreAuthorize(CertificateService.STAFF)
    public byte[] previewImage(byte[] previewPdf, int widthPixels) {
        return kz.kelisim.base.pdf.PdfPreview.png(previewPdf, widthPixels);
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
                required("signatory2PositionRu", f.signatory2PositionRu(), MAX_POSITION), null, null, null, null);
        return trimmed.withImages(image("signature1", f.signature1(), false), image("signature2", f.signature2(), false),
                image("seal", f.seal(), false), image("emblem", f.emblem(), false));
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

    /**
     * Checked, read and written again as PNG. On save and preview the images come from
     * {@link #image(String, byte[])} already, so only the size of what Kelisim wrote is not checked again.
     */
    private static byte[] image(String field, byte[] content, boolean upload) {
        if (content == null) {
            return null;
        }
        if (upload && content.length > MAX_IMAGE_BYTES) {
            throw new RuleViolation("certificate-template.error.image-too-large", field, MAX_IMAGE_BYTES / 1024);
        }
        return TemplateImage.normalised(content)
                .orElseThrow(() -> new RuleViolation("certificate-template.error.image-type", field));
    }
}

package kz.kelisim.certificate.ui;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import kz.kelisim.base.RuleViolation;
import kz.kelisim.certificate.CertificateTemplateForm;
import kz.kelisim.certificate.CertificateTemplateService;
import kz.kelisim.certificate.CertificateViews.Notice;
import kz.kelisim.security.Roles;
import kz.kelisim.ui.Localized;

/**
 * Staff edit the certificate template: heading and organisation texts, the default place, two
 * signatories, their signature images, the seal and the emblem, with the certificate of a sample
 * holder shown as it would be issued (a picture of the page, refreshed on Preview and on Save, and
 * the PDF to open). What stops or spoils issuing (a saved image that cannot be read, the built-in
 * example signatories, no signing key, a verification address nobody outside can open) is said at
 * the top, with the way out.
 */
@Route("certificates/template")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Menu(order = 31, title = "nav.certificate-template", icon = "vaadin:stamp")
public class CertificateTemplateView extends VerticalLayout implements HasDynamicTitle {

    /** The four images of the template. */
    enum ImageSlot {
        SIGNATURE1("signature1"), SIGNATURE2("signature2"), SEAL("seal"), EMBLEM("emblem");

        final String field;

        ImageSlot(String field) {
            this.field = field;
        }
    }

    /** Wide enough to read every line of the page on a laptop, small enough to send quickly. */
    private static final int PREVIEW_WIDTH = 1400;

    private static final String[] TEXT_FIELDS = {"headingKk", "headingRu", "headingEn", "organisationKk",
            "organisationRu", "organisationEn", "placeDefault", "signatory1Name", "signatory1PositionKk",
            "signatory1PositionRu", "signatory2Name", "signatory2PositionKk", "signatory2PositionRu"};

    private final CertificateTemplateService templates;
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Map<ImageSlot, byte[]> images = new LinkedHashMap<>();
    private final Map<ImageSlot, Span> imageStates = new LinkedHashMap<>();
    private final Div notices = new Div();
    private final Paragraph error = new Paragraph();
    private final Image preview = new Image();
    private final Div previewPdfLink = new Div();
    private byte[] previewPdf;
    private byte[] previewPng;

    public CertificateTemplateView(CertificateTemplateService templates) {
        this.templates = templates;
        addClassName("certificate-template-view");
        Div form = new Div();
        form.addClassName("certificate-template-fields");
        for (String name : TEXT_FIELDS) {
            TextField field = new TextField(getTranslation("certificate-template.field." + name));
            field.setId("template-" + name);
            fields.put(name, field);
            form.add(field);
        }
        Div uploads = new Div();
        uploads.addClassName("certificate-template-images");
        for (ImageSlot slot : ImageSlot.values()) {
            uploads.add(imageEditor(slot));
        }
        notices.setId("template-notices");
        notices.addClassName("certificate-notices");
        error.setId("template-error");
        error.addClassName("form-error");
        Button save = new Button(getTranslation("certificate-template.save"), click -> save());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button show = new Button(getTranslation("certificate-template.preview"), click -> showPreview());
        show.setId("template-preview-button");
        Button defaults = new Button(getTranslation("certificate-template.defaults"), click -> restoreDefaults());
        defaults.setId("template-defaults");
        preview.setId("template-preview");
        preview.addClassName("certificate-preview");
        preview.setAlt(getTranslation("certificate-template.preview-alt"));
        previewPdfLink.addClassName("certificate-preview-link");
        Div buttons = new Div(save, show, defaults);
        buttons.addClassName("certificate-template-buttons");
        add(new H1(getTranslation("certificate-template.title")),
                new Paragraph(getTranslation("certificate-template.help")), notices, form, uploads, error, buttons,
                new H2(getTranslation("certificate-template.preview-title")), previewPdfLink, preview);
        fill(templates.current());
        showNotices();
        showPreview();
    }

    private Div imageEditor(ImageSlot slot) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, content) -> getUI().ifPresent(
                ui -> ui.access(() -> receive(slot, content)))));
        Localized.upload(upload);
        upload.setId("template-upload-" + slot.field);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(CertificateTemplateService.MAX_IMAGE_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(rejected -> showError(getTranslation("certificate-template.error.image-rejected",
                getTranslation("certificate-template.field." + slot.field),
                CertificateTemplateService.MAX_IMAGE_BYTES / 1024)));
        Span state = new Span();
        state.setId("template-state-" + slot.field);
        imageStates.put(slot, state);
        Button remove = new Button(getTranslation("certificate-template.remove-image"), click -> receive(slot, null));
        remove.setId("template-remove-" + slot.field);
        Div editor = new Div(new Span(getTranslation("certificate-template.field." + slot.field)), upload, state,
                remove);
        editor.addClassName("certificate-template-image");
        editor.setId("template-image-" + slot.field);
        return editor;
    }

    /**
     * An image arrived (or was removed, {@code null}). A file that does not read as a PNG or JPEG of
     * at most 500 KB is refused with a message and the image before it kept; an accepted one is kept
     * as the PNG the service wrote from it.
     */
    void receive(ImageSlot slot, byte[] content) {
        byte[] image = null;
        if (content != null) {
            try {
                image = templates.image(slot.field, content);
            } catch (RuleViolation refused) {
                showError(getTranslation(refused.messageKey(),
                        getTranslation("certificate-template.field." + slot.field), CertificateTemplateService.MAX_IMAGE_BYTES / 1024));
                return;
            }
        }
        images.put(slot, image);
        imageStates.get(slot).setText(getTranslation(image == null ? "certificate-template.image.none"
                : "certificate-template.image.present"));
        showPreview();
    }

    private void fill(CertificateTemplateForm form) {
        String[] values = {form.headingKk(), form.headingRu(), form.headingEn(), form.organisationKk(),
                form.organisationRu(), form.organisationEn(), form.placeDefault(), form.signatory1Name(),
                form.signatory1PositionKk(), form.signatory1PositionRu(), form.signatory2Name(),
                form.signatory2PositionKk(), form.signatory2PositionRu()};
        for (int i = 0; i < TEXT_FIELDS.length; i++) {
            fields.get(TEXT_FIELDS[i]).setValue(values[i] == null ? "" : values[i]);
        }
        images.clear();
        images.put(ImageSlot.SIGNATURE1, form.signature1());
        images.put(ImageSlot.SIGNATURE2, form.signature2());
        images.put(ImageSlot.SEAL, form.seal());
        images.put(ImageSlot.EMBLEM, form.emblem());
        images.forEach((slot, content) -> imageStates.get(slot).setText(getTranslation(
                content == null ? "certificate-template.image.none" : "certificate-template.image.present")));
    }

    CertificateTemplateForm form() {
        return new CertificateTemplateForm(value("headingKk"), value("headingRu"), value("headingEn"),
                value("organisationKk"), value("organisationRu"), value("organisationEn"), value("placeDefault"),
                value("signatory1Name"), value("signatory1PositionKk"), value("signatory1PositionRu"),
                value("signatory2Name"), value("signatory2PositionKk"), value("signatory2PositionRu"),
                images.get(ImageSlot.SIGNATURE1), images.get(ImageSlot.SIGNATURE2), images.get(ImageSlot.SEAL),
                images.get(ImageSlot.EMBLEM));
    }

    private String value(String name) {
        return fields.get(name).getValue();
    }

    private void save() {
        if (attempt(() -> fill(templates.save(form())))) {
            showNotices();
            showPreview();
            Notification.show(getTranslation("certificate-template.saved"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    private void restoreDefaults() {
        if (attempt(() -> fill(templates.restoreDefaults()))) {
            showNotices();
            showPreview();
        }
    }

    /** What stops or spoils issuing now, each with what to do; nothing when all is well. */
    private void showNotices() {
        notices.removeAll();
        List<Notice> now = templates.notices();
        for (Notice notice : now) {
            Paragraph text = new Paragraph(getTranslation(notice.messageKey(), notice.arguments().stream()
                    .map(argument -> argument instanceof String field && isImageField(field)
                            ? getTranslation("certificate-template.field." + field) : argument)
                    .toArray()));
            text.addClassName(notice.blocksIssuing() ? "certificate-refusal" : "certificate-warning");
            notices.add(text);
        }
        if (now.stream().anyMatch(notice -> notice.messageKey().equals("certificate.notice.unreadable-image"))) {
            Button restore = new Button(getTranslation("certificate-template.defaults"), click -> restoreDefaults());
            restore.setId("template-notice-defaults");
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            notices.add(restore);
        }
        notices.setVisible(!now.isEmpty());
    }

    private static boolean isImageField(String field) {
        for (ImageSlot slot : ImageSlot.values()) {
            if (slot.field.equals(field)) {
                return true;
            }
        }
        return false;
    }

    private void showPreview() {
        attempt(() -> {
            byte[] pdf = templates.preview(form());
            byte[] png = templates.previewImage(pdf, PREVIEW_WIDTH);
            previewPdf = pdf;
            previewPng = png;
            preview.setSrc(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(png),
                    "certificate-preview.png", "image/png", png.length)).inline());
            Anchor open = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(pdf), "certificate-preview.pdf", "application/pdf", pdf.length))
                    .inline(), getTranslation("certificate-template.preview-pdf"));
            open.setId("template-preview-pdf");
            open.setTarget("_blank");
            previewPdfLink.removeAll();
            previewPdfLink.add(open);
        });
    }

    /** Runs the action; a broken rule marks its field and is said above the buttons. */
    private boolean attempt(Runnable action) {
        fields.values().forEach(field -> field.setInvalid(false));
        error.setText("");
        try {
            action.run();
            return true;
        } catch (RuleViolation violation) {
            Object[] arguments = violation.arguments();
            String field = arguments.length > 0 ? String.valueOf(arguments[0]) : "";
            arguments = arguments.clone();
            if (arguments.length > 0) {
                arguments[0] = getTranslation("certificate-template.field." + field);
            }
            String message = getTranslation(violation.messageKey(), arguments);
            TextField invalid = fields.get(field);
            if (invalid != null) {
                invalid.setErrorMessage(message);
                invalid.setInvalid(true);
            }
            showError(message);
            return false;
        }
    }

    private void showError(String message) {
        error.setText(message);
    }

    /** The PDF the preview shows now. */
    byte[] previewPdf() {
        return previewPdf;
    }

    /** The picture of its page the preview shows now. */
    byte[] previewPng() {
        return previewPng;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate-template.title");
    }
}

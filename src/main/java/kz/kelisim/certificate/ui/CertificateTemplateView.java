package kz.kelisim.certificate.ui;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
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
import kz.kelisim.security.Roles;
import kz.kelisim.ui.Localized;

/**
 * Staff edit the certificate template: heading and organisation texts, the default place, two
 * signatories, their signature images and the seal, with the certificate of a sample holder shown as
 * it would be issued (refreshed on Preview and on Save).
 */
@Route("certificates/template")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Menu(order = 31, title = "nav.certificate-template", icon = "vaadin:stamp")
public class CertificateTemplateView extends VerticalLayout implements HasDynamicTitle {

    /** The three images of the template. */
    enum ImageSlot {
        SIGNATURE1("signature1"), SIGNATURE2("signature2"), SEAL("seal");

        final String field;

        ImageSlot(String field) {
            this.field = field;
        }
    }

    private static final String[] TEXT_FIELDS = {"headingKk", "headingRu", "headingEn", "organisationKk",
            "organisationRu", "organisationEn", "placeDefault", "signatory1Name", "signatory1PositionKk",
            "signatory1PositionRu", "signatory2Name", "signatory2PositionKk", "signatory2PositionRu"};

    private final CertificateTemplateService templates;
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Map<ImageSlot, byte[]> images = new LinkedHashMap<>();
    private final Map<ImageSlot, Span> imageStates = new LinkedHashMap<>();
    private final Paragraph error = new Paragraph();
    private final IFrame preview = new IFrame();
    private byte[] previewPdf;

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
        preview.setWidth("100%");
        preview.setHeight("36rem");
        preview.getElement().setAttribute("title", getTranslation("certificate-template.preview-title"));
        add(new H1(getTranslation("certificate-template.title")),
                new Paragraph(getTranslation("certificate-template.help")), form, uploads, error,
                new Div(save, show, defaults), new H2(getTranslation("certificate-template.preview-title")), preview);
        fill(templates.current());
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
        return editor;
    }

    /**
     * An image arrived (or was removed, {@code null}). A file that is not a PNG or JPEG of at most 500 KB
     * is refused at once and the image before it kept; the service checks again on Preview and Save.
     */
    void receive(ImageSlot slot, byte[] content) {
        String label = getTranslation("certificate-template.field." + slot.field);
        if (content != null && content.length > CertificateTemplateService.MAX_IMAGE_BYTES) {
            showError(getTranslation("certificate-template.error.image-too-large", label,
                    CertificateTemplateService.MAX_IMAGE_BYTES / 1024));
            return;
        }
        if (content != null && CertificateTemplateService.imageType(content).isEmpty()) {
            showError(getTranslation("certificate-template.error.image-type", label));
            return;
        }
        images.put(slot, content);
        imageStates.get(slot).setText(getTranslation(content == null ? "certificate-template.image.none"
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
        images.forEach((slot, content) -> imageStates.get(slot).setText(getTranslation(
                content == null ? "certificate-template.image.none" : "certificate-template.image.present")));
    }

    CertificateTemplateForm form() {
        return new CertificateTemplateForm(value("headingKk"), value("headingRu"), value("headingEn"),
                value("organisationKk"), value("organisationRu"), value("organisationEn"), value("placeDefault"),
                value("signatory1Name"), value("signatory1PositionKk"), value("signatory1PositionRu"),
                value("signatory2Name"), value("signatory2PositionKk"), value("signatory2PositionRu"),
                images.get(ImageSlot.SIGNATURE1), images.get(ImageSlot.SIGNATURE2), images.get(ImageSlot.SEAL));
    }

    private String value(String name) {
        return fields.get(name).getValue();
    }

    private void save() {
        if (attempt(() -> fill(templates.save(form())))) {
            showPreview();
            Notification.show(getTranslation("certificate-template.saved"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    private void restoreDefaults() {
        if (attempt(() -> fill(templates.restoreDefaults()))) {
            showPreview();
        }
    }

    private void showPreview() {
        attempt(() -> {
            byte[] pdf = templates.preview(form());
            previewPdf = pdf;
            preview.setSrc(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(pdf),
                    "certificate-preview.pdf", "application/pdf", pdf.length)).inline());
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

    @Override
    public String getPageTitle() {
        return getTranslation("certificate-template.title");
    }
}

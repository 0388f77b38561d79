package kz.kelisim.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import kz.kelisim.UiTest;
import kz.kelisim.base.pdf.PdfText;
import kz.kelisim.certificate.CertificateTemplateService;
import kz.kelisim.certificate.TemplateImages;
import kz.kelisim.certificate.ui.CertificateTemplateView.ImageSlot;

/** Staff edit the certificate template with a live preview of the certificate it gives. */
class CertificateTemplateViewTest extends UiTest {

    @AfterEach
    void restoreDefaults() {
        signInAs("staff");
        context.getBean(CertificateTemplateService.class).restoreDefaults();
    }

    @Test
    void staff_change_the_heading_add_a_seal_see_it_in_the_preview_and_save_it() throws IOException {
        signInAs("staff");
        UI.getCurrent().navigate(CertificateTemplateView.class);
        CertificateTemplateView view = _get(CertificateTemplateView.class);
        TextField heading = _get(TextField.class, spec -> spec.withId("template-headingKk"));
        assertThat(heading.getValue()).isEqualTo("біліктілікті арттыру туралы");
        assertThat(_get(Image.class, spec -> spec.withId("template-preview")).getSrc()).isNotBlank();
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(view.previewPng()));
        assertThat(page.getWidth()).as("the page as a picture, shown in the page itself").isEqualTo(1400);
        assertThat(page.getHeight()).isBetween(985, 995);
        assertThat(PdfText.of(view.previewPdf())).contains("Әсел Нұрланқызы Жақсылықова", "Ректор Академии");

        _setValue(heading, "");
        _click(_get(Button.class, spec -> spec.withId("template-save")));
        assertThat(heading.isInvalid()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("template-error")).getText())
                .isEqualTo("Тақырып қазақ тілінде: осы өрісті толтырыңыз.");

        view.receive(ImageSlot.SIGNATURE1, TemplateImages.pngMagicOnly());
        assertThat(_get(Paragraph.class, spec -> spec.withId("template-error")).getText())
                .isEqualTo("Бірінші қол қоюшы: қолтаңба (PNG немесе JPEG): тек PNG немесе JPEG суреттері қабылданады.");
        assertThat(_get(Span.class, spec -> spec.withId("template-state-signature1")).getText()).isEqualTo("Сурет жоқ");
        view.receive(ImageSlot.SIGNATURE1, TemplateImages.gif());
        assertThat(_get(Paragraph.class, spec -> spec.withId("template-error")).getText())
                .isEqualTo("Бірінші қол қоюшы: қолтаңба (PNG немесе JPEG): тек PNG немесе JPEG суреттері қабылданады.");
        assertThat(_get(Span.class, spec -> spec.withId("template-state-signature1")).getText()).isEqualTo("Сурет жоқ");

        _setValue(heading, "біліктілікті арттыру курсын бітіргені туралы");
        _setValue(_get(TextField.class, spec -> spec.withId("template-signatory1Name")), "Ж. Ә. Төлеуғалиева");
        view.receive(ImageSlot.SEAL, TemplateImages.png(90, 90, Color.RED));
        assertThat(_get(Span.class, spec -> spec.withId("template-state-seal")).getText()).isEqualTo("Сурет жүктелді");
        _click(_get(Button.class, spec -> spec.withId("template-preview-button")));
        assertThat(PdfText.of(view.previewPdf())).contains("біліктілікті арттыру курсын бітіргені туралы",
                "Ж. Ә. Төлеуғалиева");
        assertThat(imageCount(view.previewPdf())).as("QR code and seal").isEqualTo(2);
        assertThat(context.getBean(CertificateTemplateService.class).current().headingKk())
                .as("not saved by a preview").isEqualTo("біліктілікті арттыру туралы");

        _click(_get(Button.class, spec -> spec.withId("template-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("template-error")).getText()).isEmpty();
        var saved = context.getBean(CertificateTemplateService.class).current();
        assertThat(saved.headingKk()).isEqualTo("біліктілікті арттыру курсын бітіргені туралы");
        assertThat(saved.signatory1Name()).isEqualTo("Ж. Ә. Төлеуғалиева");
        assertThat(saved.seal()).isNotNull();

        _click(_get(Button.class, spec -> spec.withId("template-defaults")));
        assertThat(heading.getValue()).isEqualTo("біліктілікті арттыру туралы");
        assertThat(context.getBean(CertificateTemplateService.class).current().seal()).isNull();
    }

    @Test
    void a_saved_image_that_cannot_be_read_does_not_stop_the_page_which_says_so_and_restores_the_defaults() {
        signInAs("staff");
        CertificateTemplateService service = context.getBean(CertificateTemplateService.class);
        service.save(service.current());
        TemplateImages.storeUnreadableSeal(context);

        UI.getCurrent().navigate(CertificateTemplateView.class);

        Div notices = _get(Div.class, spec -> spec.withId("template-notices"));
        assertThat(notices.isVisible()).isTrue();
        assertThat(notices.getElement().getTextRecursively())
                .contains("Мөр (PNG немесе JPEG): сақталған суретті оқу мүмкін емес");
        assertThat(_get(CertificateTemplateView.class).previewPng()).as("the preview still shows").isNotEmpty();
        _get(Upload.class, spec -> spec.withId("template-upload-seal"));

        _click(_get(Button.class, spec -> spec.withId("template-notice-defaults")));

        _assertNone(Div.class, spec -> spec.withId("template-notices"));
        assertThat(service.unreadableImages()).isEmpty();
    }

    private static int imageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            int count = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
            return count;
        }
    }
}

package kz.kelisim.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {

    private static final String KAZAKH_LETTERS = "ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І";

    @Test
    void kazakh_letters_come_back_from_the_pdf_as_written() throws IOException {
        byte[] pdf = PdfDocuments.fromXhtml(PdfDocuments.a4Document("kk", "Сынақ",
                "h1 { font-weight: bold; }",
                "<h1>Әріптер: " + KAZAKH_LETTERS + "</h1><p>Қазақстан халқы Ассамблеясы, " + KAZAKH_LETTERS + "</p>"));

        String text = PdfText.of(pdf);
        assertThat(text).contains("Әріптер: " + KAZAKH_LETTERS).contains("Қазақстан халқы Ассамблеясы, " + KAZAKH_LETTERS);
    }

    @Test
    void the_font_is_embedded_so_the_pdf_prints_the_same_everywhere() throws IOException {
        byte[] pdf = PdfDocuments.fromXhtml(PdfDocuments.a4Document("kk", "Сынақ", "", "<p>Ұлытау</p>"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(resources.getFontNames()).isNotEmpty();
        }
    }

    @Test
    void escaped_text_shows_markup_characters_instead_of_breaking_the_document() throws IOException {
        String tricky = "<b>Шағын & \"топ\"</b> 'бір'";

        byte[] pdf = PdfDocuments.fromXhtml(PdfDocuments.a4Document("kk", tricky, "", "<p>" + PdfDocuments.escape(tricky)
                + "</p>"));

        assertThat(PdfText.of(pdf)).contains(tricky);
    }
}

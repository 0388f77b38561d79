package kz.kelisim.course;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

import kz.kelisim.base.Language;
import kz.kelisim.base.pdf.PdfDocuments;

/**
 * A form of the academy (conflict-analysis sheet, signal card, ...) as an A4 page to print and fill
 * in by hand: its text as the lesson shows it, tables ruled with room to write, page numbers below,
 * in Kelisim's embedded font (every Kazakh letter).
 */
final class FormPdf {

    private static final String CSS = """
             @page { size: A4; margin: 14mm 14mm 16mm;
                     @bottom-right { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans';
                                     font-size: 8pt; color: #555; } }
             h1, h2 { font-size: 15pt; margin: 0 0 3mm; }
             h3 { font-size: 11.5pt; margin: 5mm 0 2mm; page-break-after: avoid; }
             h4 { font-size: 10.5pt; margin: 4mm 0 1.5mm; page-break-after: avoid; }
             p { margin: 0 0 2mm; line-height: 1.35; }
             ul, ol { margin: 0 0 2mm; padding-left: 6mm; }
             table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 1mm 0 3mm; -fs-table-paginate: paginate; }
             thead { display: table-header-group; }
             tr { page-break-inside: avoid; }
             th, td { border: 0.6pt solid #333; padding: 1.2mm 1.5mm; vertical-align: top; font-size: 9.5pt; overflow-wrap: break-word; word-wrap: break-word; }
             th { background: #e8e8e8; font-weight: bold; text-align: left; }
             td { height: 9mm; }
             a { color: #000; text-decoration: none; }
            """;

    private FormPdf() {
    }

    /**
     * @param html the form as {@link LessonRenderer} rendered and sanitised it
     */
    static byte[] render(String title, String html, Language language) {
        Document fragment = Jsoup.parseBodyFragment(html);
        // a printed form has no pictures from the course's files (they are served to signed-in readers only)
        fragment.select("img").remove();
        fragment.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        return PdfDocuments.fromXhtml(PdfDocuments.a4Document(language.tag(), title, CSS, fragment.body().html()));
    }
}

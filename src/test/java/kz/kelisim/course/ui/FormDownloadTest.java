package kz.kelisim.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

import kz.kelisim.Downloads;
import kz.kelisim.UiTest;
import kz.kelisim.base.pdf.PdfText;

/** A form on a lesson, pressed as its reader presses it: an A4 PDF in the language of the link, read back. */
class FormDownloadTest extends UiTest {

    @Test
    void a_reader_of_the_lesson_downloads_the_conflict_analysis_sheet_in_kazakh_and_in_russian() {
        signInAs("trainer");
        UI.getCurrent().navigate(LessonView.class, LessonView.parameters("ethnomediation", "mediation-stages"));
        assertThat(_get(Anchor.class, spec -> spec.withId("form-pdf-stages-analysis-sheet-ru")).getText())
                .isEqualTo("Русский");

        Downloads.Response kazakh = fetch("form-pdf-stages-analysis-sheet-kk");
        Downloads.Response russian = fetch("form-pdf-stages-analysis-sheet-ru");

        assertThat(kazakh.status()).isEqualTo(200);
        assertThat(kazakh.contentType()).isEqualTo("application/pdf");
        assertThat(kazakh.contentDisposition()).contains("conflict-analysis-sheet.kk.pdf");
        assertThat(PdfText.pages(kazakh.body())).isPositive();
        assertThat(PdfText.of(kazakh.body())).contains("Қақтығысты талдау парағы").contains("Тараптар");
        assertThat(PdfText.of(russian.body())).contains("Лист анализа конфликта");
    }

    private static Downloads.Response fetch(String id) {
        return Downloads.fetch(Downloads.onScreen().stream().filter(found -> id.equals(found.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no download " + id)));
    }
}

package kz.kelisim.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CaseTextTest {

    @Test
    void a_markdown_table_in_a_case_renders_as_a_table_as_in_lessons() {
        String html = CaseText.html("""
                ## Тараптар

                | Тарап | Ұстанымы |
                |---|:---:|
                | Ауыл әкімі | Суды кезекпен беру |
                | Фермерлер қауымдастығы | Арықты жөндеу |
                """);

        Document page = Jsoup.parse(html);
        assertThat(page.select("table th")).extracting(element -> element.text()).containsExactly("Тарап", "Ұстанымы");
        assertThat(page.select("table tbody tr")).hasSize(2);
        assertThat(page.text()).doesNotContain("|");
    }

    @Test
    void raw_html_and_scripts_in_a_case_stay_text() {
        String html = CaseText.html("<script>alert(1)</script> [сілтеме](javascript:alert(1)) <b>қалың</b>");

        assertThat(Jsoup.parse(html).select("script, b, a[href^=javascript]")).isEmpty();
        assertThat(html).contains("&lt;script&gt;");
    }
}

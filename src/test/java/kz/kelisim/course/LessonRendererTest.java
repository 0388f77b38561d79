package kz.kelisim.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Whatever a lesson file contains, what reaches the browser is harmless. */
class LessonRendererTest {

    private static final String BASE = "/course-assets/c/0123456789abcdef/lessons/one/";

    private final LessonRenderer renderer = new LessonRenderer();

    @Test
    void script_tags_event_attributes_and_javascript_links_render_harmless() {
        String html = renderer.render("""
                <script>alert('x')</script>

                <img src="x.png" onerror="alert(1)">

                <a href="javascript:alert(2)" onclick="alert(3)">link</a>

                [markdown link](javascript:alert(4))

                <iframe src="https://example.org"></iframe>
                """, BASE);

        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, iframe, [onerror], [onclick]")).isEmpty();
        assertThat(page.select("a[href^=javascript], img[src^=javascript]")).isEmpty();
        assertThat(page.select("*").stream().flatMap(element -> element.attributes().asList().stream()))
                .noneMatch(attribute -> attribute.getKey().startsWith("on")
                        || attribute.getValue().toLowerCase().contains("javascript:"));
        assertThat(page.text()).as("raw HTML is shown as text, never run").contains("<script>alert('x')</script>");
    }

    @Test
    void local_images_and_files_point_to_the_stored_course_files() {
        String html = renderer.render("![карта](images/map.png)\n\n[үлестірме](files/handout.pdf)", BASE);

        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("img").attr("src")).isEqualTo(BASE + "images/map.png");
        assertThat(page.select("img").attr("alt")).isEqualTo("карта");
        assertThat(page.select("a").attr("href")).isEqualTo(BASE + "files/handout.pdf");
    }

    @Test
    void file_names_are_encoded_in_addresses_and_parent_folders_are_never_linked() {
        String html = renderer.render("[a](<files/c++ 50%.pdf>) [b](../other/x.pdf) [c](files/report..v2.pdf)", BASE);

        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("a").eachAttr("href")).containsExactly(BASE + "files/c++%2050%25.pdf", "#",
                BASE + "files/report..v2.pdf");
    }

    @Test
    void external_links_open_apart_without_handing_over_the_page() {
        String html = renderer.render("[Ассамблея](https://assembly.kz)", BASE);

        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("a").attr("href")).isEqualTo("https://assembly.kz");
        assertThat(page.select("a").attr("target")).isEqualTo("_blank");
        assertThat(page.select("a").attr("rel")).isEqualTo("noopener noreferrer");
    }

    @Test
    void tables_headings_and_kazakh_letters_come_through() {
        String html = renderer.render("## Тақырып\n\n| Әріп | Мысал |\n|---|---|\n| ә | әділет |\n", BASE);

        assertThat(html).contains("<h2>Тақырып</h2>").contains("<table>").contains("әділет");
    }
}

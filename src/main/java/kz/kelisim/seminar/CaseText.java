package kz.kelisim.seminar;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * A case written in Markdown as HTML that is safe to show: GitHub tables as lessons render them, raw
 * HTML escaped, URLs checked, then jsoup's allow-list (no images, no scripts, links only to http(s)
 * and mail).
 */
final class CaseText {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.basic().addTags("h1", "h2", "h3", "h4", "table", "thead",
            "tbody", "tr", "th", "td").addAttributes("th", "align").addAttributes("td", "align");

    private CaseText() {
    }

    static String html(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(html, SAFELIST);
    }
}

package kz.kelisim.course;

import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Markdown to HTML that is safe to show: CommonMark with tables, raw HTML escaped, every URL
 * checked, then jsoup's allow-list as a second wall. Local images and files point to the course's
 * stored assets; external links open in a new tab without handing over the page.
 */
@Component
public class LessonRenderer {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final String BASE = "https://kelisim.invalid";
    /** Where a {@code glossary:<term>} link leads: the glossary page, opened at the term. */
    public static final String GLOSSARY_PAGE = "/glossary?term=";

    /** For links that leave Kelisim: the other site gets neither this page nor where the reader came from. */
    public static final String EXTERNAL_LINK_REL = "noopener noreferrer";

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addTags("img")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("a", "href", "title", "rel", "target")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "https")
            .preserveRelativeLinks(true);

    /**
     * @param assetBase where this lesson's files are served, ending in '/', e.g.
     *        {@code /course-assets/sample/1a2b3c/lessons/intro/}
     */
    String render(String markdown, String assetBase) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                image.setDestination(local(image.getDestination(), assetBase));
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                link.setDestination(local(link.getDestination(), assetBase));
                visitChildren(link);
            }
        });
        String html = RENDERER.render(document);
        String clean = Jsoup.clean(html, BASE, SAFELIST);
        Document page = Jsoup.parseBodyFragment(clean, BASE);
        for (Element link : page.select("a[href]")) {
            if (SCHEME.matcher(link.attr("href")).find() && !link.attr("href").startsWith("mailto:")) {
                link.attr("target", "_blank").attr("rel", EXTERNAL_LINK_REL);
            } else {
                link.removeAttr("target").removeAttr("rel");
            }
        }
        return page.body().html();
    }

    /** Relative paths become asset URLs; anything with a scheme is left for the checks that follow. */
    private static String local(String destination, String assetBase) {
        if (destination != null && destination.startsWith(MarkdownLinks.GLOSSARY_SCHEME)) {
            // the loader checked that the term exists: the link opens the glossary at it
            return GLOSSARY_PAGE + UriUtils.encodeQueryParam(
                    destination.substring(MarkdownLinks.GLOSSARY_SCHEME.length()), StandardCharsets.UTF_8);
        }
        if (destination == null || destination.isBlank() || destination.startsWith("#")
                || SCHEME.matcher(destination).find() || destination.startsWith("/")) {
            return destination;
        }
        String path = MarkdownLinks.decodePath(destination);
        if (Arrays.asList(path.split("/")).contains("..")) {
            return "#";
        }
        return assetBase + UriUtils.encodePath(path, StandardCharsets.UTF_8);
    }
}

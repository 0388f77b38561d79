package kz.kelisim.base.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.openpdf.text.pdf.BaseFont;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * PDFs for printing (sign-in slips, attendance sheets, certificates): an XHTML page with CSS in,
 * PDF bytes out, written in {@link #FONT_FAMILY}, a font shipped inside Kelisim (never one of the
 * server's) that has every Kazakh letter, embedded in each PDF so it prints the same everywhere.
 * Text put into the page must go through {@link #escape(String)}. Images given as data URIs are
 * decoded once per renderer; {@link #qrCode(String)} gives a QR code's image source.
 */
public final class PdfDocuments {

    /** The family to name in a document's CSS: DejaVu Sans, regular and bold (licence beside the files). */
    public static final String FONT_FAMILY = "DejaVu Sans";

    /** A second family for display lines (a certificate's title and holder): DejaVu Serif, bold only. */
    public static final String SERIF_FAMILY = "DejaVu Serif";

    /** Classpath resources; the renderer also reads each file by this name for the font's weight and style. */
    private static final List<String> FONT_FILES = List.of("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf",
            "fonts/DejaVuSerif-Bold.ttf");

    /** The faces a document may be measured in before it is laid out ({@link TextFit}). */
    public enum Face {
        SANS(0), SANS_BOLD(1), SERIF_BOLD(2);

        private final int file;

        Face(int file) {
            this.file = file;
        }

        /** The width of the text at 1 pt, in points, as the renderer will set it (same font program). */
        public float width(String text) {
            return Fonts.ALL.get(file).getWidthPoint(text, 1f);
        }
    }

    private PdfDocuments() {
    }

    /** Read once, on first use, and shared by every document (a BaseFont is immutable). */
    private static final class Fonts {

        static final List<BaseFont> ALL = load();

        static String file(int index) {
            return FONT_FILES.get(index);
        }

        private static List<BaseFont> load() {
            List<BaseFont> fonts = new ArrayList<>();
            for (String file : FONT_FILES) {
                try (InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(file)) {
                    if (in == null) {
                        throw new IllegalStateException("Font " + file + " is missing from the classpath");
                    }
                    fonts.add(BaseFont.createFont(file, BaseFont.IDENTITY_H,
                            BaseFont.EMBEDDED, BaseFont.CACHED, in.readAllBytes(), null));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return List.copyOf(fonts);
        }
    }

    /**
     * Renders a complete XHTML document (well-formed XML, CSS in its {@code <style>}; page size with
     * {@code @page}) to PDF.
     */
    public static byte[] fromXhtml(String xhtml) {
        ITextRenderer renderer = renderer();
        renderer.setDocument(parse(xhtml), null);
        renderer.layout();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        renderer.createPDF(pdf);
        return pdf.toByteArray();
    }

    /**
     * One renderer per thread, kept between documents: its fonts are registered once and its shared
     * context (font metrics, CSS defaults) is reused; each document replaces the previous one whole.
     * Held softly, so the last document a rarely used thread laid out never pins memory the server needs.
     */
    private static final ThreadLocal<SoftReference<ITextRenderer>> RENDERERS = new ThreadLocal<>();

    private static ITextRenderer renderer() {
        SoftReference<ITextRenderer> kept = RENDERERS.get();
        ITextRenderer renderer = kept == null ? null : kept.get();
        if (renderer == null) {
            ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
            renderer = new ITextRenderer(device, new DocumentImages(device));
            for (int i = 0; i < Fonts.ALL.size(); i++) {
                renderer.getFontResolver().addFont(Fonts.ALL.get(i), Fonts.file(i),
                        Fonts.file(i).contains("Serif") ? SERIF_FAMILY : FONT_FAMILY);
            }
            RENDERERS.set(new SoftReference<>(renderer));
        }
        return renderer;
    }

    /** A namespace-aware XML parser per thread (finding a JAXP implementation per document costs more than parsing). */
    private static final ThreadLocal<DocumentBuilder> PARSERS = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    private static Document parse(String xhtml) {
        DocumentBuilder parser = PARSERS.get();
        parser.reset();
        try {
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new IllegalArgumentException("The document is not well-formed XHTML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A complete A4 XHTML document around the body (already escaped markup), in Kelisim's font.
     *
     * @param language the document's language tag ({@code kk}, {@code ru}, {@code en})
     * @param css      the document's own rules, added after the defaults
     */
    public static String a4Document(String language, String title, String css, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + escape(language) + "\">"
                + "<head><title>" + escape(title) + "</title><style type=\"text/css\">"
                + "@page { size: A4; margin: 12mm; }"
                + " body { font-family: '" + FONT_FAMILY + "'; font-size: 10.5pt; color: #000; }"
                + css + "</style></head><body>" + body + "</body></html>";
    }

    /**
     * The source of an {@code <img>} showing the text as a QR code (black on white, quiet zone, medium
     * error correction); give the image its printed size in CSS.
     */
    public static String qrCode(String text) {
        return DocumentImages.QR + text;
    }

    /** The text made safe to put between tags or in an attribute; null becomes empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters; a stray one would break the whole document
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}

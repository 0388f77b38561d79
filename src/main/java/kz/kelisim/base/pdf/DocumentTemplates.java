package kz.kelisim.base.pdf;

import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import kz.kelisim.base.Language;

/**
 * Printed documents' XHTML from Thymeleaf templates under {@code documents/} on the classpath
 * ({@code documents/<name>.xhtml}), in Thymeleaf's XML mode (Thymeleaf 3 has no separate XHTML
 * mode; the page is XML for the PDF renderer), so every {@code th:text} is escaped and a name with
 * {@code <} or {@code &} prints as written. Each template gets its fixed texts as {@code kk},
 * {@code ru} and {@code en} ({@link PrintedTexts}). Templates are parsed once and kept.
 */
public final class DocumentTemplates {

    private static final TemplateEngine ENGINE = engine();

    private DocumentTemplates() {
    }

    /** The document as XHTML, ready for {@link PdfDocuments#fromXhtml}. */
    public static String xhtml(String name, Map<String, Object> variables) {
        Context context = new Context(Language.DEFAULT.locale(), variables);
        for (Language language : Language.values()) {
            context.setVariable(language.tag(), PrintedTexts.of(language));
        }
        return ENGINE.process(name, context);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DocumentTemplates.class.getClassLoader());
        resolver.setPrefix("documents/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}

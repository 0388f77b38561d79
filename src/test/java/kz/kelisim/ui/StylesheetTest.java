package kz.kelisim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.htmlunit.cssparser.dom.AbstractCSSRuleImpl;
import org.htmlunit.cssparser.dom.CSSMediaRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleSheetImpl;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSException;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.junit.jupiter.api.Test;

/**
 * Kelisim's theme parses into the rules a browser applies: a block left open once made every rule
 * after it apply to phones only, and five screens went unstyled on laptops.
 */
class StylesheetTest {

    private static final Path STYLESHEET = Path.of("frontend", "styles", "kelisim.css");

    /** Screens whose layout must hold on every screen size, not only below 40rem. */
    private static final List<String> FOR_EVERY_SCREEN = List.of(".verify-view", ".verify-field", ".verify-label",
            ".issue-dialog::part(overlay)", ".workspace-view", ".grading-panel, .grade-summary", ".import-dialog .import-help",
            ".exercise-card", ".certificates-view, .my-certificates-view");

    @Test
    void the_stylesheet_parses_without_an_error_and_no_media_block_holds_another() throws IOException {
        Parsed parsed = parse();

        assertThat(parsed.errors()).as("parse errors in %s", STYLESHEET).isEmpty();
        for (AbstractCSSRuleImpl rule : parsed.sheet().getCssRules().getRules()) {
            if (rule instanceof CSSMediaRuleImpl media) {
                assertThat(media.getCssRules().getRules()).as("rules inside %s", media.getMediaList())
                        .allSatisfy(inner -> assertThat(inner).isInstanceOf(CSSStyleRuleImpl.class));
            }
        }
    }

    @Test
    void the_layout_of_every_screen_applies_outside_the_phone_only_blocks() throws IOException {
        List<String> topLevel = new ArrayList<>();
        for (AbstractCSSRuleImpl rule : parse().sheet().getCssRules().getRules()) {
            if (rule instanceof CSSStyleRuleImpl style) {
                // the parser writes the implied universal selector out: "*.verify-view"
                topLevel.add(style.getSelectorText().replace("*.", "."));
            }
        }

        assertThat(topLevel).containsAll(FOR_EVERY_SCREEN);
    }

    private record Parsed(CSSStyleSheetImpl sheet, List<String> errors) {
    }

    private static Parsed parse() throws IOException {
        String css = Files.readString(STYLESHEET, StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        CSSOMParser parser = new CSSOMParser();
        parser.setErrorHandler(new CSSErrorHandler() {
            @Override
            public void warning(CSSParseException exception) throws CSSException {
                errors.add(describe(exception));
            }

            @Override
            public void error(CSSParseException exception) throws CSSException {
                errors.add(describe(exception));
            }

            @Override
            public void fatalError(CSSParseException exception) throws CSSException {
                errors.add(describe(exception));
            }
        });
        CSSStyleSheetImpl sheet = parser.parseStyleSheet(new InputSource(new StringReader(css)), null);
        return new Parsed(sheet, errors);
    }

    private static String describe(CSSParseException exception) {
        return "line " + exception.getLineNumber() + ": " + exception.getMessage();
    }
}

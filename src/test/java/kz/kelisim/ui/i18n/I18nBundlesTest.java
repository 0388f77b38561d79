package kz.kelisim.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import kz.kelisim.base.Language;

/**
 * The three language bundles stay in step, every key the code asks for exists, and no view
 * carries a text a person would read that is not in the bundles.
 */
class I18nBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** A key written in code: getTranslation("..."), @Menu(title = "..."), or a "prefix." + ... key. */
    private static final Pattern TRANSLATION_CALL = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** What a person reads: words with a space, any Cyrillic, or a capitalised word. */
    private static final Pattern READABLE_TEXT =
            Pattern.compile("\\p{IsCyrillic}|\\p{L}+\\s+\\p{L}+|^\\p{Lu}\\p{Ll}+");

    @Test
    void every_bundle_has_exactly_the_same_keys_and_no_empty_text() throws IOException {
        Properties kazakh = bundle(Language.KK);
        for (Language language : Language.values()) {
            Properties texts = bundle(language);
            assertThat(texts.stringPropertyNames()).as("keys of %s", language)
                    .containsExactlyInAnyOrderElementsOf(kazakh.stringPropertyNames());
            assertThat(texts.stringPropertyNames()).as("empty texts in %s", language)
                    .allSatisfy(key -> assertThat(texts.getProperty(key)).isNotBlank());
        }
    }

    @Test
    void every_key_named_in_the_code_exists() throws IOException {
        Set<String> known = bundle(Language.KK).stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (Path file : javaSources()) {
            String code = Files.readAllLines(file).stream()
                    .filter(line -> !isComment(line.strip()))
                    .reduce("", (all, line) -> all + line + "\n");
            collect(TRANSLATION_CALL.matcher(code), used);
            collect(MENU_TITLE.matcher(code), used);
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    /** MessageFormat reads a lone apostrophe as a quote and swallows it: "course's {0}" shows "courses". */
    @Test
    void no_text_with_parameters_has_a_lone_apostrophe() throws IOException {
        for (Language language : Language.values()) {
            bundle(language).forEach((key, text) -> {
                String message = text.toString();
                if (message.matches("(?s).*\\{\\d.*")) {
                    assertThat(message.replace("''", "")).as("%s in %s", key, language).doesNotContain("'");
                }
            });
        }
    }

    @Test
    void kazakh_bundle_uses_kazakh_letters() throws IOException {
        String allKazakh = String.join(" ", bundle(Language.KK).values().stream().map(Object::toString).toList());
        assertThat(allKazakh).containsAnyOf("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і");
    }

    @Test
    void no_view_contains_a_hard_coded_text() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : javaSources()) {
            List<String> lines = Files.readAllLines(file);
            if (lines.stream().noneMatch(line -> line.startsWith("import com.vaadin.flow.component."))) {
                continue;
            }
            for (int number = 1; number <= lines.size(); number++) {
                String line = lines.get(number - 1).strip();
                if (isExempt(line)) {
                    continue;
                }
                Matcher literal = STRING_LITERAL.matcher(line);
                while (literal.find()) {
                    if (READABLE_TEXT.matcher(literal.group(1)).find()) {
                        offences.add(SOURCES.relativize(file) + ":" + number + " \"" + literal.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(offences).as("texts in views must come from the translation bundles").isEmpty();
    }

    /** Comments, logging, exception messages for developers and JavaScript are not UI texts. */
    private static boolean isExempt(String line) {
        return isComment(line) || line.contains("log.") || line.contains("Exception(") || line.contains("executeJs(");
    }

    private static boolean isComment(String line) {
        return line.startsWith("//") || line.startsWith("*") || line.startsWith("/*");
    }

    /** Whole keys only: a key ending in a dot is a prefix completed at run time. */
    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            if (!matcher.group(1).endsWith(".")) {
                into.add(matcher.group(1));
            }
        }
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    private static Properties bundle(Language language) throws IOException {
        String name = "/vaadin-i18n/translations_" + language.tag() + ".properties";
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}

package kz.kelisim.course;

import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import kz.kelisim.base.Language;

/**
 * The academy's glossary as everyone signed in reads it: every term in the reader's language with its
 * names in the other two, its definition and its note, found by a word of any of the three languages.
 */
@Service
public class GlossaryService {

    private final AcademyStore academy;

    GlossaryService(AcademyStore academy) {
        this.academy = academy;
    }

    /** A term as shown: its name and definition in the reader's language, its names in the others. */
    public record Entry(String id, String term, String definition, String note, List<String> otherNames) {
    }

    /** The terms whose name, definition or note in any language holds the words; all when blank. */
    @PreAuthorize("isAuthenticated()")
    public List<Entry> terms(Language reader, String search) {
        Glossary glossary = academy.glossary();
        if (glossary == null) {
            return List.of();
        }
        String wanted = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return glossary.terms().stream().filter(term -> wanted.isEmpty() || searchable(term).contains(wanted))
                .map(term -> new Entry(term.id(), term.term().in(reader), term.definition().in(reader),
                        term.note() == null ? null : term.note().in(reader),
                        java.util.Arrays.stream(Language.values()).filter(language -> language != reader)
                                .map(language -> term.term().texts().get(language)).filter(name -> name != null)
                                .toList()))
                // alphabetically by the term's first letter, whatever quotation marks it opens with
                .sorted(java.util.Comparator.comparing(entry -> entry.term().replaceFirst("^[^\\p{L}\\p{N}]+", ""),
                        java.text.Collator.getInstance(reader.locale())))
                .toList();
    }

    private static String searchable(GlossaryTerm term) {
        StringBuilder text = new StringBuilder();
        term.term().texts().values().forEach(name -> text.append(name).append('\n'));
        term.definition().texts().values().forEach(definition -> text.append(definition).append('\n'));
        if (term.note() != null) {
            term.note().texts().values().forEach(note -> text.append(note).append('\n'));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}

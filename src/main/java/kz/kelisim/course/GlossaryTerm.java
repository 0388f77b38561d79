package kz.kelisim.course;

import java.util.List;
import java.util.Map;

import kz.kelisim.base.Language;

/**
 * A term of the academy's glossary ({@code courses/glossary.yaml}), in kk, ru and en.
 *
 * @param avoid discouraged or wrong variants per language (empty when none)
 * @param note why they are to be avoided, or other remarks; null when none
 */
public record GlossaryTerm(String id, LocalizedText term, LocalizedText definition, Map<Language, List<String>> avoid,
        LocalizedText note) {

    public GlossaryTerm {
        avoid = avoid == null ? Map.of() : Map.copyOf(avoid);
    }
}

package kz.kelisim.course;

import java.util.List;
import java.util.Optional;

/** The academy's glossary as last loaded: every term, in the order of its file. */
public record Glossary(List<GlossaryTerm> terms) {

    public Glossary {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    public Optional<GlossaryTerm> term(String id) {
        return terms.stream().filter(term -> term.id().equals(id)).findFirst();
    }
}

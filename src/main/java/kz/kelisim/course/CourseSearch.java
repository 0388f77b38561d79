package kz.kelisim.course;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.jpa.domain.Specification;

import kz.kelisim.base.Language;

/** What a trainee looks for in the catalogue: words, a language the course must have, a topic. */
public record CourseSearch(String text, Optional<Language> language, Optional<CourseTopic> topic) {

    /** Lower case, composed form: Kazakh letters typed either way compare equal. */
    static String normalise(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
    }

    Specification<Course> specification() {
        Specification<Course> specification = (root, query, builder) -> builder.conjunction();
        String words = normalise(text);
        for (String word : words.isEmpty() ? new String[0] : words.split("\\s+")) {
            String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            specification = specification.and((root, query, builder) ->
                    builder.like(root.get("searchText"), pattern, '\\'));
        }
        if (language.isPresent()) {
            String tag = "%" + language.get().tag() + "%";
            specification = specification.and((root, query, builder) -> builder.like(root.get("languages"), tag));
        }
        if (topic.isPresent()) {
            String code = topic.get().code();
            specification = specification.and((root, query, builder) -> builder.equal(root.get("topic"), code));
        }
        return specification;
    }
}

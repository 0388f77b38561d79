package kz.kelisim.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a trainee answered, in the shape the question's type asks for. Stored as JSON with its kind. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = Response.Selected.class, name = "selected"),
        @JsonSubTypes.Type(value = Response.TrueOrFalse.class, name = "true-false"),
        @JsonSubTypes.Type(value = Response.Matched.class, name = "matched"),
        @JsonSubTypes.Type(value = Response.Ordered.class, name = "ordered"),
        @JsonSubTypes.Type(value = Response.Typed.class, name = "typed") })
public sealed interface Response {

    /** Options chosen (single and multiple choice). */
    record Selected(Set<String> optionIds) implements Response {
    }

    record TrueOrFalse(boolean value) implements Response {
    }

    /** For each prompt (by pair id), the pair whose answer was chosen for it. */
    record Matched(Map<String, String> choiceByPrompt) implements Response {
    }

    /** Items (by option id) in the order the trainee put them. */
    record Ordered(List<String> optionIds) implements Response {
    }

    /** Typed text: a short answer, a number, or an essay. */
    record Typed(String text) implements Response {
    }
}

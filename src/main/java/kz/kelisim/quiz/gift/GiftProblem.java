package kz.kelisim.quiz.gift;

import java.util.List;

/** Something wrong in a GIFT file: the line, and what, as a translation key {@code gift.problem.<kind>}. */
public record GiftProblem(int line, String kind, List<String> arguments) {

    public String messageKey() {
        return "gift.problem." + kind;
    }
}

package kz.kelisim.quiz.gift;

import java.util.List;

/**
 * What a GIFT file holds: its questions if it has no problem at all, else every problem with its
 * line and no questions, so an import takes the whole file or nothing.
 */
public record GiftImport(List<GiftQuestion> questions, List<GiftProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}

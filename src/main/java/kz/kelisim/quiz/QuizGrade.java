package kz.kelisim.quiz;

import java.util.List;
import java.util.OptionalDouble;

/** A trainee's grade on a quiz from their submitted attempts, by the quiz's grading method, in percent. */
final class QuizGrade {

    private QuizGrade() {
    }

    /** Empty until an attempt is submitted. Attempts must be in the order they were made. */
    static OptionalDouble of(QuizSettings settings, List<Attempt> attempts) {
        List<Attempt> submitted = attempts.stream().filter(Attempt::isSubmitted).toList();
        if (submitted.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (settings.grading()) {
            case HIGHEST -> submitted.stream().mapToDouble(Attempt::percent).max();
            case LAST -> OptionalDouble.of(submitted.getLast().percent());
            case AVERAGE -> submitted.stream().mapToDouble(Attempt::percent).average();
        };
    }
}

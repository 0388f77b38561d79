package kz.kelisim.quiz;

/**
 * How much of a question's mark an answer earns: {@code fraction} from 0 to 1. An essay waits for a
 * trainer ({@code awaitingTrainer}) and counts 0 until graded.
 */
public record Grade(double fraction, boolean awaitingTrainer) {

    public static final Grade WRONG = new Grade(0, false);
    public static final Grade RIGHT = new Grade(1, false);
    public static final Grade AWAITING_TRAINER = new Grade(0, true);

    public static Grade of(double fraction) {
        return new Grade(Math.max(0, Math.min(1, fraction)), false);
    }

    public double marks(Question question) {
        return fraction * question.mark();
    }
}

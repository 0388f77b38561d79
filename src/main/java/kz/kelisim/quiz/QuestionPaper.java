package kz.kelisim.quiz;

import java.util.List;

import kz.kelisim.course.LocalizedText;

/**
 * The questions of one attempt as the trainee gets them: drawn and ordered from the attempt's
 * seed, so the same seed always gives the same paper (a resumed attempt looks exactly as it did).
 * It carries nothing that gives an answer away: no weights, no feedback, no accepted answers, no
 * right order, no right match.
 */
public record QuestionPaper(long seed, List<PaperQuestion> questions) {

    /**
     * One question. {@code options}: choices, or the items to put in order (never shown in the
     * right order); {@code prompts} and {@code matches} for matching, the matches shuffled.
     * {@code slot}: the question's place in the quiz before shuffling.
     */
    public record PaperQuestion(String questionId, int slot, QuestionType type, double mark, LocalizedText text,
            List<PaperOption> options, List<PaperOption> prompts, List<PaperOption> matches) {
    }

    public record PaperOption(String id, LocalizedText text) {
    }

    public double maxMarks() {
        return questions.stream().mapToDouble(PaperQuestion::mark).sum();
    }
}

package kz.kelisim.quiz;

import java.util.Arrays;

/**
 * The marks of the attempts on one quiz, attempt by attempt: {@code scores[attempt * questions + question]},
 * each between 0 and that question's maximum. Kept as one flat array so 10,000 attempts of 40
 * questions are 3 MB of memory and read in one sweep.
 */
public record ScoreMatrix(int attempts, int questions, double[] scores, double[] maxMarks) {

    public ScoreMatrix {
        if (attempts < 0 || questions < 1 || maxMarks.length != questions
                || scores.length != (long) attempts * questions) {
            throw new IllegalArgumentException("A score matrix needs attempts x questions scores and a maximum for"
                    + " each question");
        }
        for (double max : maxMarks) {
            if (!(max > 0)) {
                throw new IllegalArgumentException("Every question's maximum mark must be positive");
            }
        }
    }

    public double score(int attempt, int question) {
        return scores[attempt * questions + question];
    }

    public double maxTotal() {
        return Arrays.stream(maxMarks).sum();
    }
}

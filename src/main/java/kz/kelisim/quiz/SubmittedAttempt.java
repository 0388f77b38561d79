package kz.kelisim.quiz;

import java.time.Instant;

/** A submitted attempt as a list of attempts shows it, without its questions and paper. */
record SubmittedAttempt(long id, long userId, int number, Instant submittedAt, double marks, double maxMarks,
        int awaitingGrading) {

    double percent() {
        return maxMarks > 0 ? 100 * marks / maxMarks : 0;
    }
}

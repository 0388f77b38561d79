package kz.kelisim.quiz;

/** A quiz's submitted attempts, the trainees who made them and the essays among them still awaiting a trainer. */
record QuizAttemptCounts(String quizId, long attempts, long trainees, long essaysAwaiting) {
}

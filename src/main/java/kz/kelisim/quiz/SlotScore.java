package kz.kelisim.quiz;

/** One answer as statistics read it: which attempt, which slot and question, how much of which maximum. */
record SlotScore(long attemptId, int slot, String questionId, double fraction, double maxMarks) {
}

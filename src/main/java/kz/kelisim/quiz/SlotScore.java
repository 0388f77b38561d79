package kz.kelisim.quiz;

/** One answer's mark as statistics read it: which attempt, which slot, how much of which maximum. */
record SlotScore(long attemptId, int slot, double fraction, double maxMarks) {
}

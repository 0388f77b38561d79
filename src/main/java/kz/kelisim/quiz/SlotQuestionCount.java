package kz.kelisim.quiz;

/** How many analysed attempts held a question in a slot (slots draw at random from a category). */
record SlotQuestionCount(int slot, String questionId, long attempts) {
}

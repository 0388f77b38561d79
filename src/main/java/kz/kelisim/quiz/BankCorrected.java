package kz.kelisim.quiz;

import java.util.List;

/** A course was stored with corrected versions of questions its attempts may hold. */
record BankCorrected(String courseId, List<Question> corrected) {
}

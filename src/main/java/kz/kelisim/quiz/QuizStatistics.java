package kz.kelisim.quiz;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A quiz's statistics as Moodle defines them, so trainers who know Moodle's report read the same
 * figures. Percentages are of the maximum mark; a figure that is undefined for the data (fewer than
 * two attempts, no spread in the scores) is empty rather than a made-up number.
 *
 * @param meanPercent        mean total score
 * @param medianPercent      median total score
 * @param sdPercent          standard deviation of the totals (sample, n - 1)
 * @param internalConsistency Cronbach's alpha as a percentage (coefficient of internal consistency)
 * @param errorRatio         100 * sqrt(1 - alpha): the share of the spread that is random error
 * @param standardErrorPercent error ratio times the standard deviation
 * @param histogram          attempts per tenth of the score range, 0-10 % ... 90-100 %
 */
public record QuizStatistics(int attempts, OptionalDouble meanPercent, OptionalDouble medianPercent,
        OptionalDouble sdPercent, OptionalDouble internalConsistency, OptionalDouble errorRatio,
        OptionalDouble standardErrorPercent, int[] histogram, List<QuestionStatistics> questions) {

    /**
     * One question's figures.
     *
     * @param facilityIndex      mean score as a percentage of the question's maximum: how easy it was
     * @param sdPercent          standard deviation of its scores, as a percentage of its maximum
     * @param discriminationIndex correlation (x 100) of its score with the rest of the test
     * @param discriminativeEfficiency the discrimination reached, as a percentage of the most that
     *                           these score distributions allow
     */
    public record QuestionStatistics(int question, OptionalDouble facilityIndex, OptionalDouble sdPercent,
            OptionalDouble discriminationIndex, OptionalDouble discriminativeEfficiency) {
    }
}

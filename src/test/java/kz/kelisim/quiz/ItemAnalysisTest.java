package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.Random;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import kz.kelisim.quiz.QuizStatistics.QuestionStatistics;

/**
 * The statistics checked against a fixture small enough to compute by hand: 5 attempts, 3 questions;
 * questions 1 and 2 are worth 1 mark, question 3 is worth 2 (partial credit).
 *
 * <pre>
 *            q1  q2  q3 | total
 *   A         1   1   2 |  4
 *   B         1   0   1 |  2
 *   C         0   1   1 |  2
 *   D         1   1   0 |  2
 *   E         0   0   0 |  0          maximum total 4
 * </pre>
 */
class ItemAnalysisTest {

    private static final Offset<Double> CLOSE = within(1e-9);

    private static final ScoreMatrix FIXTURE = new ScoreMatrix(5, 3, new double[] {
        1, 1, 2,
        1, 0, 1,
        0, 1, 1,
        1, 1, 0,
        0, 0, 0}, new double[] {1, 1, 2});

    private final QuizStatistics statistics = ItemAnalysis.of(FIXTURE);

    @Test
    void mean_median_and_standard_deviation_of_the_totals() {
        // mean = (4+2+2+2+0)/5 = 2 -> 2/4 = 50 %; median = 2 -> 50 %
        assertThat(statistics.meanPercent().getAsDouble()).isCloseTo(50.0, CLOSE);
        assertThat(statistics.medianPercent().getAsDouble()).isCloseTo(50.0, CLOSE);
        // V(X) = ((4-2)^2 + 0 + 0 + 0 + (0-2)^2) / 4 = 2; SD = sqrt 2 = 1.41421 -> 35.3553 % of 4
        assertThat(statistics.sdPercent().getAsDouble()).isCloseTo(100 * Math.sqrt(2) / 4, CLOSE);
    }

    @Test
    void cronbachs_alpha_error_ratio_and_standard_error() {
        // V(q1) = (3 * 0.4^2 + 2 * 0.6^2) / 4 = 0.3; V(q2) = 0.3;
        // V(q3): mean 0.8, ((1.2)^2 + 2 * 0.2^2 + 2 * 0.8^2) / 4 = 2.8 / 4 = 0.7
        // alpha = 3/2 * (1 - (0.3 + 0.3 + 0.7) / 2) = 1.5 * 0.35 = 0.525 -> 52.5 %
        assertThat(statistics.internalConsistency().getAsDouble()).isCloseTo(52.5, CLOSE);
        // error ratio = sqrt(1 - 0.525) = 0.689202 -> 68.9202 %
        assertThat(statistics.errorRatio().getAsDouble()).isCloseTo(100 * Math.sqrt(0.475), CLOSE);
        // standard error = 0.689202 * 35.3553 % = 24.3670 % (0.97468 marks)
        assertThat(statistics.standardErrorPercent().getAsDouble())
                .isCloseTo(Math.sqrt(0.475) * 100 * Math.sqrt(2) / 4, CLOSE);
    }

    @Test
    void facility_and_standard_deviation_of_each_question() {
        // facility: q1 3/5 = 60 %, q2 60 %, q3 mean 0.8 of 2 = 40 %
        assertThat(facility(0)).isCloseTo(60.0, CLOSE);
        assertThat(facility(1)).isCloseTo(60.0, CLOSE);
        assertThat(facility(2)).isCloseTo(40.0, CLOSE);
        // SD: q1 sqrt 0.3 = 54.7723 % of 1; q3 sqrt 0.7 = 0.83666 -> 41.8330 % of 2
        assertThat(question(0).sdPercent().getAsDouble()).isCloseTo(100 * Math.sqrt(0.3), CLOSE);
        assertThat(question(2).sdPercent().getAsDouble()).isCloseTo(100 * Math.sqrt(0.7) / 2, CLOSE);
    }

    @Test
    void discrimination_index_is_the_correlation_with_the_rest_of_the_test() {
        // q1: x = 1 1 0 1 0 (mean 0.6), rest R = 3 1 2 1 0 (mean 1.4)
        // sum (x - 0.6)(R - 1.4) = 0.64 - 0.16 - 0.36 - 0.16 + 0.84 = 0.8 -> Cov = 0.2
        // V(R) = (2.56 + 0.16 + 0.36 + 0.16 + 1.96) / 4 = 1.3
        // D = 0.2 / sqrt(0.3 * 1.3) = 0.320256 -> 32.0256 %
        assertThat(question(0).discriminationIndex().getAsDouble()).isCloseTo(100 * 0.2 / Math.sqrt(0.3 * 1.3), CLOSE);
        // q3: x = 2 1 1 0 0, R = 2 1 1 2 0, Cov = 1.2 / 4 = 0.3, V(x) = V(R) = 0.7 -> D = 0.3 / 0.7 = 42.857 %
        assertThat(question(2).discriminationIndex().getAsDouble()).isCloseTo(100 * 0.3 / 0.7, CLOSE);
    }

    @Test
    void discriminative_efficiency_compares_with_the_best_possible_pairing() {
        // q1: sorted x = 0 0 1 1 1, sorted R = 0 1 1 2 3
        // sum = 0.84 + 0.24 - 0.16 + 0.24 + 0.64 = 1.8 -> Cov max = 0.45; DE = 0.2 / 0.45 = 44.44 %
        assertThat(question(0).discriminativeEfficiency().getAsDouble()).isCloseTo(100 * 0.2 / 0.45, CLOSE);
        // q3: sorted x = 0 0 1 1 2, sorted R = 0 1 1 2 2, Cov max = 2.2 / 4 = 0.55; DE = 0.3 / 0.55 = 54.55 %
        assertThat(question(2).discriminativeEfficiency().getAsDouble()).isCloseTo(100 * 0.3 / 0.55, CLOSE);
    }

    @Test
    void histogram_counts_attempts_per_tenth_of_the_score_range() {
        // 0 % -> first tenth; 50 % (three attempts) -> sixth; 100 % -> last
        assertThat(statistics.histogram()).containsExactly(1, 0, 0, 0, 0, 3, 0, 0, 0, 1);
    }

    @Test
    void figures_that_the_data_cannot_define_are_left_empty() {
        QuizStatistics one = ItemAnalysis.of(new ScoreMatrix(1, 2, new double[] {1, 0}, new double[] {1, 1}));
        assertThat(one.meanPercent()).hasValue(50.0);
        assertThat(one.sdPercent()).isEmpty();
        assertThat(one.internalConsistency()).isEmpty();

        QuizStatistics same = ItemAnalysis.of(new ScoreMatrix(3, 2, new double[] {1, 0, 1, 0, 1, 0},
                new double[] {1, 1}));
        assertThat(same.internalConsistency()).isEmpty();
        assertThat(same.questions()).allSatisfy(question -> assertThat(question.discriminationIndex()).isEmpty());

        QuizStatistics none = ItemAnalysis.of(new ScoreMatrix(0, 2, new double[0], new double[] {1, 1}));
        assertThat(none.meanPercent()).isEmpty();
        assertThat(none.histogram()).containsOnly(0);
    }

    @Test
    void a_question_everyone_scored_the_same_on_has_no_discrimination_not_rounding_noise() {
        double[] scores = new double[10 * 2];
        for (int p = 0; p < 10; p++) {
            scores[p * 2] = 0.9;
            scores[p * 2 + 1] = p % 2;
        }

        QuizStatistics statistics = ItemAnalysis.of(new ScoreMatrix(10, 2, scores, new double[] {1, 1}));

        assertThat(statistics.questions().getFirst().discriminationIndex()).isEmpty();
        assertThat(statistics.questions().getFirst().discriminativeEfficiency()).isEmpty();
    }

    @Test
    void agrees_with_a_direct_computation_on_a_large_random_quiz() {
        Random random = new Random(2026);
        int n = 500;
        int k = 12;
        double[] max = new double[k];
        Arrays.setAll(max, i -> 1 + i % 3);
        double[] scores = new double[n * k];
        for (int p = 0; p < n; p++) {
            double ability = random.nextGaussian();
            for (int i = 0; i < k; i++) {
                double chance = 1 / (1 + Math.exp(-(ability - (i - k / 2.0) / 4)));
                scores[p * k + i] = Math.round(max[i] * chance * random.nextDouble() * 2) / 2.0 % (max[i] + 0.5);
                scores[p * k + i] = Math.min(max[i], scores[p * k + i]);
            }
        }
        ScoreMatrix matrix = new ScoreMatrix(n, k, scores, max);

        QuizStatistics fast = ItemAnalysis.of(matrix);

        double[] totals = new double[n];
        for (int p = 0; p < n; p++) {
            for (int i = 0; i < k; i++) {
                totals[p] += matrix.score(p, i);
            }
        }
        double sumItemVariances = 0;
        for (int i = 0; i < k; i++) {
            double[] x = new double[n];
            double[] rest = new double[n];
            for (int p = 0; p < n; p++) {
                x[p] = matrix.score(p, i);
                rest[p] = totals[p] - x[p];
            }
            sumItemVariances += covariance(x, x);
            double expectedD = 100 * covariance(x, rest) / Math.sqrt(covariance(x, x) * covariance(rest, rest));
            double[] sortedX = x.clone();
            double[] sortedRest = rest.clone();
            Arrays.sort(sortedX);
            Arrays.sort(sortedRest);
            double expectedDe = 100 * covariance(x, rest) / covariance(sortedX, sortedRest);
            assertThat(fast.questions().get(i).discriminationIndex().getAsDouble()).isCloseTo(expectedD, within(1e-6));
            assertThat(fast.questions().get(i).discriminativeEfficiency().getAsDouble())
                    .isCloseTo(expectedDe, within(1e-6));
        }
        double expectedAlpha = 100.0 * k / (k - 1) * (1 - sumItemVariances / covariance(totals, totals));
        assertThat(fast.internalConsistency().getAsDouble()).isCloseTo(expectedAlpha, within(1e-6));
    }

    private static double covariance(double[] a, double[] b) {
        double meanA = Arrays.stream(a).average().orElseThrow();
        double meanB = Arrays.stream(b).average().orElseThrow();
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }
        return sum / (a.length - 1);
    }

    private QuestionStatistics question(int index) {
        return statistics.questions().get(index);
    }

    private double facility(int index) {
        OptionalDouble facility = question(index).facilityIndex();
        return facility.getAsDouble();
    }
}

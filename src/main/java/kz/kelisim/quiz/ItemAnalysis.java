package kz.kelisim.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import kz.kelisim.quiz.QuizStatistics.QuestionStatistics;

/**
 * Computes {@link QuizStatistics} from a {@link ScoreMatrix}: two sweeps over the matrix for means,
 * variances and covariances, then one sort per question for discriminative efficiency. Linear in the
 * number of scores apart from those sorts; no boxing, no per-attempt objects.
 * <p>
 * Formulas (Moodle's "quiz statistics calculations"), with V the sample variance (n - 1), X the total,
 * x_i question i's score and R_i = X - x_i the rest of the test:
 * <ul>
 * <li>alpha = k / (k - 1) * (1 - sum V(x_i) / V(X)); error ratio = sqrt(1 - alpha); standard error =
 * error ratio * SD(X)</li>
 * <li>facility = mean(x_i) / max_i; discrimination = Cov(x_i, R_i) / sqrt(V(x_i) V(R_i))</li>
 * <li>discriminative efficiency = Cov(x_i, R_i) / Cov(sorted x_i, sorted R_i)</li>
 * </ul>
 */
public final class ItemAnalysis {

    private static final int HISTOGRAM_BINS = 10;
    private static final double NOISE = 1e-12;

    private ItemAnalysis() {
    }

    public static QuizStatistics of(ScoreMatrix matrix) {
        int n = matrix.attempts();
        int k = matrix.questions();
        double[] scores = matrix.scores();
        double maxTotal = matrix.maxTotal();

        // Sweep 1: totals and question means.
        double[] totals = new double[n];
        double[] questionMeans = new double[k];
        for (int p = 0, cell = 0; p < n; p++) {
            double total = 0;
            for (int i = 0; i < k; i++, cell++) {
                double score = scores[cell];
                total += score;
                questionMeans[i] += score;
            }
            totals[p] = total;
        }
        double totalMean = 0;
        for (double total : totals) {
            totalMean += total;
        }
        totalMean = n == 0 ? Double.NaN : totalMean / n;
        for (int i = 0; i < k; i++) {
            questionMeans[i] = n == 0 ? Double.NaN : questionMeans[i] / n;
        }

        // Sweep 2: centred sums for variances and the covariance of each question with the total.
        double[] questionSquares = new double[k];
        double[] withTotal = new double[k];
        double totalSquares = 0;
        for (int p = 0, cell = 0; p < n; p++) {
            double dTotal = totals[p] - totalMean;
            totalSquares += dTotal * dTotal;
            for (int i = 0; i < k; i++, cell++) {
                double d = scores[cell] - questionMeans[i];
                questionSquares[i] += d * d;
                withTotal[i] += d * dTotal;
            }
        }
        double dof = n - 1;
        double totalVariance = totalSquares / dof;
        double sumQuestionVariances = 0;
        for (double squares : questionSquares) {
            sumQuestionVariances += squares / dof;
        }

        boolean spread = n >= 2 && totalVariance > NOISE * maxTotal * maxTotal;
        OptionalDouble alpha = spread && k >= 2
                ? OptionalDouble.of(100.0 * k / (k - 1) * (1 - sumQuestionVariances / totalVariance))
                : OptionalDouble.empty();
        OptionalDouble errorRatio = alpha.isPresent() && alpha.getAsDouble() <= 100
                ? OptionalDouble.of(100 * Math.sqrt(1 - alpha.getAsDouble() / 100))
                : OptionalDouble.empty();
        OptionalDouble sdPercent = n >= 2 ? OptionalDouble.of(100 * Math.sqrt(totalVariance) / maxTotal)
                : OptionalDouble.empty();
        OptionalDouble standardError = errorRatio.isPresent() && sdPercent.isPresent()
                ? OptionalDouble.of(errorRatio.getAsDouble() / 100 * sdPercent.getAsDouble())
                : OptionalDouble.empty();

        List<QuestionStatistics> questions = new ArrayList<>(k);
        double[] column = new double[n];
        double[] rest = new double[n];
        for (int i = 0; i < k; i++) {
            questions.add(question(matrix, i, questionMeans[i], questionSquares[i], withTotal[i], totalSquares,
                    totals, column, rest));
        }

        double[] sortedTotals = totals.clone();
        Arrays.sort(sortedTotals);
        return new QuizStatistics(n,
                n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * totalMean / maxTotal),
                n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * median(sortedTotals) / maxTotal),
                sdPercent, alpha, errorRatio, standardError, histogram(totals, maxTotal), List.copyOf(questions));
    }

    private static QuestionStatistics question(ScoreMatrix matrix, int i, double mean, double squares,
            double withTotal, double totalSquares, double[] totals, double[] column, double[] rest) {
        int n = matrix.attempts();
        double max = matrix.maxMarks()[i];
        if (n < 2) {
            return new QuestionStatistics(i, n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * mean / max),
                    OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        }
        // Sums of centred products, all over the same n - 1, so the divisions cancel. Below the noise
        // floor of floating point a spread is no spread: everyone scored the same.
        double noise = NOISE * n * max * max;
        double withRest = withTotal - squares;
        double restSquares = totalSquares + squares - 2 * withTotal;
        OptionalDouble discrimination = squares > noise && restSquares > noise
                ? OptionalDouble.of(100 * withRest / Math.sqrt(squares * restSquares))
                : OptionalDouble.empty();

        OptionalDouble efficiency = OptionalDouble.empty();
        if (discrimination.isPresent()) {
            double[] scores = matrix.scores();
            int k = matrix.questions();
            double restMean = 0;
            for (int p = 0; p < n; p++) {
                column[p] = scores[p * k + i];
                rest[p] = totals[p] - column[p];
                restMean += rest[p];
            }
            restMean /= n;
            Arrays.sort(column);
            Arrays.sort(rest);
            double best = 0;
            for (int p = 0; p < n; p++) {
                best += (column[p] - mean) * (rest[p] - restMean);
            }
            if (best > noise) {
                efficiency = OptionalDouble.of(100 * withRest / best);
            }
        }
        return new QuestionStatistics(i, OptionalDouble.of(100 * mean / max),
                OptionalDouble.of(100 * Math.sqrt(squares / (n - 1)) / max), discrimination, efficiency);
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Attempts per tenth of the score range; a full score counts in the top tenth. */
    private static int[] histogram(double[] totals, double maxTotal) {
        int[] bins = new int[HISTOGRAM_BINS];
        for (double total : totals) {
            int bin = (int) Math.floor(total / maxTotal * HISTOGRAM_BINS);
            bins[Math.max(0, Math.min(HISTOGRAM_BINS - 1, bin))]++;
        }
        return bins;
    }
}

package kz.kelisim.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ScoreMatrix} from answer marks read attempt by attempt, in one pass and without an
 * object per attempt. Columns are the quiz's slots. An attempt that does not hold exactly one answer
 * in each slot (drawn under earlier settings with another number of questions) is left out and
 * counted. When one slot drew questions of different marks, each answer counts as its fraction of
 * the slot's largest mark, so every attempt is measured on one scale. It also counts which questions
 * the complete attempts held in each slot.
 */
final class ScoreMatrixBuilder {

    private final int slots;
    private final double[] slotMax;
    private final double[] rowMax;
    private final int[] filledBy;
    private final String[] rowQuestions;
    private final List<Map<String, long[]>> questionCounts = new ArrayList<>();
    private double[] fractions;
    private int attempts;
    private int leftOut;
    private long currentAttempt = Long.MIN_VALUE;
    private int rowNumber;
    private int filled;
    private boolean broken;
    private boolean finished;

    ScoreMatrixBuilder(int slots) {
        this.slots = slots;
        this.slotMax = new double[slots];
        this.rowMax = new double[slots];
        this.filledBy = new int[slots];
        this.rowQuestions = new String[slots];
        for (int i = 0; i < slots; i++) {
            questionCounts.add(new HashMap<>());
        }
        this.fractions = new double[64 * slots];
    }

    /** The next answer; answers of one attempt must come together. */
    void add(SlotScore score) {
        add(score.attemptId(), score.slot(), score.questionId(), score.fraction(), score.maxMarks());
    }

    void add(long attemptId, int slot, String questionId, double fraction, double maxMarks) {
        if (finished) {
            throw new IllegalStateException("The matrix is finished");
        }
        if (attemptId != currentAttempt) {
            finishAttempt();
            currentAttempt = attemptId;
            rowNumber++;
            filled = 0;
            broken = false;
            if ((attempts + 1) * slots > fractions.length) {
                fractions = Arrays.copyOf(fractions, 2 * fractions.length);
            }
        }
        if (slot < 0 || slot >= slots || filledBy[slot] == rowNumber) {
            broken = true;
            return;
        }
        filledBy[slot] = rowNumber;
        filled++;
        fractions[attempts * slots + slot] = fraction;
        rowMax[slot] = maxMarks;
        rowQuestions[slot] = questionId;
    }

    private void finishAttempt() {
        if (currentAttempt == Long.MIN_VALUE) {
            return;
        }
        if (broken || filled != slots) {
            leftOut++;
            return;
        }
        for (int i = 0; i < slots; i++) {
            slotMax[i] = Math.max(slotMax[i], rowMax[i]);
            questionCounts.get(i).computeIfAbsent(rowQuestions[i], id -> new long[1])[0]++;
        }
        attempts++;
    }

    /** Ends the reading; the counts and the matrix are final from here on. */
    void finish() {
        if (!finished) {
            finishAttempt();
            finished = true;
        }
    }

    /** Complete attempts read. */
    int attempts() {
        return attempts;
    }

    /** Attempts left out because they did not hold one answer in each slot. */
    int leftOut() {
        return leftOut;
    }

    /** For each slot, how many complete attempts held each question there. */
    List<Map<String, Long>> questionCounts() {
        return questionCounts.stream().map(counts -> {
            Map<String, Long> copy = new HashMap<>();
            counts.forEach((id, count) -> copy.put(id, count[0]));
            return copy;
        }).toList();
    }

    /** The matrix of the complete attempts, after {@link #finish()}; needs at least one. */
    ScoreMatrix matrix() {
        if (!finished) {
            throw new IllegalStateException("Finish reading first");
        }
        double[] scores = Arrays.copyOf(fractions, attempts * slots);
        for (int p = 0, cell = 0; p < attempts; p++) {
            for (int i = 0; i < slots; i++, cell++) {
                scores[cell] *= slotMax[i];
            }
        }
        return new ScoreMatrix(attempts, slots, scores, slotMax.clone());
    }
}

package kz.kelisim.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import kz.kelisim.quiz.Question.Option;
import kz.kelisim.quiz.Question.Pair;
import kz.kelisim.quiz.QuestionPaper.PaperOption;
import kz.kelisim.quiz.QuestionPaper.PaperQuestion;
import kz.kelisim.quiz.QuizSettings.Draw;

/**
 * Draws a {@link QuestionPaper} from a bank by a quiz's settings: for each draw, that many different
 * questions of the category at random; questions and options shuffled when the settings say so;
 * items to order and matches to choose from always shuffled, since their written order is the answer.
 */
public final class PaperDrawer {

    /** A preview shows a question as a quiz that shuffles its options would. */
    private static final QuizSettings PREVIEW = new QuizSettings("preview", List.of(), false, true, null, null, null, 0,
            QuizSettings.Grading.LAST, 0, QuizSettings.Layout.ONE_PER_PAGE,
            new QuizSettings.Review(QuizSettings.Review.When.NEVER, false, false, false), QuizSettings.Role.NONE);

    private PaperDrawer() {
    }

    /**
     * @param seed the attempt's seed: the same seed, settings and bank give the same paper
     * @throws IllegalArgumentException when a category holds fewer questions than drawn (the loader
     *         prevents this for loaded courses)
     */
    public static QuestionPaper draw(QuizSettings settings, List<Question> bank, long seed) {
        Random random = new Random(seed);
        List<Question> drawn = new ArrayList<>();
        for (Draw draw : settings.draws()) {
            List<Question> category = new ArrayList<>(bank.stream()
                    .filter(question -> question.category().equals(draw.category()))
                    .filter(question -> !drawn.contains(question))
                    .toList());
            if (category.size() < draw.count()) {
                throw new IllegalArgumentException("Category " + draw.category() + " holds " + category.size()
                        + " questions, " + draw.count() + " are drawn");
            }
            Collections.shuffle(category, random);
            List<Question> chosen = new ArrayList<>(category.subList(0, draw.count()));
            chosen.sort((a, b) -> Integer.compare(bank.indexOf(a), bank.indexOf(b)));
            drawn.addAll(chosen);
        }
        // a question's slot is its place before shuffling: statistics compare like with like
        List<Question> shown = new ArrayList<>(drawn);
        if (settings.shuffleQuestions()) {
            Collections.shuffle(shown, random);
        }
        return new QuestionPaper(seed, shown.stream()
                .map(question -> paper(question, drawn.indexOf(question), settings, random)).toList());
    }

    /** One question as a trainee gets it in a quiz that shuffles options: the bank editor's preview. */
    static PaperQuestion preview(Question question, long seed) {
        return paper(question, 0, PREVIEW, new Random(seed));
    }

    /**
     * The question as an attempt already shows it, with a corrected version's texts and mark: the
     * items keep the order the attempt showed them in. Only for a corrected question with the same
     * options and pairs ({@link #sameChoices}).
     */
    static PaperQuestion corrected(PaperQuestion shown, Question corrected) {
        java.util.Map<String, PaperOption> options = new java.util.HashMap<>();
        corrected.options().forEach(option -> options.put(option.id(), option(option)));
        java.util.Map<String, PaperOption> prompts = new java.util.HashMap<>();
        java.util.Map<String, PaperOption> matches = new java.util.HashMap<>();
        for (Pair pair : corrected.pairs()) {
            prompts.put(pair.id(), new PaperOption(pair.id(), pair.prompt()));
            matches.put(pair.id(), new PaperOption(pair.id(), pair.match()));
        }
        return new PaperQuestion(shown.questionId(), shown.slot(), corrected.type(), corrected.mark(), corrected.text(),
                shown.options().stream().map(option -> options.get(option.id())).toList(),
                shown.prompts().stream().map(prompt -> prompts.get(prompt.id())).toList(),
                shown.matches().stream().map(match -> matches.get(match.id())).toList());
    }

    /** Whether two versions of a question offer the same things to choose from (type, option and pair ids). */
    static boolean sameChoices(Question before, Question after) {
        return before.type() == after.type()
                && before.options().stream().map(Option::id).collect(java.util.stream.Collectors.toSet())
                        .equals(after.options().stream().map(Option::id).collect(java.util.stream.Collectors.toSet()))
                && before.pairs().stream().map(pair -> pair.id() + (pair.prompt().texts().isEmpty() ? "-" : "+"))
                        .collect(java.util.stream.Collectors.toSet())
                        .equals(after.pairs().stream().map(pair -> pair.id() + (pair.prompt().texts().isEmpty() ? "-" : "+"))
                                .collect(java.util.stream.Collectors.toSet()));
    }

    private static PaperQuestion paper(Question question, int slot, QuizSettings settings, Random random) {
        List<PaperOption> options = new ArrayList<>();
        List<PaperOption> prompts = new ArrayList<>();
        List<PaperOption> matches = new ArrayList<>();
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                question.options().forEach(option -> options.add(option(option)));
                if (settings.shuffleOptions()) {
                    Collections.shuffle(options, random);
                }
            }
            case ORDERING -> {
                question.options().forEach(option -> options.add(option(option)));
                shuffleOutOfOrder(options, random);
            }
            case MATCHING -> {
                for (Pair pair : question.pairs()) {
                    if (!pair.prompt().texts().isEmpty()) {
                        prompts.add(new PaperOption(pair.id(), pair.prompt()));
                    }
                    matches.add(new PaperOption(pair.id(), pair.match()));
                }
                if (settings.shuffleOptions()) {
                    Collections.shuffle(prompts, random);
                }
                shuffleOutOfOrder(matches, random);
            }
            case TRUE_FALSE, SHORT_ANSWER, NUMERIC, ESSAY -> {
                // nothing to choose from: the trainee answers in words, a number or true/false
            }
        }
        return new PaperQuestion(question.id(), slot, question.type(), question.mark(), question.text(), List.copyOf(options),
                List.copyOf(prompts), List.copyOf(matches));
    }

    /** Shuffles so that the written (right) order is never the one shown, whenever two items exist. */
    private static void shuffleOutOfOrder(List<PaperOption> items, Random random) {
        List<PaperOption> written = List.copyOf(items);
        Collections.shuffle(items, random);
        if (items.size() > 1 && items.equals(written)) {
            Collections.rotate(items, 1);
        }
    }

    private static PaperOption option(Option option) {
        return new PaperOption(option.id(), option.text());
    }
}

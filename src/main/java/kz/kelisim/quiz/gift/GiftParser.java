package kz.kelisim.quiz.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.kelisim.quiz.AnswerText;
import kz.kelisim.quiz.gift.GiftQuestion.Answer;
import kz.kelisim.quiz.gift.GiftQuestion.Choice;
import kz.kelisim.quiz.gift.GiftQuestion.Choices;
import kz.kelisim.quiz.gift.GiftQuestion.Description;
import kz.kelisim.quiz.gift.GiftQuestion.Essay;
import kz.kelisim.quiz.gift.GiftQuestion.Matching;
import kz.kelisim.quiz.gift.GiftQuestion.NumberAnswer;
import kz.kelisim.quiz.gift.GiftQuestion.Numeric;
import kz.kelisim.quiz.gift.GiftQuestion.Pair;
import kz.kelisim.quiz.gift.GiftQuestion.ShortAnswer;
import kz.kelisim.quiz.gift.GiftQuestion.TrueFalse;

/**
 * Reads Moodle's GIFT format: comments, categories, titles, text formats, escapes ({@code \~ \= \#
 * \{ \} \: \\ \n}, and Kelisim's {@code -\>} for an arrow that is not a matching pair), choices with
 * weights and feedback, several right answers with partial credit, true/false with feedback, short
 * answers, matching, numbers with tolerance or range, missing word, essay, description and general
 * feedback. Questions are separated by blank lines. Every problem is
 * reported with its line; a file with any problem yields no questions.
 */
public final class GiftParser {

    private static final String CATEGORY = "$CATEGORY:";
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)\\]");
    private static final Pattern TRUE_FALSE = Pattern.compile("T|TRUE|F|FALSE");
    private static final String SPECIALS = "~=#{}:\\";
    private static final double FULL = 100;

    private final List<GiftProblem> problems = new ArrayList<>();
    private final List<GiftQuestion> questions = new ArrayList<>();
    private String category;

    private GiftParser() {
    }

    public static GiftImport parse(String gift) {
        GiftParser parser = new GiftParser();
        parser.read(gift);
        return parser.problems.isEmpty() ? new GiftImport(List.copyOf(parser.questions), List.of())
                : new GiftImport(List.of(), List.copyOf(parser.problems));
    }

    private void read(String gift) {
        String text = gift.startsWith("\uFEFF") ? gift.substring(1) : gift;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> block = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            if (trimmed.startsWith("//")) {
                continue;
            }
            if (trimmed.isEmpty()) {
                block(block, numbers);
                continue;
            }
            block.add(lines[i]);
            numbers.add(i + 1);
        }
        block(block, numbers);
    }

    /** One blank-line-separated block: a category line, a question, or both. */
    private void block(List<String> lines, List<Integer> numbers) {
        if (lines.isEmpty()) {
            return;
        }
        List<String> rest = new ArrayList<>(lines);
        List<Integer> restNumbers = new ArrayList<>(numbers);
        lines.clear();
        numbers.clear();
        String first = rest.getFirst().strip();
        if (first.startsWith(CATEGORY)) {
            category = first.substring(CATEGORY.length()).strip();
            if (category.isEmpty()) {
                problem(restNumbers.getFirst(), "category-empty");
            }
            rest.removeFirst();
            restNumbers.removeFirst();
            if (rest.isEmpty()) {
                return;
            }
        }
        new QuestionReader(String.join("\n", rest), restNumbers).read();
    }

    /** Reads one question, mapping every position back to its line in the file. */
    private final class QuestionReader {
        private final String source;
        private final List<Integer> numbers;
        private final int[] lineStarts;

        QuestionReader(String source, List<Integer> numbers) {
            this.source = source;
            this.numbers = numbers;
            this.lineStarts = new int[numbers.size()];
            for (int i = 1, line = 1; i < source.length() && line < lineStarts.length; i++) {
                if (source.charAt(i - 1) == '\n') {
                    lineStarts[line++] = i;
                }
            }
        }

        int lineAt(int offset) {
            int line = 0;
            while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
                line++;
            }
            return numbers.get(line);
        }

        void read() {
            int problemsBefore = problems.size();
            int pos = skipSpace(source, 0);
            String title = null;
            if (source.startsWith("::", pos)) {
                int end = findUnescaped(source, "::", pos + 2);
                if (end < 0) {
                    problem(lineAt(pos), "title-not-closed");
                    return;
                }
                title = emptyToNull(unescape(source.substring(pos + 2, end)).strip());
                pos = skipSpace(source, end + 2);
            }
            String format = null;
            Matcher formatMatch = FORMAT.matcher(source.substring(pos));
            if (formatMatch.find()) {
                format = formatMatch.group(1);
                pos += formatMatch.end();
            }
            int open = findUnescaped(source, "{", pos);
            if (open < 0) {
                int stray = findUnescaped(source, "}", pos);
                if (stray >= 0) {
                    problem(lineAt(stray), "brace-unexpected");
                    return;
                }
                String text = unescape(source.substring(pos)).strip();
                if (text.isEmpty()) {
                    problem(lineAt(pos), "text-empty");
                    return;
                }
                questions.add(new GiftQuestion(lineAt(pos), category, title, format, text, null, new Description(),
                        null));
                return;
            }
            int close = findUnescaped(source, "}", open + 1);
            if (close < 0) {
                problem(lineAt(open), "brace-not-closed");
                return;
            }
            int nested = findUnescaped(source, "{", open + 1);
            if (nested >= 0 && nested < close) {
                problem(lineAt(nested), "brace-nested");
                return;
            }
            int second = findUnescaped(source, "{", close + 1);
            if (second >= 0) {
                problem(lineAt(second), "second-answer-block");
                return;
            }
            int strayClose = findUnescaped(source, "}", close + 1);
            if (strayClose >= 0) {
                problem(lineAt(strayClose), "brace-unexpected");
                return;
            }
            String before = unescape(source.substring(pos, open)).strip();
            String after = unescape(source.substring(close + 1)).strip();
            if (before.isEmpty() && after.isEmpty()) {
                problem(lineAt(open), "text-empty");
                return;
            }
            String raw = source.substring(open + 1, close);
            String general = null;
            int generalAt = findUnescaped(raw, "####", 0);
            if (generalAt >= 0) {
                general = unescape(raw.substring(generalAt + 4)).strip();
                raw = raw.substring(0, generalAt);
            }
            Answer answer = answer(raw, open + 1);
            if (problems.size() == problemsBefore) {
                questions.add(new GiftQuestion(lineAt(pos), category, title, format, before,
                        after.isEmpty() ? null : after, answer, general));
            }
        }

        private Answer answer(String raw, int offset) {
            String trimmed = raw.strip();
            int line = lineAt(offset + raw.indexOf(trimmed.isEmpty() ? "" : trimmed.substring(0, 1)));
            if (trimmed.isEmpty()) {
                return new Essay();
            }
            if (trimmed.startsWith("#")) {
                int hash = raw.indexOf('#');
                return numeric(raw.substring(hash + 1), offset + hash + 1);
            }
            List<String> parts = splitUnescaped(trimmed, '#');
            if (TRUE_FALSE.matcher(parts.getFirst().strip()).matches()) {
                if (parts.size() > 3) {
                    problem(line, "true-false-feedback");
                }
                boolean correct = parts.getFirst().strip().startsWith("T");
                return new TrueFalse(correct, parts.size() > 1 ? emptyToNull(unescape(parts.get(1)).strip()) : null,
                        parts.size() > 2 ? emptyToNull(unescape(parts.get(2)).strip()) : null);
            }
            List<Token> tokens = tokens(raw, offset);
            if (tokens.isEmpty()) {
                return new Essay();
            }
            boolean matching = tokens.stream().anyMatch(token -> token.marker == '=' && token.body.contains("->"));
            if (matching) {
                return matching(tokens);
            }
            List<Choice> choices = new ArrayList<>();
            boolean partialRightAnswer = false;
            for (Token token : tokens) {
                Choice choice = choice(token, token.marker == '=' ? FULL : 0);
                if (choice != null) {
                    choices.add(choice);
                    partialRightAnswer |= token.marker == '=' && choice.weight() < FULL;
                }
            }
            if (tokens.stream().allMatch(token -> token.marker == '=')) {
                return new ShortAnswer(choices);
            }
            long right = tokens.stream().filter(token -> token.marker == '=').count();
            if (choices.size() < 2) {
                problem(line, "choices-too-few");
            }
            if (right > 1) {
                problem(line, "several-right-answers");
            }
            if (right == 1) {
                // Moodle's partial credit for a single choice: {~wrong ~%50%half =right}; only the "="
                // answer itself may not be worth less than full marks
                if (partialRightAnswer) {
                    problem(line, "partial-single-choice");
                }
                return new Choices(choices, false);
            }
            double positive = choices.stream().mapToDouble(Choice::weight).filter(weight -> weight > 0).sum();
            if (positive == 0) {
                problem(line, "no-right-answer");
            } else if (Math.abs(positive - FULL) > 0.01) {
                problem(line, "weights-not-100", AnswerText.plainNumber(positive));
            }
            return new Choices(choices, true);
        }

        private Answer matching(List<Token> tokens) {
            List<Pair> pairs = new ArrayList<>();
            for (Token token : tokens) {
                int arrow = token.body.indexOf("->");
                if (token.marker != '=' || arrow < 0) {
                    problem(lineAt(token.offset), "matching-mixed");
                    continue;
                }
                String prompt = unescape(token.body.substring(0, arrow)).strip();
                String match = unescape(token.body.substring(arrow + 2)).strip();
                if (match.isEmpty()) {
                    problem(lineAt(token.offset), "answer-empty");
                }
                pairs.add(new Pair(prompt, match));
            }
            if (pairs.stream().filter(pair -> !pair.prompt().isEmpty()).count() < 2) {
                problem(lineAt(tokens.getFirst().offset), "matching-too-few");
            }
            return new Matching(pairs);
        }

        private Answer numeric(String body, int offset) {
            List<NumberAnswer> answers = new ArrayList<>();
            if (findUnescaped(body, "=", 0) < 0 && findUnescaped(body, "~", 0) < 0) {
                int start = offset + (body.length() - body.stripLeading().length());
                NumberAnswer answer = number(new Token('=', body, start), lineAt(start), FULL);
                if (answer != null) {
                    answers.add(answer);
                }
                return new Numeric(answers);
            }
            for (Token token : tokens(body, offset)) {
                if (token.marker != '=') {
                    problem(lineAt(token.offset), "numeric-marker");
                    continue;
                }
                NumberAnswer answer = number(token, lineAt(token.offset), FULL);
                if (answer != null) {
                    answers.add(answer);
                }
            }
            return new Numeric(answers);
        }

        private NumberAnswer number(Token token, int line, double defaultWeight) {
            Weighted weighted = weighted(token.body, line, defaultWeight);
            if (weighted == null) {
                return null;
            }
            List<String> parts = splitUnescaped(weighted.rest, '#');
            String spec = parts.getFirst().strip();
            String feedback = parts.size() > 1 ? emptyToNull(unescape(parts.get(1)).strip()) : null;
            try {
                double value;
                double tolerance;
                if (spec.contains("..")) {
                    double min = strict(spec.substring(0, spec.indexOf("..")));
                    double max = strict(spec.substring(spec.indexOf("..") + 2));
                    if (min > max) {
                        problem(line, "range-reversed", spec);
                        return null;
                    }
                    value = (min + max) / 2;
                    tolerance = (max - min) / 2;
                } else if (spec.contains(":")) {
                    value = strict(spec.substring(0, spec.indexOf(':')));
                    tolerance = strict(spec.substring(spec.indexOf(':') + 1));
                    if (tolerance < 0) {
                        problem(line, "tolerance-negative", spec);
                        return null;
                    }
                } else {
                    value = strict(spec);
                    tolerance = 0;
                }
                return new NumberAnswer(value, tolerance, weighted.weight, feedback);
            } catch (NumberFormatException e) {
                problem(line, "number-invalid", spec);
                return null;
            }
        }

        private Choice choice(Token token, double defaultWeight) {
            int line = lineAt(token.offset);
            Weighted weighted = weighted(token.body, line, defaultWeight);
            if (weighted == null) {
                return null;
            }
            List<String> parts = splitUnescaped(weighted.rest, '#');
            String text = unescape(parts.getFirst()).strip();
            if (text.isEmpty()) {
                problem(line, "answer-empty");
                return null;
            }
            return new Choice(text, weighted.weight, parts.size() > 1 ? emptyToNull(unescape(
                    String.join("#", parts.subList(1, parts.size()))).strip()) : null);
        }

        /** The answers of a block, each starting at an unescaped '=' or '~'. */
        private List<Token> tokens(String raw, int offset) {
            List<Token> tokens = new ArrayList<>();
            int start = -1;
            char marker = 0;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\') {
                    i++;
                    continue;
                }
                if (c == '=' || c == '~') {
                    if (start >= 0) {
                        tokens.add(new Token(marker, raw.substring(start, i), offset + start));
                    } else if (!raw.substring(0, i).isBlank()) {
                        int stray = offset + (raw.length() - raw.stripLeading().length());
                        problem(lineAt(stray), "answer-text-outside", raw.substring(0, i).strip());
                    }
                    marker = c;
                    start = i + 1;
                }
            }
            if (start >= 0) {
                tokens.add(new Token(marker, raw.substring(start), offset + start));
            } else if (!raw.isBlank()) {
                problem(lineAt(offset + (raw.length() - raw.stripLeading().length())), "answer-text-outside",
                        raw.strip());
            }
            return tokens;
        }

        private Weighted weighted(String body, int line, double defaultWeight) {
            String rest = body.stripLeading();
            if (!rest.startsWith("%")) {
                return new Weighted(defaultWeight, rest);
            }
            int end = rest.indexOf('%', 1);
            try {
                double weight = strict(rest.substring(1, end < 0 ? 1 : end));
                if (end < 0 || weight < -FULL || weight > FULL) {
                    throw new NumberFormatException();
                }
                return new Weighted(weight, rest.substring(end + 1));
            } catch (NumberFormatException e) {
                problem(line, "weight-invalid", end < 0 ? rest : rest.substring(0, end + 1));
                return null;
            }
        }
    }

    private record Token(char marker, String body, int offset) {
    }

    private record Weighted(double weight, String rest) {
    }

    /** Digits with a decimal point or comma; no words, NaN, infinity or hexadecimal. */
    private static double strict(String text) {
        Double value = AnswerText.number(text);
        if (value == null) {
            throw new NumberFormatException(text);
        }
        return value;
    }

    static int findUnescaped(String text, String target, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(target, i)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitUnescaped(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /**
     * Resolves GIFT's escapes: {@code \n} is a new line, a backslash before a special character keeps
     * it, {@code -\>} is an arrow that is text.
     */
    static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == 'n') {
                    plain.append('\n');
                    i++;
                    continue;
                }
                boolean arrow = next == '>' && !plain.isEmpty() && plain.charAt(plain.length() - 1) == '-';
                if (SPECIALS.indexOf(next) >= 0 || arrow) {
                    plain.append(next);
                    i++;
                    continue;
                }
            }
            plain.append(c);
        }
        return plain.toString();
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private void problem(int line, String kind, String... arguments) {
        problems.add(new GiftProblem(line, kind, List.of(arguments)));
    }
}

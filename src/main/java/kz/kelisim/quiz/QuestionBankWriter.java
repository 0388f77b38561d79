package kz.kelisim.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import kz.kelisim.base.Language;
import kz.kelisim.course.LocalizedText;
import kz.kelisim.quiz.Question.Option;
import kz.kelisim.quiz.Question.Pair;

/**
 * Writes a category of a question bank in the canonical form of {@code questions/<category>.yaml}
 * (courses/README.md): keys in a fixed order, defaults left out, multi-line texts as literal blocks.
 * {@link QuestionBankReader} reads the result back to equal questions. Comments are not kept.
 */
final class QuestionBankWriter {

    private static final Yaml YAML = yaml();

    private QuestionBankWriter() {
    }

    /** A whole category file. */
    static String write(String category, LocalizedText title, List<Question> questions) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("category", category);
        file.put("title", texts(title));
        file.put("questions", questions.stream().map(QuestionBankWriter::question).toList());
        return YAML.dump(file);
    }

    /** One question on its own, as the bank editor shows it. */
    static String write(Question question) {
        return YAML.dump(question(question));
    }

    private static Map<String, Object> question(Question question) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", question.id());
        fields.put("type", QuestionBankReader.code(question.type()));
        if (question.mark() != 1) {
            fields.put("mark", number(question.mark()));
        }
        if (!question.tags().isEmpty()) {
            fields.put("tags", question.tags().stream().sorted().toList());
        }
        fields.put("text", texts(question.text()));
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, ORDERING ->
                    fields.put("options", question.options().stream().map(option -> option(option, question.type()))
                            .toList());
            case TRUE_FALSE -> fields.put("answer", question.correct());
            case MATCHING -> fields.put("pairs", question.pairs().stream().map(QuestionBankWriter::pair).toList());
            case SHORT_ANSWER -> {
                Map<String, Object> accepted = new LinkedHashMap<>();
                for (Language language : Language.values()) {
                    List<String> answers = question.accepted().getOrDefault(language, List.of());
                    if (!answers.isEmpty()) {
                        accepted.put(language.tag(), answers);
                    }
                }
                fields.put("accepted", accepted);
            }
            case NUMERIC -> {
                fields.put("number", number(question.number().value()));
                fields.put("tolerance", number(question.number().tolerance()));
            }
            case ESSAY -> {
                // graded by a trainer: nothing more to write
            }
        }
        if (question.feedback() != null && !question.feedback().texts().isEmpty()) {
            fields.put("feedback", texts(question.feedback()));
        }
        if (question.markingGuide() != null && !question.markingGuide().texts().isEmpty()) {
            fields.put("marking-guide", texts(question.markingGuide()));
        }
        return fields;
    }

    private static Map<String, Object> option(Option option, QuestionType type) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", option.id());
        if (type == QuestionType.SINGLE_CHOICE && option.weight() >= QuestionBankReader.FULL) {
            fields.put("right", true);
        } else if (type == QuestionType.SINGLE_CHOICE && option.weight() > 0) {
            fields.put("weight", number(option.weight()));
        } else if (type == QuestionType.MULTIPLE_CHOICE && option.weight() != 0) {
            fields.put("weight", number(option.weight()));
        }
        fields.put("text", texts(option.text()));
        if (option.feedback() != null && !option.feedback().texts().isEmpty()) {
            fields.put("feedback", texts(option.feedback()));
        }
        return fields;
    }

    private static Map<String, Object> pair(Pair pair) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", pair.id());
        if (!pair.prompt().texts().isEmpty()) {
            fields.put("prompt", texts(pair.prompt()));
        }
        fields.put("match", texts(pair.match()));
        return fields;
    }

    private static Map<String, Object> texts(LocalizedText text) {
        Map<String, Object> texts = new LinkedHashMap<>();
        text.texts().forEach((language, value) -> texts.put(language.tag(), value));
        return texts;
    }

    /** Whole numbers as integers, others in plain decimals: the reader accepts no exponent. */
    private static Object number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value
                : new PlainDecimal(AnswerText.plainNumber(value));
    }

    private record PlainDecimal(String digits) {
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        return new Yaml(new CanonicalRepresenter(options), options);
    }

    /** Multi-line texts as literal blocks (as authors write them), decimals as written. */
    private static final class CanonicalRepresenter extends Representer {

        CanonicalRepresenter(DumperOptions options) {
            super(options);
            representers.put(String.class, data -> {
                String text = (String) data;
                // the emitter quotes anything that would not read back as this text
                return representScalar(Tag.STR, text, text.contains("\n") ? DumperOptions.ScalarStyle.LITERAL
                        : DumperOptions.ScalarStyle.PLAIN);
            });
            representers.put(PlainDecimal.class,
                    data -> representScalar(Tag.FLOAT, ((PlainDecimal) data).digits(), DumperOptions.ScalarStyle.PLAIN));
        }
    }
}

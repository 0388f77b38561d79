package kz.kelisim.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;

import kz.kelisim.UiTest;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseFixture;
import kz.kelisim.course.CourseLoader;
import kz.kelisim.quiz.QuestionPaper.PaperOption;
import kz.kelisim.ui.DashboardView;

/**
 * Every question type rendered, answered and reviewed in each of Kazakh, Russian and English, as a
 * trainee reading in that language meets it (an English trainee once could neither take nor
 * review any quiz).
 */
class EveryQuestionTypeTest extends UiTest {

    private static final Path FOLDER = CourseFixture.temporaryFolder("kelisim-every-type");
    private static final String QUIZ = "check";

    private static final String BANK = """
            category: all
            title: {kk: Барлығы, ru: Все, en: All}
            questions:
              - id: capital
                type: single-choice
                mark: 1
                text: {kk: "Елорда қай қала?", ru: "Какой город столица?", en: "Which city is the capital?"}
                options:
                  - {id: astana, right: true, text: {kk: Астана, ru: Астана, en: Astana}}
                  - {id: almaty, text: {kk: Алматы, ru: Алматы, en: Almaty}}
              - id: principles
                type: multiple-choice
                mark: 2
                text: {kk: "Медиация қағидаттары", ru: "Принципы медиации", en: "Principles of mediation"}
                options:
                  - {id: free, weight: 50, text: {kk: Еріктілік, ru: Добровольность, en: Voluntariness}}
                  - {id: secret, weight: 50, text: {kk: Құпиялылық, ru: Конфиденциальность, en: Confidentiality}}
                  - {id: force, weight: -100, text: {kk: Мәжбүрлеу, ru: Принуждение, en: Coercion}}
              - id: founded
                type: true-false
                answer: true
                text: {kk: "Медиация туралы заң 2011 жылы қабылданды", ru: "Закон о медиации принят в 2011 году", en: "The Law on Mediation was adopted in 2011"}
              - id: roles
                type: matching
                text: {kk: Сәйкестендіріңіз, ru: Сопоставьте, en: Match}
                pairs:
                  - {id: m, prompt: {kk: Медиатор, ru: Медиатор, en: Mediator}, match: {kk: Бейтарап делдал, ru: Нейтральный посредник, en: Neutral go-between}}
                  - {id: p, prompt: {kk: Тарап, ru: Сторона, en: Party}, match: {kk: Дауласушы, ru: Спорящий, en: Disputant}}
              - id: steps
                type: ordering
                text: {kk: Ретке келтіріңіз, ru: Расставьте по порядку, en: Put in order}
                options:
                  - {id: listen, text: {kk: Тыңдау, ru: Выслушать, en: Listen}}
                  - {id: agree, text: {kk: Келісу, ru: Договориться, en: Agree}}
              - id: council
                type: short-answer
                accepted: {kk: [келісім], ru: [согласие], en: [accord]}
                text: {kk: "Қоғамдық ... кеңесі", ru: "Совет общественного ...", en: "Council of public ..."}
              - id: law-year
                type: numeric
                number: 2011
                text: {kk: "Заң қай жылы қабылданды?", ru: "В каком году принят закон?", en: "In which year was the law adopted?"}
              - id: reflection
                type: essay
                mark: 5
                text: {kk: "Ойыңызды жазыңыз", ru: "Напишите своё мнение", en: "Write your view"}
            """;

    private static final String SETTINGS = """
            quiz: check
            draw:
              - {category: all, count: 8}
            shuffle-questions: false
            shuffle-options: false
            attempts: 1
            layout: all-on-one-page
            review: {when: after-submit, marks: true, right-answers: true, feedback: true}
            """;

    @DynamicPropertySource
    static void coursesFolder(DynamicPropertyRegistry registry) {
        registry.add("kelisim.courses.dir", FOLDER::toString);
    }

    @Autowired
    CourseLoader loader;

    @Autowired
    CourseCatalogue catalogue;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "kk | trainee2 | 1 балл | 2 балл | Сақталды | Дұрыс жауап: Астана | Дұрыс жауап: 2011",
            "ru | trainee3 | баллы: 1 | баллы: 2 | Сохранено | Верный ответ: Астана | Верный ответ: 2011",
            "en | trainee4 | 1 mark | 2 marks | Saved | Right answer: Astana | Right answer: 2011" })
    void a_trainee_takes_and_reviews_a_quiz_of_every_question_type(String language, String trainee, String oneMark,
            String twoMarks, String saved, String rightChoice, String rightNumber) {
        String course = "every-type-" + language;
        Path folder = CourseFixture.writeCourse(FOLDER, course);
        String lessonTwo = "        title: {kk: Екінші сабақ, ru: Второй урок, en: Second lesson}\n";
        CourseFixture.replace(folder.resolve("course.yaml"), lessonTwo, lessonTwo
                + "        activities:\n"
                + "          - id: check\n"
                + "            type: quiz\n"
                + "            title: {kk: Тексеру, ru: Проверка, en: Check}\n");
        CourseFixture.write(folder.resolve("questions/all.yaml"), BANK);
        CourseFixture.write(folder.resolve("quizzes/check.yaml"), SETTINGS);
        signInAs("admin");
        loader.reloadAll();
        signInAs(trainee);
        catalogue.enrol(course);
        UI.getCurrent().navigate(DashboardView.class);
        _click(_get(Button.class, spec -> spec.withId("language-" + language)));
        startBrowserSession();

        UI.getCurrent().navigate(QuizView.class, QuizView.parameters(course, QUIZ));
        _click(_get(Button.class, spec -> spec.withId("quiz-start")));

        assertThat(_find(Span.class, spec -> spec.withClasses("question-heading")))
                .extracting(Span::getText).hasSize(8)
                .anySatisfy(heading -> assertThat(heading).endsWith(oneMark))
                .anySatisfy(heading -> assertThat(heading).endsWith(twoMarks));
        answerEveryQuestion();
        assertThat(_find(Span.class, spec -> spec.withClasses("save-status"))).extracting(Span::getText)
                .hasSize(8).allSatisfy(status -> assertThat(status).startsWith(saved))
                .as("the number typed with a unit is saved as what was understood").anyMatch(status -> status.endsWith(" 2011"));

        _click(_get(Button.class, spec -> spec.withId("attempt-submit")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(H1.class).getText()).isNotBlank();
        assertThat(_find(Div.class, spec -> spec.withClasses("review-right-answer")))
                .extracting(div -> div.getElement().getTextRecursively())
                .hasSize(7).contains(rightChoice, rightNumber);
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-marks")).getText()).contains("13");
    }

    @SuppressWarnings("unchecked")
    private static void answerEveryQuestion() {
        RadioButtonGroup<PaperOption> capital = (RadioButtonGroup<PaperOption>) _get(Div.class,
                spec -> spec.withId("question-1")).getChildren().filter(RadioButtonGroup.class::isInstance)
                .findFirst().orElseThrow();
        _setValue(capital, capital.getListDataView().getItems().filter(option -> option.id().equals("astana"))
                .findFirst().orElseThrow());

        CheckboxGroup<PaperOption> principles = _get(CheckboxGroup.class);
        Set<PaperOption> right = new LinkedHashSet<>(principles.getListDataView().getItems()
                .filter(option -> !option.id().equals("force")).toList());
        _setValue(principles, right);

        RadioButtonGroup<Boolean> founded = (RadioButtonGroup<Boolean>) _get(Div.class,
                spec -> spec.withId("question-3")).getChildren().filter(RadioButtonGroup.class::isInstance)
                .findFirst().orElseThrow();
        _setValue(founded, Boolean.TRUE);

        for (Select<PaperOption> select : (List<Select<PaperOption>>) (List<?>) _find(Select.class)) {
            String pair = Set.of("Медиатор", "Mediator").contains(select.getLabel()) ? "m" : "p";
            _setValue(select, select.getListDataView().getItems().filter(option -> option.id().equals(pair))
                    .findFirst().orElseThrow());
        }

        OrderedList order = _get(OrderedList.class);
        ListItem first = (ListItem) order.getChildren().findFirst().orElseThrow();
        Button down = (Button) first.getChildren().filter(Button.class::isInstance).skip(1).findFirst().orElseThrow();
        _click(down);

        List<TextField> typed = _find(TextField.class);
        _setValue(typed.get(0), typed.get(0).getAriaLabel().orElse("").contains("Council") ? "accord"
                : typed.get(0).getAriaLabel().orElse("").contains("Совет") ? "согласие" : "келісім");
        _setValue(typed.get(1), "2011 ж.");
        _setValue(_get(TextArea.class), "Келісім — ортақ үйіміздің іргетасы.");
    }
}

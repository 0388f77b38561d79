package kz.kelisim.quiz.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kz.kelisim.UiTest;
import kz.kelisim.base.Language;
import kz.kelisim.course.CourseEditorFixture;
import kz.kelisim.course.CourseFixture;
import kz.kelisim.course.CourseLoader;
import kz.kelisim.course.ui.CourseContentView;
import kz.kelisim.quiz.QuestionBankService.BankQuestion;
import kz.kelisim.quiz.QuestionType;

/** A trainer's way through a course's question bank: list, filter, write, fail, fix, delete, import. */
class QuestionBankViewTest extends UiTest {

    private static final Path FOLDER = CourseFixture.temporaryFolder("kelisim-bank-ui");
    private static final String ID = "bank-ui";

    @Autowired
    CourseLoader loader;

    Path course;

    @DynamicPropertySource
    static void coursesFolder(DynamicPropertyRegistry registry) {
        registry.add("kelisim.courses.dir", FOLDER::toString);
    }

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void writeCourse() {
        CourseEditorFixture.editors(jdbc, ID, "trainer", "staff");
        CourseFixture.empty(FOLDER);
        course = CourseFixture.writeCourse(FOLDER, ID);
        CourseFixture.write(course.resolve("questions/basics.yaml"), """
                category: basics
                title: {kk: Негіздер, ru: Основы, en: Basics}
                questions:
                  - {id: founded, type: true-false, answer: true, text: {kk: "ҚХА 1995 жылы құрылды", ru: "АНК создана в 1995 году", en: "Founded in 1995"}}
                  - {id: law-year, type: numeric, number: 2011, text: {kk: "Заң қай жылы қабылданды?", ru: "В каком году принят закон?"}}
                """);
    }

    @Test
    void trainer_finds_writes_corrects_and_deletes_a_question() throws IOException {
        signInAs("trainer");
        loader.reload(ID);
        UI.getCurrent().navigate(QuestionBankView.class, QuestionBankView.parameters(ID));
        Grid<BankQuestion> grid = grid();

        assertThat(_size(grid)).isEqualTo(2);
        assertThat(((Div) _getCellComponent(grid, 1, "missing")).getElement().getTextRecursively()).isEqualTo("Eng жоқ");
        _setValue(_get(TextField.class, spec -> spec.withId("bank-filter-text")), "заң");
        assertThat(_size(grid)).isEqualTo(1);
        _setValue(_get(TextField.class, spec -> spec.withId("bank-filter-text")), "");

        _click(_get(Button.class, spec -> spec.withId("bank-new")));
        @SuppressWarnings("unchecked")
        Select<QuestionType> type = _get(Select.class, spec -> spec.withId("bank-new-type"));
        _setValue(type, QuestionType.SHORT_ANSWER);
        _click(_get(Button.class, spec -> spec.withId("bank-new-continue")));
        TextArea yaml = _get(TextArea.class, spec -> spec.withId("bank-editor-yaml"));
        assertThat(yaml.getValue()).contains("type: short-answer").contains("kk: Сұрақтың мәтіні");
        @SuppressWarnings("unchecked")
        ComboBox<String> category = _get(ComboBox.class, spec -> spec.withId("bank-editor-category"));
        _setValue(category, "basics");

        _setValue(yaml, yaml.getValue().replace("type: short-answer", "type: short"));
        _click(_get(Button.class, spec -> spec.withId("bank-editor-save")));

        UnorderedList problems = _get(UnorderedList.class, spec -> spec.withId("bank-editor-problems"));
        assertThat(_find(problems, ListItem.class)).singleElement()
                .satisfies(problem -> assertThat(problem.getElement().getTextRecursively()).startsWith("2-жол:"));
        assertThat(Files.readString(course.resolve("questions/basics.yaml"))).doesNotContain("new-question");

        _setValue(yaml, yaml.getValue().replace("type: short", "type: short-answer"));
        _click(_get(Button.class, spec -> spec.withId("bank-editor-save")));

        expectNotifications("Сұрақ сақталды, курс қайта жүктелді.");
        assertThat(_size(grid)).isEqualTo(3);
        assertThat(Files.readString(course.resolve("questions/basics.yaml"))).contains("id: new-question-1");

        _click(actionButton(grid, 2, "bank-delete-new-question-1"));
        _fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("«new-question-1» сұрағы жойылды.");
        assertThat(_size(grid)).isEqualTo(2);
    }

    @Test
    void trainer_imports_gift_only_after_a_preview_without_problems() {
        signInAs("trainer");
        loader.reload(ID);
        UI.getCurrent().navigate(QuestionBankView.class, QuestionBankView.parameters(ID));
        _click(_get(Button.class, spec -> spec.withId("bank-import")));
        Button importButton = _get(Button.class, spec -> spec.withId("bank-import-confirm"));

        _setValue(_get(TextArea.class, spec -> spec.withId("bank-import-text")), """
                ::ok:: Медиатор кім? {=Делдал ~Судья}

                ::broken:: Жабылмаған {=Иә ~Жоқ
                """);
        _click(_get(Button.class, spec -> spec.withId("bank-import-preview-button")));

        assertThat(importButton.isEnabled()).isFalse();
        Div preview = _get(Div.class, spec -> spec.withId("bank-import-preview"));
        assertThat(_find(preview, ListItem.class)).singleElement()
                .satisfies(problem -> assertThat(problem.getElement().getTextRecursively()).startsWith("3-жол:"));

        _setValue(_get(TextArea.class, spec -> spec.withId("bank-import-text")), """
                $CATEGORY: law

                ::ok:: Медиатор кім? {=Делдал ~Судья}
                """);
        _click(_get(Button.class, spec -> spec.withId("bank-import-preview-button")));

        assertThat(importButton.isEnabled()).isTrue();
        assertThat(_find(preview, Paragraph.class)).extracting(Paragraph::getText)
                .contains("Импортталған сұрақтардың мына тілдерде мәтіні болмайды: Русский, English. "
                        + "Аудармаларын өңдегіште қосыңыз.");
        _click(importButton);

        expectNotifications("Сұрақтар импортталды, курс қайта жүктелді.");
        assertThat(_size(grid())).isEqualTo(3);
    }

    @Test
    void trainer_previews_a_question_as_a_trainee_sees_it_in_each_language() {
        signInAs("trainer");
        loader.reload(ID);
        UI.getCurrent().navigate(QuestionBankView.class, QuestionBankView.parameters(ID));

        _click(actionButton(grid(), 0, "bank-preview-founded"));

        Div paper = _get(Div.class, spec -> spec.withId("bank-preview-paper"));
        assertThat(_get(paper, QuestionField.class).getElement().getTextRecursively()).contains("ҚХА 1995 жылы құрылды");
        @SuppressWarnings("unchecked")
        Select<Language> language = _get(Select.class, spec -> spec.withId("bank-preview-language"));
        _setValue(language, Language.RU);
        assertThat(_get(paper, QuestionField.class).getElement().getTextRecursively()).contains("АНК создана в 1995 году");
    }

    @Test
    void course_content_page_lists_a_translation_gap_as_a_warning_with_its_line() {
        signInAs("admin");
        loader.reload(ID);

        UI.getCurrent().navigate(CourseContentView.class);

        Section card = _get(Section.class, spec -> spec.withId("load-" + ID));
        assertThat(_get(card, Span.class, spec -> spec.withClasses("badge").withText("Жүктелді"))).isNotNull();
        assertThat(_find(card, ListItem.class)).singleElement().satisfies(warning -> {
            assertThat(warning.getClassNames()).contains("warning");
            assertThat(warning.getElement().getTextRecursively())
                    .startsWith(ID + "/questions/basics.yaml:5 Ескерту ");
        });
    }

    @Test
    void a_course_without_a_bank_says_so() throws IOException {
        Files.delete(course.resolve("questions/basics.yaml"));
        signInAs("staff");
        loader.reload(ID);

        UI.getCurrent().navigate(QuestionBankView.class, QuestionBankView.parameters(ID));

        assertThat(_get(Paragraph.class, spec -> spec.withId("bank-empty")).getText())
                .isEqualTo("Бұл курстың әлі сұрақтар банкі жоқ. Сұрақ қосыңыз немесе GIFT файлын импорттаңыз.");
        _assertNone(Grid.class, spec -> spec.withId("bank-questions"));
    }

    @Test
    void the_course_page_links_trainers_to_the_bank_and_trainees_never_see_it() {
        signInAs("trainer");
        loader.reload(ID);
        UI.getCurrent().navigate("courses/" + ID);
        assertThat(_get(Anchor.class, spec -> spec.withId("course-bank")).getHref()).isEqualTo("courses/" + ID + "/bank");

        signInAs("trainee");
        UI.getCurrent().navigate("courses/" + ID);
        _assertNone(Anchor.class, spec -> spec.withId("course-bank"));
        UI.getCurrent().navigate("courses/" + ID + "/bank");
        _assertNone(Grid.class, spec -> spec.withId("bank-questions"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<BankQuestion> grid() {
        return _get(Grid.class, spec -> spec.withId("bank-questions"));
    }

    private static Button actionButton(Grid<BankQuestion> grid, int row, String id) {
        Component actions = _getCellComponent(grid, row, "actions");
        return _get(actions, Button.class, spec -> spec.withId(id));
    }
}

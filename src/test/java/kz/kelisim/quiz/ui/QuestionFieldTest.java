package kz.kelisim.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

import kz.kelisim.base.Language;
import kz.kelisim.quiz.QuestionPaper.PaperOption;
import kz.kelisim.quiz.QuestionPaper.PaperQuestion;
import kz.kelisim.quiz.QuestionType;
import kz.kelisim.quiz.Response;
import kz.kelisim.course.LocalizedText;

/** Each question type renders as a trainee sees it and hands over answers in the type's shape. */
class QuestionFieldTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.forLanguageTag("kk"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static LocalizedText text(String kk) {
        return new LocalizedText(Map.of(Language.KK, kk));
    }

    @Test
    void matching_offers_a_select_per_prompt_and_an_empty_choice_renders_blank() {
        PaperQuestion matching = new PaperQuestion("pairs", 0, QuestionType.MATCHING, 1, text("Сәйкестендіріңіз"),
                List.of(), List.of(new PaperOption("a", text("Медиатор")), new PaperOption("b", text("Тарап"))),
                List.of(new PaperOption("b", text("Дауласушы")), new PaperOption("a", text("Бейтарап делдал"))));
        List<Response> given = new ArrayList<>();
        QuestionField field = new QuestionField(matching, 1, Language.KK, null);
        field.addAnswerListener(given::add);
        UI.getCurrent().add(field);

        @SuppressWarnings("unchecked")
        List<Select<PaperOption>> selects = (List<Select<PaperOption>>) (List<?>) _find(Select.class);
        assertThat(selects).extracting(Select::getLabel).containsExactly("Медиатор", "Тарап");
        assertThat(selects.getFirst().getItemLabelGenerator().apply(null)).isEmpty();
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(selects.getFirst(), matching.matches().get(1));

        assertThat(given).containsExactly(new Response.Matched(Map.of("a", "a")));
    }

    @Test
    void ordering_moves_items_with_buttons_and_answers_from_the_first_move() {
        PaperQuestion ordering = new PaperQuestion("steps", 0, QuestionType.ORDERING, 1, text("Ретке келтіріңіз"),
                List.of(new PaperOption("agree", text("Келісу")), new PaperOption("listen", text("Тыңдау"))), List.of(),
                List.of());
        List<Response> given = new ArrayList<>();
        QuestionField field = new QuestionField(ordering, 2, Language.KK, null);
        field.addAnswerListener(given::add);
        UI.getCurrent().add(field);

        com.vaadin.flow.component.button.Button up = _find(com.vaadin.flow.component.button.Button.class).stream()
                .filter(button -> "Жоғары: Тыңдау".equals(button.getAriaLabel().orElse(null))).findFirst().orElseThrow();
        com.github.mvysny.kaributesting.v10.LocatorJ._click(up);

        assertThat(given).containsExactly(new Response.Ordered(List.of("listen", "agree")));
        assertThat(attributes(field.getElement())).as("no bank id in the page: it would give the order away")
                .noneMatch(value -> value.contains("listen") || value.contains("agree") || value.contains("steps"));
        field.setReadOnly(true);
        assertThat(_find(com.vaadin.flow.component.button.Button.class)).noneMatch(button -> button.isEnabled());
    }

    private static List<String> attributes(com.vaadin.flow.dom.Element element) {
        List<String> values = new ArrayList<>();
        element.getAttributeNames().forEach(name -> values.add(element.getAttribute(name)));
        element.getChildren().forEach(child -> values.addAll(attributes(child)));
        return values;
    }
}

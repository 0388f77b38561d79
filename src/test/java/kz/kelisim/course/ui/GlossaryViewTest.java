package kz.kelisim.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;

import kz.kelisim.UiTest;

/** The glossary as a trainee reads it: every term, found in any language, opened from a lesson's link. */
class GlossaryViewTest extends UiTest {

    @Test
    void a_trainee_finds_a_term_by_a_word_of_another_language_and_reads_why_a_variant_is_avoided() {
        signInAs("trainee3");
        UI.getCurrent().navigate(GlossaryView.class);
        Div terms = _get(Div.class, spec -> spec.withId("glossary-terms"));
        assertThat(_find(terms, Section.class)).as("the academy's glossary").hasSizeGreaterThanOrEqualTo(20);

        _setValue(_get(TextField.class, spec -> spec.withId("glossary-search")), "paraphrase");

        Section paraphrase = _get(Section.class, spec -> spec.withId("term-paraphrase"));
        assertThat(paraphrase.getElement().getTextRecursively()).as("shown in Kazakh, found by its English name")
                .contains("парафраз");
        _setValue(_get(TextField.class, spec -> spec.withId("glossary-search")), "мұндай-сөз-жоқ");
        assertThat(_find(terms, Section.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("glossary-none")).isVisible()).isTrue();
    }

    @Test
    void a_lessons_glossary_link_opens_the_glossary_at_its_term() {
        signInAs("trainer");
        String lesson = context.getBean(kz.kelisim.course.LessonService.class)
                .openLesson("ethnomediation", "mediation-and-ethnomediation", kz.kelisim.base.Language.KK)
                .orElseThrow().html();
        assertThat(lesson).doesNotContain("glossary:").contains("href=\"/glossary?term=");

        UI.getCurrent().navigate("glossary", com.vaadin.flow.router.QueryParameters.of("term", "glasl-escalation"));

        assertThat(_get(Section.class, spec -> spec.withId("term-glasl-escalation")).getClassNames())
                .contains("glossary-term-opened");
    }
}

package kz.kelisim.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import kz.kelisim.UiTest;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.seminar.SeminarDetails;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarStatus;

/**
 * An academy lesson as its readers meet it: the date it was checked against the law and the acts it
 * relies on, a form to fill in, a case's facts for everyone and its worked analysis for trainers
 * only, a group exercise's parties for everyone and their confidential instructions for trainers only.
 */
class AcademyLessonViewTest extends UiTest {

    private static final String COURSE = "ethnomediation";

    @Test
    void a_trainer_previewing_sees_the_review_date_the_acts_the_trainer_notes_and_every_role_card() {
        signInAs("trainer");
        UI.getCurrent().navigate(LessonView.class, LessonView.parameters(COURSE, "full-mediation-practice"));

        Details legal = _get(Details.class, spec -> spec.withId("lesson-legal-basis"));
        assertThat(legal.getSummaryText()).contains("04.12.2026");
        assertThat(legal.getElement().getTextRecursively()).contains("Медиация туралы").contains("401-IV");
        assertThat(html(_get(Details.class, spec -> spec.withId("trainer-notes-case-market-rows"))))
                .as("the worked analysis").contains("<p>");
        Div cards = _get(Div.class, spec -> spec.withId("role-cards-mediation-role-play"));
        assertThat(_find(cards, Details.class)).as("each party's confidential instructions").hasSize(6)
                .allSatisfy(card -> assertThat(html(card)).contains("<p>"));
    }

    @Test
    void a_trainee_sees_the_facts_and_the_parties_but_neither_the_analysis_nor_the_instructions() {
        SeminarService seminars = context.getBean(SeminarService.class);
        signInAs("trainer");
        long seminar = seminars.create(new SeminarDetails("Этномедиация", "Этномедиация", null, "Академия", "astana",
                LocalDate.now(), LocalDate.now().plusDays(2), 20, SeminarStatus.RUNNING, Set.of(COURSE)));
        seminars.addParticipant(seminar, ((KelisimPrincipal) context.getBean(UserDetailsService.class)
                .loadUserByUsername("trainee4")).accountId());
        signInAs("trainee4");
        context.getBean(CourseCatalogue.class).enrol(COURSE);

        UI.getCurrent().navigate(LessonView.class, LessonView.parameters(COURSE, "full-mediation-practice"));

        Section caseStudy = _get(Section.class, spec -> spec.withId("activity-case-market-rows"));
        assertThat(html(caseStudy)).as("the case's facts").contains("<p>");
        _assertNone(Details.class, spec -> spec.withId("trainer-notes-case-market-rows"));
        Div cards = _get(Div.class, spec -> spec.withId("role-cards-mediation-role-play"));
        assertThat(_find(cards, Details.class)).as("no party's instructions").isEmpty();
        assertThat(_find(cards, Span.class)).filteredOn(span -> span.hasClassName("badge")).hasSize(6);

        UI.getCurrent().navigate(LessonView.class, LessonView.parameters(COURSE, "mediation-agreement"));

        assertThat(html(_get(Section.class, spec -> spec.withId("activity-agreement-form"))))
                .as("the form itself, not an empty card").contains("<h2>Медиация қорытындысы бойынша келісім</h2>")
                .contains("<table>");
    }

    /** The sanitised HTML of the bodies inside the component (lesson bodies are set as innerHTML). */
    private static String html(com.vaadin.flow.component.Component component) {
        StringBuilder html = new StringBuilder();
        component.getElement().getChildren().forEach(child -> collect(child, html));
        collect(component.getElement(), html);
        return html.toString();
    }

    private static void collect(com.vaadin.flow.dom.Element element, StringBuilder html) {
        String inner = element.getProperty("innerHTML");
        if (inner != null) {
            html.append(inner);
        }
        element.getChildren().forEach(child -> collect(child, html));
    }
}

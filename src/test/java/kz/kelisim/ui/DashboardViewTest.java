package kz.kelisim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;

import kz.kelisim.UiTest;

class DashboardViewTest extends UiTest {

    @Test
    void trainee_sees_a_kazakh_greeting_their_seminars_and_their_learning() {
        signInAs("trainee");
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Қош келдіңіз, Әсел Нұрланқызы Жақсылықова!");
        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("Менің семинарларым", "Менің оқуым");
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("my-seminars"))
                .getElement().getTextRecursively()).as("no seminar joined yet: the way to join")
                .contains("Сіз әзірге ешбір семинарға қатыспайсыз");
        _assertNone(H2.class, spec -> spec.withText("Тіркелгілер"));
    }

    @Test
    void side_navigation_lists_what_the_person_may_open_in_their_language() {
        signInAs("trainer");
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_find(SideNavItem.class)).extracting(item -> item.getElement().getTextRecursively())
                .containsExactly("Басты бет", "Курстар", "Глоссарий", "Семинарлар", "Эсселерді тексеру",
                        "Тест есептері", "Профиль");
    }

    @Test
    void administrator_sees_how_many_accounts_hold_each_role() {
        signInAs("admin");
        UI.getCurrent().navigate(DashboardView.class);

        _assertOne(H2.class, spec -> spec.withText("Тіркелгілер"));
        Section summary = _get(Section.class, spec -> spec.withClasses("accounts-summary"));
        assertThat(_find(summary, Span.class, spec -> spec.withClasses("figure-label"))).extracting(Span::getText)
                .containsExactly("Тыңдаушы", "Тренер", "Академия қызметкері", "Әкімші");
        List<Integer> figures = _find(summary, Span.class, spec -> spec.withClasses("figure-number")).stream()
                .map(figure -> Integer.parseInt(figure.getText())).toList();
        assertThat(figures.getFirst()).as("demo trainees").isGreaterThanOrEqualTo(5);
        assertThat(figures.subList(1, 4)).as("one trainer, one staff member, one administrator").containsOnly(1);
    }
}

package kz.kelisim.seminar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

import kz.kelisim.UiTest;
import kz.kelisim.seminar.ExerciseFixture;
import kz.kelisim.seminar.ExerciseViews.ExerciseDetails;
import kz.kelisim.seminar.GroupExerciseService;
import kz.kelisim.seminar.SeminarDetails;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarStatus;

/** A group's workspace for the course's group exercise: a member reads their own role card, the trainer all four. */
class WorkspaceRoleCardsTest extends UiTest {

    @Test
    void a_member_reads_only_the_party_they_play_and_the_trainer_reads_every_card_with_its_holder() {
        signInAs("trainer");
        SeminarService seminars = context.getBean(SeminarService.class);
        GroupExerciseService exercises = context.getBean(GroupExerciseService.class);
        long seminar = seminars.create(new SeminarDetails("Жатақхана", "Общежитие", null, "Астана", "astana",
                LocalDate.now(), LocalDate.now().plusDays(1), 10, SeminarStatus.RUNNING, Set.of("interethnic-conflicts")));
        long group = new ExerciseFixture(context).group(seminar, "1-топ", "trainee4", "trainee5");
        long exercise = exercises.create(seminar, new ExerciseDetails("Жатақхана асүйі", null, "interethnic-conflicts",
                "dormitory-kitchen", Instant.now().plus(Duration.ofDays(1)), ExerciseFixture.RUBRIC));
        exercises.assign(exercise, List.of(group));

        signInAs("trainee5");
        UI.getCurrent().navigate(WorkspaceView.class, WorkspaceView.parameters(seminar, exercise, null));

        Div mine = _get(Div.class, spec -> spec.withId("workspace-role-cards"));
        assertThat(_find(mine, H2.class)).extracting(H2::getText).singleElement().asString().startsWith("Сіздің рөліңіз: ");
        assertThat(_find(mine, Details.class)).as("no other party's card").isEmpty();
        _get(Div.class, spec -> spec.withId("workspace-role-card"));

        signInAs("trainer");
        long workspace = exercises.exercises(seminar).getFirst().groups().getFirst().workspaceId();
        UI.getCurrent().navigate(WorkspaceView.class, WorkspaceView.parameters(seminar, exercise, workspace));

        List<Details> cards = _find(_get(Div.class, spec -> spec.withId("workspace-role-cards")), Details.class);
        assertThat(cards).hasSize(4);
        assertThat(cards).filteredOn(card -> card.getSummaryText().contains("Бауыржан")).hasSize(1);
        assertThat(cards).filteredOn(card -> card.getSummaryText().endsWith("әзірге ешкімде жоқ")).hasSize(2);
        _assertNone(Div.class, spec -> spec.withId("workspace-role-card"));
    }
}

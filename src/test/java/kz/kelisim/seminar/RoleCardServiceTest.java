package kz.kelisim.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.Acting;
import kz.kelisim.base.Language;
import kz.kelisim.base.NotFound;
import kz.kelisim.seminar.ExerciseViews.ExerciseDetails;
import kz.kelisim.seminar.ExerciseViews.HandedCard;
import kz.kelisim.seminar.ExerciseViews.RoleCards;

/**
 * Role cards handed to a group's members on the real database: each member gets one party's card,
 * round-robin, keeps it when the group changes, and never receives another member's card; trainers
 * read every card with who holds it.
 */
@SpringBootTest
class RoleCardServiceTest {

    private static final String COURSE = "interethnic-conflicts";
    /** The dormitory kitchen: commandant, senior-students, first-years, ethnomediator. */
    private static final String ACTIVITY = "dormitory-kitchen";

    @Autowired
    RoleCardService roleCards;

    @Autowired
    GroupExerciseService exercises;

    @Autowired
    SeminarService seminars;

    @Autowired
    ParticipantRepository participants;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private Acting acting;
    private ExerciseFixture fixture;

    @BeforeEach
    void setUp() {
        acting = new Acting(users, securityContext);
        fixture = new ExerciseFixture(context);
    }

    private long seminar() {
        return seminars.create(new SeminarDetails("Жатақхана асүйі", "Кухня общежития", null, "Астана", "astana",
                LocalDate.now(), LocalDate.now().plusDays(2), 30, SeminarStatus.RUNNING, Set.of(COURSE)));
    }

    /** The exercise from the course's group exercise, assigned to the group: its workspace. */
    private long workspace(long seminarId, long groupId) {
        long exercise = exercises.create(seminarId, new ExerciseDetails("Жатақхана асүйі", null, COURSE, ACTIVITY,
                Instant.now().plus(Duration.ofDays(2)), ExerciseFixture.RUBRIC));
        exercises.assign(exercise, List.of(groupId));
        return exercises.exercises(seminarId).stream().filter(row -> row.id() == exercise).findFirst().orElseThrow()
                .groups().getFirst().workspaceId();
    }

    private HandedCard cardOf(String member, long workspaceId) {
        RoleCards cards = acting.as(member, () -> roleCards.roleCards(workspaceId, Language.KK));
        assertThat(cards.everyCard()).as(member).isFalse();
        assertThat(cards.cards()).as("%s receives exactly one card, their own", member).hasSize(1);
        return cards.cards().getFirst();
    }

    @Test
    void each_member_receives_only_their_own_card_handed_round_robin_and_the_trainer_reads_every_card() {
        long workspace = acting.as("trainer", () -> {
            long seminarId = seminar();
            return workspace(seminarId, fixture.group(seminarId, "1-топ", "trainee", "trainee2", "trainee3",
                    "trainee4", "trainee5"));
        });

        RoleCards all = acting.as("trainer", () -> roleCards.roleCards(workspace, Language.KK));
        assertThat(all.everyCard()).isTrue();
        assertThat(all.cards()).extracting(HandedCard::cardId)
                .containsExactly("commandant", "senior-students", "first-years", "ethnomediator");
        assertThat(all.cards()).allSatisfy(card -> assertThat(card.html()).contains("<p>"));
        Map<String, String> bodies = new LinkedHashMap<>();
        all.cards().forEach(card -> bodies.put(card.cardId(), card.html()));
        assertThat(all.cards().getFirst().holders()).as("five members, four cards: the first card twice").hasSize(2);
        assertThat(all.cards().subList(1, 4)).allSatisfy(card -> assertThat(card.holders()).hasSize(1));

        for (String member : List.of("trainee", "trainee2", "trainee3", "trainee4", "trainee5")) {
            HandedCard mine = cardOf(member, workspace);
            assertThat(mine.html()).isEqualTo(bodies.get(mine.cardId()));
            bodies.forEach((cardId, html) -> {
                if (!cardId.equals(mine.cardId())) {
                    assertThat(mine.html()).as("%s never gets the %s card", member, cardId).isNotEqualTo(html);
                }
            });
            assertThat(all.cards().stream().filter(card -> card.cardId().equals(mine.cardId())).findFirst()
                    .orElseThrow().holders()).as("the trainer sees whom it was handed to")
                    .contains(mine.holders().getFirst());
        }
    }

    @Test
    void a_member_keeps_their_card_when_others_leave_or_join_and_a_newcomer_gets_the_card_nobody_holds() {
        long[] ids = acting.as("trainer", () -> {
            long seminarId = seminar();
            long groupId = fixture.group(seminarId, "2-топ", "trainee", "trainee2", "trainee3");
            return new long[] {seminarId, groupId, workspace(seminarId, groupId)};
        });
        long workspace = ids[2];
        assertThat(List.of(cardOf("trainee", workspace).cardId(), cardOf("trainee2", workspace).cardId(),
                cardOf("trainee3", workspace).cardId())).containsExactly("commandant", "senior-students", "first-years");

        Participant second = participants.findBySeminarIdAndUserId(ids[0], fixture.userId("trainee2")).orElseThrow();
        second.setGroupId(null);
        participants.save(second);
        acting.doAs("trainer", () -> fixture.group(ids[0], "бос", "trainee4"));
        Participant fourth = participants.findBySeminarIdAndUserId(ids[0], fixture.userId("trainee4")).orElseThrow();
        fourth.setGroupId(ids[1]);
        participants.save(fourth);

        assertThat(cardOf("trainee", workspace).cardId()).isEqualTo("commandant");
        assertThat(cardOf("trainee3", workspace).cardId()).isEqualTo("first-years");
        assertThat(cardOf("trainee4", workspace).cardId()).as("the card the one who left held, nobody holds now")
                .isEqualTo("senior-students");
        assertThatThrownBy(() -> acting.as("trainee2", () -> roleCards.roleCards(workspace, Language.KK)))
                .as("out of the group: no card at all").isInstanceOf(NotFound.class);
    }

    @Test
    void someone_outside_the_group_gets_nothing_and_an_exercise_with_a_written_case_has_no_cards() {
        long[] ids = acting.as("trainer", () -> {
            long seminarId = seminar();
            long groupId = fixture.group(seminarId, "3-топ", "trainee2");
            fixture.group(seminarId, "4-топ", "trainee3");
            long written = fixture.exercise(seminarId, "Ауылдағы су", 2);
            exercises.assign(written, List.of(groupId));
            long writtenWorkspace = exercises.exercises(seminarId).stream().filter(row -> row.id() == written)
                    .findFirst().orElseThrow().groups().getFirst().workspaceId();
            return new long[] {workspace(seminarId, groupId), writtenWorkspace};
        });

        assertThatThrownBy(() -> acting.as("trainee3", () -> roleCards.roleCards(ids[0], Language.KK)))
                .as("another group's member").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> acting.as("trainee5", () -> roleCards.roleCards(ids[0], Language.KK)))
                .as("not in the seminar").isInstanceOf(NotFound.class);
        assertThat(acting.as("trainee2", () -> roleCards.roleCards(ids[1], Language.KK)).cards()).isEmpty();
    }
}

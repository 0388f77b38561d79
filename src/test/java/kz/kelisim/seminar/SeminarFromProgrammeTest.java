package kz.kelisim.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.Acting;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.seminar.SeminarViews.ProgrammeChoice;
import kz.kelisim.seminar.SeminarViews.SeminarPage;
import kz.kelisim.seminar.SeminarViews.SessionView;

/** A seminar made from the academy's three-day programme gets its schedule and its courses. */
@SpringBootTest
class SeminarFromProgrammeTest {

    private static final String PROGRAMME = "shymkent-three-day";
    private static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);

    @Autowired
    SeminarService seminars;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private Acting acting;

    @BeforeEach
    void setUp() {
        acting = new Acting(users, securityContext);
    }

    private static SeminarDetails details(LocalDate endsOn, Set<String> courses) {
        return new SeminarDetails("Үш күндік семинар-тренинг", "Трёхдневный семинар-тренинг", null, "Шымкент, әкімдік",
                "shymkent", MONDAY, endsOn, 30, SeminarStatus.PLANNED, courses);
    }

    @Test
    void the_programmes_are_offered_with_their_length_hours_and_sessions() {
        List<ProgrammeChoice> programmes = acting.as("trainer", () -> seminars.programmes(Language.RU));

        assertThat(programmes).filteredOn(programme -> programme.id().equals(PROGRAMME)).singleElement()
                .satisfies(programme -> {
                    assertThat(programme.title()).startsWith("Трёхдневный семинар-тренинг");
                    assertThat(programme.titleKk()).startsWith("Қоғамдық келісім");
                    assertThat(programme.days()).isEqualTo(3);
                    assertThat(programme.hours()).isEqualTo(24);
                    assertThat(programme.sessions()).isEqualTo(13);
                    assertThat(programme.courseIds()).contains("ethnomediation", "kazakhstan-studies");
                });
        assertThatThrownBy(() -> acting.as("trainee", () -> seminars.programmes(Language.KK)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_trainer_making_a_seminar_from_the_programme_gets_its_sessions_day_by_day_and_its_courses() {
        long id = acting.as("trainer", () -> seminars.createFromProgramme(PROGRAMME,
                details(MONDAY.plusDays(2), Set.of("sample-ethnomediation"))));

        SeminarPage page = acting.as("trainer", () -> seminars.seminar(id, Language.RU));
        List<SessionView> schedule = page.sessions();
        assertThat(schedule).hasSize(13);
        assertThat(schedule.stream().mapToInt(SessionView::academicHours).sum()).isEqualTo(24);
        assertThat(schedule).extracting(SessionView::date).containsOnly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2));
        SessionView opening = schedule.getFirst();
        assertThat(opening.date()).isEqualTo(MONDAY);
        assertThat(opening.startsAt()).isEqualTo(LocalTime.of(9, 0));
        assertThat(opening.kind()).isEqualTo(SessionKind.TEST);
        assertThat(opening.title()).as("the topic in the reader's language").isEqualTo("Открытие и входной тест");
        assertThat(opening.details().title()).isEqualTo("Ашылу және кіріс тесті");
        assertThat(opening.details().titleEn()).isEqualTo("Opening and pre-test");
        assertThat(opening.trainer()).isEqualTo("Айгүл Сәрсенбаева");
        assertThat(schedule).extracting(SessionView::kind).contains(SessionKind.LECTURE, SessionKind.PRACTICAL);
        assertThat(page.courses()).extracting(SeminarViews.Choice::id).contains("sample-ethnomediation",
                "kazakhstan-studies", "state-policy-public-accord", "interethnic-conflicts", "ethnomediation",
                "interconfessional-accord");
    }

    @Test
    void a_seminar_shorter_than_its_programme_or_from_an_unknown_programme_is_refused_and_nothing_is_made() {
        int before = acting.as("staff", () -> seminars.mySeminars(Language.KK)).size();

        assertThatThrownBy(() -> acting.as("staff", () -> seminars.createFromProgramme(PROGRAMME,
                details(MONDAY.plusDays(1), Set.of())))).isInstanceOf(RuleViolation.class)
                .hasMessage("seminar.error.programme-days");
        assertThatThrownBy(() -> acting.as("staff", () -> seminars.createFromProgramme("no-such-programme",
                details(MONDAY.plusDays(2), Set.of())))).hasMessage("seminar.error.programme-unknown");
        assertThatThrownBy(() -> acting.as("trainee", () -> seminars.createFromProgramme(PROGRAMME,
                details(MONDAY.plusDays(2), Set.of())))).isInstanceOf(AccessDeniedException.class);

        assertThat(acting.as("staff", () -> seminars.mySeminars(Language.KK))).hasSize(before);
    }

    @Test
    void staff_making_a_seminar_from_the_programme_leave_its_sessions_without_a_trainer() {
        long id = acting.as("staff", () -> seminars.createFromProgramme(PROGRAMME, details(MONDAY.plusDays(4), Set.of())));

        assertThat(acting.as("staff", () -> seminars.seminar(id, Language.KK)).sessions())
                .hasSize(13).allSatisfy(session -> assertThat(session.trainerId()).isNull());
    }
}

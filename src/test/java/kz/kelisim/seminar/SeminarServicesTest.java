package kz.kelisim.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.Acting;
import kz.kelisim.base.pdf.PdfText;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.seminar.AttendanceViews.AttendanceRow;
import kz.kelisim.seminar.GroupViews.GroupView;

/** Seminars, groups and attendance on the real database, per role, with real commits. */
@SpringBootTest
@org.springframework.context.annotation.Import(kz.kelisim.TestClock.Config.class)
@Tag("persistence")
class SeminarServicesTest {

    private static final LocalDate PAST = LocalDate.of(2025, 3, 3);

    @Autowired
    SeminarService seminars;

    @Autowired
    GroupService groups;

    @Autowired
    AttendanceService attendance;

    @Autowired
    ParticipantProfileRepository profiles;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    kz.kelisim.TestClock clock;

    private Acting acting;

    @BeforeEach
    void setUp() {
        acting = new Acting(users, securityContext);
    }

    @org.junit.jupiter.api.AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private static SeminarDetails details(int capacity) {
        return new SeminarDetails("Шымкент семинар-тренингі", "Семинар-тренинг в Шымкенте", null,
                "Мемлекеттік басқару академиясы", "shymkent", PAST, PAST.plusDays(2), capacity, SeminarStatus.RUNNING,
                Set.of());
    }

    private long seminarOfTrainer(int capacity) {
        return acting.as("trainer", () -> seminars.create(details(capacity)));
    }

    private long session(long seminarId, LocalDate date, int hours) {
        return acting.as("trainer", () -> seminars.addSession(seminarId, new SessionDetails(date,
                LocalTime.of(10, 0), LocalTime.of(10 + hours, 0), SessionKind.PRACTICAL, "Жанжал картасы", hours, "204",
                null)));
    }

    @Test
    void a_trainer_runs_the_seminar_they_create_and_others_see_only_theirs() {
        long mine = seminarOfTrainer(30);
        long staffs = acting.as("staff", () -> seminars.create(details(30)));

        assertThat(acting.as("trainer", () -> seminars.mySeminars(Language.KK))).extracting(card -> card.id())
                .contains(mine).doesNotContain(staffs);
        assertThat(acting.as("staff", () -> seminars.mySeminars(Language.KK))).extracting(card -> card.id())
                .contains(mine, staffs);
        assertThatThrownBy(() -> acting.as("trainer", () -> seminars.seminar(staffs, Language.KK)))
                .hasMessage("seminar.error.not-found");
        assertThatThrownBy(() -> acting.as("trainer", () -> seminars.participants(staffs, Language.KK)))
                .hasMessage("seminar.error.not-found");
        assertThatThrownBy(() -> acting.as("trainee", () -> seminars.create(details(30))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as("trainee", () -> seminars.seminar(mine, Language.KK)))
                .as("a trainee who does not take part").hasMessage("seminar.error.not-found");
    }

    @Test
    void bad_details_are_refused_with_the_reason() {
        long seminarId = seminarOfTrainer(30);

        assertThatThrownBy(() -> acting.as("trainer", () -> seminars.create(new SeminarDetails("", "Семинар", null,
                "Зал", "shymkent", PAST, PAST, 10, SeminarStatus.PLANNED, Set.of()))))
                .hasMessage("seminar.error.title-required");
        assertThatThrownBy(() -> acting.as("trainer", () -> seminars.create(new SeminarDetails("Семинар", "Семинар",
                null, "Зал", "atlantis", PAST, PAST, 10, SeminarStatus.PLANNED, Set.of()))))
                .hasMessage("seminar.error.region-required");
        assertThatThrownBy(() -> acting.as("trainer", () -> seminars.create(new SeminarDetails("Семинар", "Семинар",
                null, "Зал", "shymkent", PAST, PAST.minusDays(1), 10, SeminarStatus.PLANNED, Set.of()))))
                .hasMessage("seminar.error.dates");
        assertThatThrownBy(() -> acting.as("trainer", () -> seminars.addSession(seminarId, new SessionDetails(
                PAST.plusDays(5), LocalTime.NOON, LocalTime.of(13, 0), SessionKind.LECTURE, "Дәріс", 2, null, null))))
                .hasMessage("session.error.outside-seminar");
        assertThatThrownBy(() -> acting.as("trainer", () -> seminars.addSession(seminarId, new SessionDetails(
                PAST, LocalTime.NOON, LocalTime.of(11, 0), SessionKind.LECTURE, "Дәріс", 2, null, null))))
                .hasMessage("session.error.times");
    }

    @Test
    void trainees_join_with_the_key_until_the_places_run_out() {
        long seminarId = seminarOfTrainer(2);
        String key = acting.as("trainer", () -> seminars.newEnrolmentKey(seminarId));

        assertThat(acting.as("trainee", () -> seminars.enrolWithKey(" " + key.toLowerCase() + " "))).isEqualTo(seminarId);
        acting.as("trainee", () -> seminars.enrolWithKey(key));
        acting.as("trainee2", () -> seminars.enrolWithKey(key));
        assertThatThrownBy(() -> acting.as("trainee3", () -> seminars.enrolWithKey(key)))
                .isInstanceOf(RuleViolation.class).hasMessage("seminar.error.full");
        assertThatThrownBy(() -> acting.as("trainee3", () -> seminars.enrolWithKey("NOSUCHKEY")))
                .hasMessage("seminar.error.key-unknown");

        assertThat(acting.as("trainer", () -> seminars.participants(seminarId, Language.RU))).hasSize(2);
        assertThat(acting.as("trainee", () -> seminars.seminar(seminarId, Language.RU)).enrolmentKey())
                .as("only those who run it see the key").isNull();
    }

    @Test
    void lists_show_the_iin_masked_and_balanced_groups_mix_regions() {
        long seminarId = seminarOfTrainer(10);
        List<String> people = List.of("trainee", "trainee2", "trainee3", "trainee4");
        List<String> regionsOf = List.of("shymkent", "shymkent", "mangystau", "mangystau");
        for (int i = 0; i < people.size(); i++) {
            long userId = acting.idOf(people.get(i));
            acting.doAs("trainer", () -> seminars.addParticipant(seminarId, userId));
            ParticipantProfile profile = profiles.findById(userId).orElseGet(() -> new ParticipantProfile(userId));
            profile.fill(null, regionsOf.get(i), null, null, null, null, null);
            profiles.save(profile);
        }

        acting.doAs("trainer", () -> groups.createBalanced(seminarId, 2));
        List<GroupView> made = acting.as("trainer", () -> groups.groups(seminarId, Language.KK));

        assertThat(made).extracting(GroupView::name).containsExactly("1-топ", "2-топ");
        assertThat(made).allSatisfy(group -> {
            assertThat(group.members()).hasSize(2);
            assertThat(group.regions()).as("one from each region").isEqualTo(2);
            assertThat(group.regionMixing()).isEqualTo(100);
        });
        assertThatThrownBy(() -> acting.as("trainer", () -> {
            groups.createBalanced(seminarId, 2);
            return null;
        })).hasMessage("groups.error.exist");
        assertThat(acting.as("trainee", () -> groups.myGroup(seminarId)).orElseThrow().members()).hasSize(2);
        assertThatThrownBy(() -> acting.as("trainee", () -> groups.groups(seminarId, Language.KK)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void attendance_counts_hours_attended_over_hours_held_leaving_out_excused_sessions() {
        // the seminar starts tomorrow; the sessions are held once the clock has moved past them
        LocalDate tomorrow = kz.kelisim.base.AcademyTime.local(clock.instant()).toLocalDate().plusDays(1);
        long seminarId = acting.as("trainer", () -> seminars.create(new SeminarDetails("Қатысу", "Посещаемость", null,
                "Академия", "shymkent", tomorrow, tomorrow.plusDays(2), 10, SeminarStatus.RUNNING, Set.of())));
        long trainee = acting.idOf("trainee5");
        long trainee2 = acting.idOf("trainee2");
        acting.doAs("trainer", () -> seminars.addParticipant(seminarId, trainee));
        acting.doAs("trainer", () -> seminars.addParticipant(seminarId, trainee2));
        long first = session(seminarId, tomorrow, 2);
        long second = session(seminarId, tomorrow.plusDays(1), 2);
        long third = session(seminarId, tomorrow.plusDays(2), 4);
        assertThat(acting.as("trainer", () -> attendance.sheet(seminarId, Language.KK)).rows())
                .as("nothing held yet").allSatisfy(row -> assertThat(row.percent()).isNull());
        clock.advance(java.time.Duration.ofDays(5));

        acting.doAs("trainer", () -> attendance.everyonePresent(first));
        acting.doAs("trainer", () -> attendance.mark(second, trainee, AttendanceStatus.LATE));
        acting.doAs("trainer", () -> attendance.mark(second, trainee2, AttendanceStatus.ABSENT));
        acting.doAs("trainer", () -> attendance.mark(third, trainee, AttendanceStatus.EXCUSED));

        List<AttendanceRow> rows = acting.as("trainer", () -> attendance.sheet(seminarId, Language.KK)).rows();
        AttendanceRow excused = rows.stream().filter(row -> row.userId() == trainee).findFirst().orElseThrow();
        AttendanceRow missing = rows.stream().filter(row -> row.userId() == trainee2).findFirst().orElseThrow();
        assertThat(excused.hoursAttended()).isEqualTo(4);
        assertThat(excused.percent()).as("4 of 4 hours: the excused 4 are left out").isEqualTo(100);
        assertThat(missing.hoursAttended()).isEqualTo(2);
        assertThat(missing.percent()).as("2 of 8 hours: an unmarked held session counts as missed").isEqualTo(25);

        String printed = PdfText.of(acting.as("trainer", () -> attendance.sheetPdf(seminarId, Language.KK)));
        assertThat(printed).contains("Қатысу парағы", "Бауыржан Һашимов", "100 %", "25 %", "К", "С");

        assertThat(acting.as("trainee5", () -> attendance.myAttendance(seminarId, Language.KK)).rows())
                .singleElement().extracting(AttendanceRow::percent).isEqualTo(100);
        assertThatThrownBy(() -> acting.as("trainee5", () -> attendance.sheet(seminarId, Language.KK)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as("trainer", () -> {
            attendance.mark(first, acting.idOf("trainee3"), AttendanceStatus.PRESENT);
            return null;
        })).hasMessage("attendance.error.not-a-participant");
    }

    @Test
    void ended_sessions_nobody_marked_count_as_missed_for_people_added_after_them_and_the_sheet_names_them() {
        // the list is imported after the seminar: four sessions of 4 hours have ended, one is marked
        LocalDate lastWeek = kz.kelisim.base.AcademyTime.local(clock.instant()).toLocalDate().minusDays(7);
        long seminarId = acting.as("trainer", () -> seminars.create(new SeminarDetails("Қатысу", "Посещаемость", null,
                "Академия", "shymkent", lastWeek, lastWeek.plusDays(1), 10, SeminarStatus.RUNNING, Set.of())));
        long first = session(seminarId, lastWeek, 4);
        session(seminarId, lastWeek, 4);
        session(seminarId, lastWeek.plusDays(1), 4);
        session(seminarId, lastWeek.plusDays(1), 4);
        long trainee = acting.idOf("trainee5");
        acting.doAs("trainer", () -> seminars.addParticipant(seminarId, trainee));

        acting.doAs("trainer", () -> attendance.mark(first, trainee, AttendanceStatus.PRESENT));

        var sheet = acting.as("trainer", () -> attendance.sheet(seminarId, Language.KK));
        assertThat(sheet.rows()).singleElement().satisfies(row -> {
            assertThat(row.hoursAttended()).isEqualTo(4);
            assertThat(row.percent()).as("4 of 16 hours, not 100 %").isEqualTo(25);
        });
        assertThat(sheet.heldWithUnmarked()).hasSize(3).allSatisfy(session -> assertThat(session.unmarked()).isEqualTo(1));
        assertThat(acting.as("trainee5", () -> attendance.myAttendance(seminarId, Language.KK)).rows())
                .singleElement().extracting(AttendanceRow::percent).isEqualTo(25);
        assertThat(PdfText.of(acting.as("trainer", () -> attendance.sheetPdf(seminarId, Language.KK))))
                .contains("25 %", "? — белгіленбеген, өткізіп алынған болып саналады");
    }
}

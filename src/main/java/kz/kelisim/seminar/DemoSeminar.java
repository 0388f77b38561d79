package kz.kelisim.seminar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kz.kelisim.security.RunAs;

import kz.kelisim.base.AcademyTime;

/**
 * Demo mode: a three-day seminar-training in Shymkent, running today, run by the demo trainer, with
 * four demo trainees from four regions in two balanced groups, a schedule and the first day's
 * attendance marked. Its enrolment key is {@value #KEY}, so the demo trainee {@code trainee} can
 * join it. Made through the same services a trainer uses; nothing happens when a seminar exists.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "kelisim.demo.seminar", havingValue = "true")
class DemoSeminar implements ApplicationRunner {

    static final String KEY = "SHYMKENT";
    private static final Logger log = LoggerFactory.getLogger(DemoSeminar.class);
    /** Demo trainees with a valid (made-up) IIN, region and organisation. */
    private static final List<List<String>> PEOPLE = List.of(
            List.of("trainee2", "850725401230", "shymkent", "Шымкент қаласы әкімдігі"),
            List.of("trainee3", "951231404560", "mangystau", "Маңғыстау облысы әкімдігі"),
            List.of("trainee4", "900101300007", "turkistan", "Түркістан облысы әкімдігі"),
            List.of("trainee5", "640305200024", "zhambyl", "Жамбыл облысы әкімдігі"));

    private final SeminarRepository seminarRows;
    private final SeminarService seminars;
    private final GroupService groups;
    private final AttendanceService attendance;
    private final GroupExerciseService exercises;
    private final ParticipantProfileRepository profiles;
    private final OrganisationRepository organisations;
    private final RunAs runAs;
    private final Clock clock;

    DemoSeminar(SeminarRepository seminarRows, SeminarService seminars, GroupService groups,
            AttendanceService attendance, GroupExerciseService exercises, ParticipantProfileRepository profiles,
            OrganisationRepository organisations, RunAs runAs, Clock clock) {
        this.exercises = exercises;
        this.seminarRows = seminarRows;
        this.seminars = seminars;
        this.groups = groups;
        this.attendance = attendance;
        this.profiles = profiles;
        this.organisations = organisations;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (seminarRows.count() > 0) {
            return;
        }
        LocalDate today = AcademyTime.local(clock.instant()).toLocalDate();
        long seminarId = runAs.as("trainer", () -> {
            long id = seminars.create(new SeminarDetails("Қазақтану және этносаралық келісім: Шымкент семинар-тренингі",
                    "Қазақтану и межэтническое согласие: семинар-тренинг в Шымкенте",
                    "Kazakhstan studies and interethnic accord: a seminar-training in Shymkent",
                    "Мемлекеттік басқару академиясының өңірлік филиалы, 2-қабат", "shymkent", today.minusDays(1),
                    today.plusDays(1), 30, SeminarStatus.RUNNING, Set.of("kazakhstan-studies", "ethnomediation"),
                    "Региональный филиал Академии государственного управления, 2-й этаж",
                    "Regional branch of the Academy of Public Administration, 2nd floor"));
            session(id, today.minusDays(1), 10, SessionKind.LECTURE, "«Қазақтану» жобасы және қоғамдық келісім",
                    "Проект «Қазақтану» и общественное согласие", "The Qazaqtanu project and public accord");
            session(id, today.minusDays(1), 14, SessionKind.PRACTICAL, "Жанжал картасы: шағын топтардағы жұмыс",
                    "Карта конфликта: работа в малых группах", "Conflict map: small-group work");
            session(id, today, 10, SessionKind.LECTURE, "Діни саладағы мемлекеттік саясат",
                    "Государственная политика в религиозной сфере", "State policy in the religious sphere");
            session(id, today, 14, SessionKind.PRACTICAL, "Этномедиация: рөлдік ойын", "Этномедиация: ролевая игра",
                    "Ethnomediation: a role play");
            session(id, today.plusDays(1), 10, SessionKind.TEST, "Қорытынды тест және қорытындылау",
                    "Итоговый тест и подведение итогов", "Final test and wrap-up");
            return id;
        });
        for (List<String> person : PEOPLE) {
            long userId = runAs.idOf(person.get(0));
            Organisation organisation = organisations.findByNameIgnoreCase(person.get(3))
                    .orElseGet(() -> organisations.save(new Organisation(person.get(3), person.get(2))));
            ParticipantProfile profile = profiles.findById(userId).orElseGet(() -> new ParticipantProfile(userId));
            profile.fill(person.get(1), person.get(2), organisation.getId(), "бас маман", null, null,
                    Iin.sex(person.get(1)));
            profiles.save(profile);
            runAs.as("trainer", () -> {
                seminars.addParticipant(seminarId, userId);
                return null;
            });
        }
        runAs.as("trainer", () -> {
            groups.createBalanced(seminarId, 2);
            seminars.seminar(seminarId, kz.kelisim.base.Language.KK).sessions().stream()
                    .filter(session -> session.date().isBefore(today))
                    .forEach(session -> attendance.everyonePresent(session.id()));
            return null;
        });
        // a group exercise under way: each group has its workspace to open and fill in
        runAs.as("trainer", () -> {
            long exercise = exercises.create(seminarId, new ExerciseViews.ExerciseDetails(
                    "Жанжал картасы: мектептегі тіл дауы", """
                            **Шартты кейс.** Аудандық мектепте сыныптарды оқыту тілі бойынша бөлу туралы хабарландырудан
                            кейін ата-аналар чатында дау туды. Тараптар мен олардың ұстанымдарын анықтаңыз.

                            | Тарап | Ұстанымы |
                            |---|---|
                            | Ата-аналар тобы А | «Балалар бір сыныпта қалуы керек» |
                            | Ата-аналар тобы Б | «Оқыту тілін таңдау біздің құқығымыз» |
                            | Мектеп әкімшілігі | «Шешім нормативке сай» |
                            """, null, null, clock.instant().plus(java.time.Duration.ofDays(1)), ExerciseViews.DEMO_RUBRIC));
            exercises.assign(exercise, groups.groups(seminarId, kz.kelisim.base.Language.KK).stream()
                    .map(GroupViews.GroupView::id).filter(id -> id != 0).toList());
            return exercise;
        });
        seminarRows.findById(seminarId).ifPresent(seminar -> {
            seminar.setEnrolmentKey(KEY);
            seminarRows.save(seminar);
        });
        log.info("Demo mode: a seminar-training in Shymkent (enrolment key {}) with four demo trainees", KEY);
    }

    private void session(long seminarId, LocalDate day, int hour, SessionKind kind, String kk, String ru, String en) {
        seminars.addSession(seminarId, new SessionDetails(day, LocalTime.of(hour, 0), LocalTime.of(hour + 3, 0), kind,
                kk, 4, "204", null, ru, en));
    }

}

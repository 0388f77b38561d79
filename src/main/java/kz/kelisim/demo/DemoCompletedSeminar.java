package kz.kelisim.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.Language;
import kz.kelisim.certificate.CertificateService;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.quiz.CourseAssessmentService;
import kz.kelisim.quiz.GradingService;
import kz.kelisim.quiz.Question;
import kz.kelisim.security.RunAs;
import kz.kelisim.seminar.AttendanceService;
import kz.kelisim.seminar.AttendanceStatus;
import kz.kelisim.seminar.ExerciseViews;
import kz.kelisim.seminar.ExerciseViews.ExerciseDetails;
import kz.kelisim.seminar.GroupExerciseService;
import kz.kelisim.seminar.GroupService;
import kz.kelisim.seminar.Iin;
import kz.kelisim.seminar.ParticipantImport;
import kz.kelisim.seminar.SeminarDetails;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarStatus;
import kz.kelisim.seminar.SessionDetails;
import kz.kelisim.seminar.SessionKind;
import kz.kelisim.seminar.TemplateField;
import kz.kelisim.seminar.SeminarViews.SessionView;

/**
 * Demo mode: a seminar-training in Turkistan that ended last month, so every later step can be tried
 * at once. Twelve participants came in an imported list (as a trainer's would), and the demo trainee
 * {@value #WITH_CERTIFICATE} joined them; they attended (one
 * missed half, one a session), worked in three groups on a graded exercise, and took the ethnomediation
 * course's pre-test and final test (two did not reach the pass mark), with their essays graded by the
 * trainer. Staff can therefore issue certificates to most of them and see why the others may not; two
 * are issued already, so the registry and the public verification page show something. Runs once.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "kelisim.demo.seminar", havingValue = "true")
class DemoCompletedSeminar implements ApplicationRunner {

    static final String TITLE_KK = "Этномедиация негіздері: Түркістан семинар-тренингі";
    static final String COURSE = "ethnomediation";
    private static final Logger log = LoggerFactory.getLogger(DemoCompletedSeminar.class);

    /** Name, region code, organisation, birth date, female; with how well they do in the tests. */
    private record Person(String name, String region, String organisation, LocalDate born, boolean female,
            double ability) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Ержан Төлегенов", "turkistan", "Түркістан облысы әкімдігі", LocalDate.of(1984, 4, 12), false, 0.9),
            new Person("Мадина Әбдірахманова", "shymkent", "Шымкент қаласы әкімдігі", LocalDate.of(1990, 9, 3), true, 0.85),
            new Person("Сергей Петренко", "kostanay", "Қостанай облысы әкімдігі", LocalDate.of(1979, 1, 25), false, 0.8),
            new Person("Айнұр Сейітқали", "atyrau", "Атырау облысы әкімдігі", LocalDate.of(1993, 6, 18), true, 0.9),
            new Person("Рустам Исмаилов", "almaty-city", "Алматы қаласы әкімдігі", LocalDate.of(1987, 11, 30), false, 0.8),
            new Person("Гүлжан Оспанова", "kyzylorda", "Қызылорда облысы әкімдігі", LocalDate.of(1982, 2, 7), true, 0.85),
            new Person("Виктор Лим", "pavlodar", "Павлодар облысы әкімдігі", LocalDate.of(1976, 8, 14), false, 0.9),
            new Person("Жанар Құрманғалиева", "zhambyl", "Жамбыл облысы әкімдігі", LocalDate.of(1991, 12, 1), true, 0.8),
            new Person("Тимур Алиев", "mangystau", "Маңғыстау облысы әкімдігі", LocalDate.of(1988, 5, 22), false, 0.85),
            new Person("Елена Шевченко", "karaganda", "Қарағанды облысы әкімдігі", LocalDate.of(1985, 3, 9), true, 0.35),
            new Person("Нұрлан Бекмұхамбетов", "abai", "Абай облысы әкімдігі", LocalDate.of(1980, 10, 5), false, 0.3),
            new Person("Дильназ Хамитова", "astana", "Астана қаласы әкімдігі", LocalDate.of(1994, 7, 27), true, 0.9));
    /** The demo trainee who holds one of the certificates issued. */
    static final String WITH_CERTIFICATE = "trainee3";
    /** Missed three of the six sessions: attendance 50 %. */
    private static final int HALF_ABSENT = 4;
    /** Missed one session: attendance 83 %, still above 80 %. */
    private static final int ONCE_ABSENT = 7;

    private final SeminarService seminars;
    private final ParticipantImport imports;
    private final GroupService groups;
    private final AttendanceService attendance;
    private final GroupExerciseService exercises;
    private final CourseCatalogue catalogue;
    private final CourseAssessmentService banks;
    private final AttemptService quizzes;
    private final GradingService grading;
    private final CertificateService certificates;
    private final RunAs runAs;
    private final Clock clock;

    DemoCompletedSeminar(SeminarService seminars, ParticipantImport imports, GroupService groups,
            AttendanceService attendance, GroupExerciseService exercises, CourseCatalogue catalogue,
            CourseAssessmentService banks, AttemptService quizzes, GradingService grading,
            CertificateService certificates, RunAs runAs, Clock clock) {
        this.seminars = seminars;
        this.imports = imports;
        this.groups = groups;
        this.attendance = attendance;
        this.exercises = exercises;
        this.catalogue = catalogue;
        this.banks = banks;
        this.quizzes = quizzes;
        this.grading = grading;
        this.certificates = certificates;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean exists = runAs.as("trainer", () -> seminars.mySeminars(Language.KK).stream()
                .anyMatch(seminar -> seminar.title().equals(TITLE_KK)));
        List<Question> bank = runAs.as("trainer", () -> banks.questions(COURSE));
        if (exists || bank.isEmpty()) {
            return;
        }
        LocalDate first = AcademyTime.local(clock.instant()).toLocalDate().minusDays(30);
        long seminarId = runAs.as("trainer", () -> {
            long id = seminars.create(new SeminarDetails(TITLE_KK, "Основы этномедиации: семинар-тренинг в Туркестане",
                    "Ethnomediation basics: a seminar-training in Turkistan", "Түркістан, Тәуке хан даңғылы 1, мәжіліс залы",
                    "turkistan", first, first.plusDays(2), 30, SeminarStatus.FINISHED, Set.of(COURSE),
                    "Туркестан, проспект Тауке хана 1, конференц-зал", "Turkistan, 1 Tauke Khan Avenue, conference hall"));
            schedule(id, first);
            return id;
        });
        List<String> usernames = new ArrayList<>(runAs.as("trainer", () -> imports.save(seminarId,
                "turkistan-participants.csv", list(), Language.KK).slips().stream()
                .map(ParticipantImport.Slip::username).toList()));
        // a demo trainee one can sign in as took part too, so "My certificates" shows a certificate
        runAs.doAs("trainer", () -> seminars.addParticipant(seminarId, runAs.idOf(WITH_CERTIFICATE)));
        usernames.add(WITH_CERTIFICATE);
        runAs.doAs("trainer", () -> {
            groups.createBalanced(seminarId, 3);
            markAttendance(seminarId, usernames);
        });
        Map<Long, String> byUser = new LinkedHashMap<>();
        usernames.forEach(username -> byUser.put(runAs.idOf(username), username));
        groupExercise(seminarId, byUser);
        Map<String, Question> byId = new LinkedHashMap<>();
        bank.forEach(question -> byId.put(question.id(), question));
        Random random = new Random(1995);
        for (int i = 0; i < usernames.size(); i++) {
            double ability = i < PEOPLE.size() ? PEOPLE.get(i).ability() : 0.95;
            runAs.doAs(usernames.get(i), () -> {
                catalogue.enrol(COURSE);
                DemoAnswers.take(quizzes, COURSE, "pre-test", byId, ability - 0.3, random);
                DemoAnswers.take(quizzes, COURSE, "final-test", byId, ability, random);
            });
        }
        runAs.doAs("trainer", this::gradeEssays);  // the sample course's essays stay for the trainer to grade
        long holder = runAs.idOf(WITH_CERTIFICATE);
        runAs.doAs("staff", () -> certificates.seminarCandidates(seminarId).stream()
                .filter(candidate -> candidate.eligible())
                .sorted(java.util.Comparator.comparing(candidate -> candidate.userId() != holder)).limit(2)
                .forEach(candidate -> certificates.issueForSeminar(seminarId, candidate.userId())));
        log.info("Demo mode: a finished seminar-training in Turkistan with {} participants, ready for certificates",
                usernames.size());
    }

    private void schedule(long seminarId, LocalDate first) {
        String[][] sessions = {
                {"Этномедиация: ұғымы мен қағидаттары", "Этномедиация: понятие и принципы", "Ethnomediation: the idea and its principles"},
                {"Жанжал картасы: шағын топтардағы жұмыс", "Карта конфликта: работа в малых группах", "Conflict map: small-group work"},
                {"Медиация туралы заң және этномедиатордың рөлі", "Закон о медиации и роль этномедиатора", "The Law on Mediation and the ethnomediator's role"},
                {"Медиация кезеңдері: рөлдік ойын", "Этапы медиации: ролевая игра", "Stages of mediation: a role play"},
                {"Өңірлік тәжірибе: әкімдікпен бірлескен жұмыс", "Региональная практика: работа с акиматом", "Regional practice: working with the akimat"},
                {"Қорытынды тест және қорытындылау", "Итоговый тест и подведение итогов", "Final test and wrap-up"}};
        SessionKind[] kinds = {SessionKind.LECTURE, SessionKind.PRACTICAL, SessionKind.LECTURE, SessionKind.PRACTICAL,
                SessionKind.PRACTICAL, SessionKind.TEST};
        for (int i = 0; i < sessions.length; i++) {
            LocalTime starts = LocalTime.of(i % 2 == 0 ? 9 : 14, 0);
            seminars.addSession(seminarId, new SessionDetails(first.plusDays(i / 2), starts, starts.plusHours(3), kinds[i],
                    sessions[i][0], 4, "мәжіліс залы", null, sessions[i][1], sessions[i][2]));
        }
    }

    /** The list a trainer would import: names, valid IINs, regions, organisations and positions. */
    private static byte[] list() {
        StringBuilder csv = new StringBuilder("Аты-жөні;ЖСН;Өңір;Ұйым;Лауазымы\n");
        for (Person person : PEOPLE) {
            csv.append(person.name()).append(';').append(iin(person)).append(';').append(person.region()).append(';')
                    .append(person.organisation()).append(';').append("ішкі саясат бөлімінің бас маманы\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A valid IIN for the person: birth date, century-and-sex digit, a serial chosen so the check digit works. */
    private static String iin(Person person) {
        String birth = String.format("%02d%02d%02d", person.born().getYear() % 100, person.born().getMonthValue(),
                person.born().getDayOfMonth());
        char century = person.female() ? '4' : '3';
        for (int serial = 1000; serial < 10_000; serial++) {
            for (int check = 0; check <= 9; check++) {
                String candidate = birth + century + serial + check;
                if (Iin.isValid(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("No IIN for " + person.name());
    }

    private void markAttendance(long seminarId, List<String> usernames) {
        List<SessionView> sessions = seminars.seminar(seminarId, Language.KK).sessions();
        for (SessionView session : sessions) {
            attendance.everyonePresent(session.id());
        }
        for (int i = 0; i < 3; i++) {
            attendance.mark(sessions.get(i * 2 + 1).id(), runAs.idOf(usernames.get(HALF_ABSENT)), AttendanceStatus.ABSENT);
        }
        attendance.mark(sessions.get(2).id(), runAs.idOf(usernames.get(ONCE_ABSENT)), AttendanceStatus.LATE);
        attendance.mark(sessions.get(3).id(), runAs.idOf(usernames.get(ONCE_ABSENT)), AttendanceStatus.ABSENT);
    }

    /** The conflict-map exercise, worked on and submitted by every group and graded by the trainer. */
    private void groupExercise(long seminarId, Map<Long, String> usernames) {
        long exerciseId = runAs.as("trainer", () -> {
            long id = exercises.create(seminarId, new ExerciseDetails("Жанжал картасы: базардағы дау", """
                    **Шартты кейс.** Аудандық базардағы сауда орындарын қайта бөлу туралы шешімнен кейін екі этникалық
                    топтың кәсіпкерлері арасында наразылық туды; әлеуметтік желіде қауесет тарады.

                    | Тарап | Не айтады |
                    |---|---|
                    | Ескі базардың саудагерлері | «Орындарымызды тартып алды» |
                    | Жаңа павильонның иелері | «Конкурс ашық өтті» |
                    | Аудан әкімдігі | «Ереже бәріне бірдей» |

                    Талдаңыз: тараптар, мүдделер мен қажеттіліктер, эскалация сатысы, жанжал ағашы, медиация қадамдары.
                    """, null, null, clock.instant().plus(Duration.ofDays(7)), ExerciseViews.DEMO_RUBRIC));
            exercises.assign(id, groups.groups(seminarId, Language.KK).stream().map(group -> group.id())
                    .filter(groupId -> groupId != 0).toList());
            return id;
        });
        List<Long> workspaces = new ArrayList<>();
        for (var group : runAs.as("trainer", () -> groups.groups(seminarId, Language.KK))) {
            if (group.id() == 0 || group.members().isEmpty()) {
                continue;
            }
            String member = usernames.get(group.members().getFirst().userId());
            workspaces.add(runAs.as(member, () -> {
                long workspace = exercises.myWorkspace(exerciseId);
                exercises.saveField(workspace, TemplateField.CORE_PROBLEM,
                        "Сауда орындарын бөлу ережесі түсіндірілмеген, шешім тараптармен талқыланбаған.", 0);
                exercises.saveField(workspace, TemplateField.ROOT_CAUSES,
                        "Табыс көзінен айырылу қаупі; ақпараттың жетіспеуі; әлеуметтік желідегі қауесет.", 0);
                exercises.saveField(workspace, TemplateField.ESCALATION, "3", 0);
                exercises.submit(workspace);
                return workspace;
            }));
        }
        runAs.doAs("trainer", () -> {
            for (int i = 0; i < workspaces.size(); i++) {
                exercises.grade(workspaces.get(i), List.of(i == 0 ? 2 : 1, 2), "Талдау мұқият, жоспар нақты.");
            }
        });
    }

    private void gradeEssays() {
        Set<String> participants = new java.util.HashSet<>(PEOPLE.stream().map(Person::name).toList());
        participants.add("Гүлнұр Өтебаева");
        for (GradingService.EssayToGrade essay : grading.essaysWaiting(PageRequest.of(0, 200), Language.KK)) {
            if (participants.contains(essay.traineeName())) {
                grading.gradeEssay(essay.answerId(), Math.round(essay.maxMarks() * 0.8 * 2) / 2.0,
                        "Ой анық жеткізілген; өңірден мысал келтірсеңіз, жауап толық болар еді.");
            }
        }
    }
}

package kz.kelisim.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import kz.kelisim.Acting;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseFolderTest;
import kz.kelisim.course.CourseLoader;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.quiz.QuizFixture;
import kz.kelisim.quiz.ReportFixture;
import kz.kelisim.quiz.Response;
import kz.kelisim.seminar.GradebookExport.Headers;
import kz.kelisim.seminar.GradebookViews.GradebookRow;
import kz.kelisim.user.UserService;

/** The gradebook gathers test results, exercises and attendance per participant, and exports them. */
@Tag("persistence")
class GradebookTest extends CourseFolderTest {

    private static final String COURSE = "gradebook-course";
    private static final Headers HEADERS = new Headers("Аты-жөні", "ЖСН", "Топ", "Өңір", "Кіріс тесті",
            "Қорытынды тест", "Топтық жаттығулар", "Қатысу");

    @Autowired
    CourseLoader loader;

    @Autowired
    CourseCatalogue catalogue;

    @Autowired
    AttemptService quizzes;

    @Autowired
    SeminarService seminars;

    @Autowired
    GradebookService gradebooks;

    @Autowired
    GradebookExport export;

    @Autowired
    ParticipantProfileRepository profiles;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    UserService accounts;

    @Autowired
    TransactionTemplate transactions;

    private Acting acting;

    @BeforeEach
    void setUp() {
        acting = new Acting(users, securityContext);
        ReportFixture.writeCourseWithPreAndFinalTest(FOLDER, COURSE);
        acting.as("admin", () -> loader.reloadAll());
    }

    /** The trainee takes the test answering right the questions named. */
    private void take(String trainee, String quizId, Set<String> rightOnes) {
        Map<String, Response> right = Map.of("capital", new Response.Selected(Set.of("astana")),
                "founded", new Response.TrueOrFalse(true), "law-year", new Response.Typed("2011"),
                "council", new Response.Typed("согласие"), "steps", new Response.Ordered(List.of("listen", "agree", "sign")));
        acting.doAs(trainee, () -> {
            long id = quizzes.startOrResume(COURSE, quizId);
            rightOnes.forEach(question -> quizzes.saveAnswer(id, question, right.get(question)));
            quizzes.submit(id);
        });
    }

    @Test
    void the_gradebook_shows_each_participants_tests_and_exports_them_with_iins_for_staff_only() throws IOException {
        long seminarId = acting.as("trainer", () -> seminars.create(new SeminarDetails("Бағалар", "Оценки", null,
                "Академия", "astana", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 3), 20, SeminarStatus.RUNNING,
                Set.of(COURSE))));
        for (String trainee : List.of("trainee4", "trainee5")) {
            long userId = acting.idOf(trainee);
            acting.doAs("trainer", () -> seminars.addParticipant(seminarId, userId));
            acting.doAs(trainee, () -> catalogue.enrol(COURSE));
        }
        ParticipantProfile profile = profiles.findById(acting.idOf("trainee5"))
                .orElseGet(() -> new ParticipantProfile(acting.idOf("trainee5")));
        profile.fill("000229507779", "mangystau", null, null, null, null, null);
        profiles.save(profile);
        take("trainee5", QuizFixture.QUIZ, Set.of("capital", "founded"));
        take("trainee5", ReportFixture.FINAL, Set.of("capital", "founded", "law-year", "council"));

        List<GradebookRow> rows = acting.as("trainer", () -> gradebooks.gradebook(seminarId, Language.KK, false)).rows();

        GradebookRow taken = rows.stream().filter(row -> row.userId() == acting.idOf("trainee5")).findFirst()
                .orElseThrow();
        assertThat(taken.preTest()).isEqualTo(40.0);
        assertThat(taken.finalTest()).isEqualTo(80.0);
        assertThat(taken.region()).isEqualTo("Маңғыстау облысы");
        assertThat(taken.iin()).isNull();
        GradebookRow notYet = rows.stream().filter(row -> row.userId() == acting.idOf("trainee4")).findFirst()
                .orElseThrow();
        assertThat(notYet.preTest()).isNull();
        assertThat(notYet.finalTest()).isNull();

        String csv = new String(acting.as("trainer", () -> export.csv(seminarId, Language.KK, false, HEADERS)),
                StandardCharsets.UTF_8);
        assertThat(csv).as("Excel in Kazakh or Russian splits on ; and reads a decimal comma")
                .startsWith("\uFEFFАты-жөні;Топ;Өңір;Кіріс тесті;Қорытынды тест;Топтық жаттығулар;Қатысу")
                .contains("Бауыржан Һашимов;;Маңғыстау облысы;40;80;;").doesNotContain("000229507779");
        String english = new String(acting.as("trainer", () -> export.csv(seminarId, Language.EN, false, HEADERS)),
                StandardCharsets.UTF_8);
        assertThat(english).contains("Бауыржан Һашимов,,Mangystau Region,40,80,,");
        assertThatThrownBy(() -> acting.as("trainer", () -> export.xlsx(seminarId, Language.KK, true, HEADERS)))
                .isInstanceOf(RuleViolation.class).hasMessage("gradebook.error.iin-staff-only");

        byte[] xlsx = acting.as("staff", () -> export.xlsx(seminarId, Language.KK, true, HEADERS));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet.getFirst().getCellText(1)).isEqualTo("ЖСН");
            Row hashimov = sheet.stream().filter(row -> row.getCellText(0).equals("Бауыржан Һашимов")).findFirst()
                    .orElseThrow();
            assertThat(hashimov.getCellText(1)).as("the leading zero survives").isEqualTo("000229507779");
            assertThat(hashimov.getCellAsNumber(5)).hasValueSatisfying(value -> assertThat(value.doubleValue())
                    .isEqualTo(80.0));
        }

        assertThat(acting.as("trainee5", () -> gradebooks.myGrades(seminarId, Language.KK)).rows()).singleElement()
                .satisfies(mine -> {
                    assertThat(mine.preTest()).isEqualTo(40.0);
                    assertThat(mine.finalTest()).isEqualTo(80.0);
                });
        assertThatThrownBy(() -> acting.as("trainee5", () -> gradebooks.gradebook(seminarId, Language.KK, false)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void names_that_a_spreadsheet_would_run_as_formulas_are_exported_as_plain_text() {
        long seminarId = acting.as("trainer", () -> seminars.create(new SeminarDetails("Формулалар", "Формулы", null,
                "Академия", "astana", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 3), 20, SeminarStatus.RUNNING,
                Set.of(COURSE))));
        List<String> crafted = List.of("=HYPERLINK(\"http://evil.example\",\"Нәтиже\")", "@SUM(1+1)*cmd|' /C calc'!A0",
                "+cmd|' /C notepad'!A0", "-2+3");
        acting.doAs("trainer", () -> transactions.executeWithoutResult(status -> crafted.forEach(name ->
                seminars.addParticipant(seminarId, accounts.createTrainee(name).id()))));

        String csv = new String(acting.as("trainer", () -> export.csv(seminarId, Language.KK, false, HEADERS)),
                StandardCharsets.UTF_8);

        assertThat(csv.lines().skip(1).map(line -> line.charAt(0) == '"' ? line.substring(1) : line))
                .as("every row begins with the apostrophe that keeps the text plain").hasSize(4)
                .allSatisfy(row -> assertThat(row).startsWith("'"));
        assertThat(csv).contains("'-2+3;").contains("'+cmd|' /C notepad'!A0");
    }
}

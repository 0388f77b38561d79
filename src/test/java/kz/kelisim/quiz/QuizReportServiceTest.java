package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import kz.kelisim.user.AccountAdministration;
import kz.kelisim.base.Language;
import kz.kelisim.course.CourseLoadStatus;
import kz.kelisim.quiz.QuizReports.AttemptRow;
import kz.kelisim.quiz.QuizReports.AttemptsToAnalyse;
import kz.kelisim.quiz.QuizReports.Attention;
import kz.kelisim.quiz.QuizReports.GainsReport;
import kz.kelisim.quiz.QuizReports.QuizReport;
import kz.kelisim.quiz.QuizReports.TraineeGain;
import kz.kelisim.quiz.Response.Typed;

/** Trainers' test reports from real attempts on the real database. */
@Tag("persistence")
class QuizReportServiceTest extends QuizTestSupport {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient seminarRows;

    /** A trainer reads only the results of trainees in the seminars they run: the demo trainer ran one. */
    @org.junit.jupiter.api.BeforeEach
    void theDemoTrainerRanASeminarWithTheDemoTrainees() {
        kz.kelisim.seminar.TrainerFixture.trainerRanASeminarWith(seminarRows, "trainer", "trainee", "trainee2",
                "trainee3", "trainee4", "trainee5");
    }

    private static final String Q = QuizFixture.QUIZ;
    /** The five one-mark questions of the fixture's bank, in slot order; no essay. */
    static final List<String> SLOTS = List.of("capital", "founded", "law-year", "council", "steps");
    static final String FIVE_QUESTIONS = ReportFixture.FIVE_QUESTIONS;
    static final String FINAL = ReportFixture.FINAL;

    @Autowired
    QuizReportService reports;

    @Autowired
    AttemptService quizzes;

    @Autowired
    kz.kelisim.user.AccountAdministration administration;

    @Test
    void statistics_of_submitted_attempts_are_the_item_analysis_of_their_marks_slot_by_slot() {
        String course = course(FIVE_QUESTIONS);
        int[][] marks = {{1, 1, 1, 1, 1}, {1, 1, 1, 0, 0}, {1, 0, 1, 0, 0}, {0, 1, 0, 0, 0}, {1, 1, 1, 1, 0}};
        List<String> trainees = List.of("trainee", "trainee2", "trainee3", "trainee4", "trainee5");
        for (int i = 0; i < trainees.size(); i++) {
            take(trainees.get(i), course, Q, marks[i]);
        }
        take("trainee5", course, Q, new int[] {1, 1, 1, 1, 1});
        as("trainee", () -> quizzes.startOrResume(course, Q));

        QuizReport all = as("trainer", () -> reports.statistics(course, Q, AttemptsToAnalyse.ALL, Language.KK));
        QuizReport first = as("trainer", () -> reports.statistics(course, Q, AttemptsToAnalyse.FIRST, Language.KK));

        assertThat(all.analysed()).as("six submitted attempts; the one in progress is not analysed").isEqualTo(6);
        assertThat(all.statistics()).get().usingRecursiveComparison().isEqualTo(ItemAnalysis.of(matrix(
                marks[0], marks[1], marks[2], marks[3], marks[4], new int[] {1, 1, 1, 1, 1})));
        assertThat(first.analysed()).isEqualTo(5);
        assertThat(first.statistics()).get().usingRecursiveComparison().isEqualTo(ItemAnalysis.of(matrix(marks)));
        assertThat(all.slots()).hasSize(5);
        assertThat(all.slots().getFirst().number()).isEqualTo(1);
        assertThat(all.slots().getFirst().questions()).singleElement()
                .satisfies(question -> {
                    assertThat(question.text()).isEqualTo("Елорда қай қала?");
                    assertThat(question.attempts()).isEqualTo(6);
                });
        assertThat(first.slots().get(4).attention()).as("one trainee in five earns the last slot's mark")
                .doesNotContain(Attention.TOO_HARD, Attention.TOO_EASY);
        assertThat(all.slots()).extracting(slot -> Math.round(slot.figures().facilityIndex().getAsDouble()))
                .containsExactly(83L, 83L, 83L, 50L, 33L);
    }

    @Test
    void an_attempt_whose_essay_awaits_a_trainer_is_left_out_and_counted_and_two_attempts_are_needed() {
        String course = course();
        take("trainee", course, Q, new int[] {1, 1, 0, 0, 0});
        take("trainee2", course, Q, new int[] {1, 1, 1, 1, 0}, "Келісім — ортақ үйіміздің іргетасы.");

        QuizReport one = as("trainer", () -> reports.statistics(course, Q, AttemptsToAnalyse.ALL, Language.RU));
        take("trainee3", course, Q, new int[] {0, 0, 0, 1, 1});
        QuizReport two = as("staff", () -> reports.statistics(course, Q, AttemptsToAnalyse.ALL, Language.RU));

        assertThat(one.analysed()).isEqualTo(1);
        assertThat(one.leftOutAwaitingGrading()).isEqualTo(1);
        assertThat(one.statistics()).as("one attempt is too few").isEmpty();
        assertThat(one.slots()).isEmpty();
        assertThat(two.analysed()).isEqualTo(2);
        assertThat(two.statistics()).get().extracting(QuizStatistics::meanPercent)
                .isEqualTo(java.util.OptionalDouble.of(100.0 * 4 / 20));
        assertThat(two.slots().getLast().questions()).singleElement()
                .extracting(QuizReports.SlotQuestion::text).isEqualTo("Напишите своё мнение");
        assertThat(as("trainer", () -> reports.quizzes(course, Language.EN))).singleElement().satisfies(quiz -> {
            assertThat(quiz.title()).isEqualTo("Self-check");
            assertThat(quiz.attempts()).isEqualTo(3);
            assertThat(quiz.trainees()).isEqualTo(3);
            assertThat(quiz.essaysAwaiting()).isEqualTo(1);
        });
    }

    @Test
    void gains_compare_each_trainees_pre_test_and_final_test_grades() {
        String course = courseWithPreAndFinalTest();
        take("trainee", course, Q, new int[] {1, 1, 0, 0, 0});
        take("trainee", course, FINAL, new int[] {1, 1, 1, 0, 0});
        take("trainee", course, FINAL, new int[] {1, 1, 1, 1, 0});
        take("trainee2", course, Q, new int[] {1, 1, 1, 1, 1});
        take("trainee2", course, FINAL, new int[] {1, 1, 1, 1, 0});
        take("trainee3", course, Q, new int[] {1, 1, 1, 0, 0});

        GainsReport gains = as("trainer", () -> reports.gains(course, Language.EN));

        assertThat(gains.preTestTitle()).isEqualTo("Self-check");
        assertThat(gains.finalTestTitle()).isEqualTo("Final test");
        Map<Long, TraineeGain> byId = gains.trainees().stream()
                .collect(java.util.stream.Collectors.toMap(TraineeGain::traineeId, row -> row));
        TraineeGain asel = byId.get(id("trainee"));
        assertThat(asel.name()).isEqualTo("Әсел Нұрланқызы Жақсылықова");
        assertThat(asel.prePercent().getAsDouble()).isEqualTo(40.0);
        assertThat(asel.finalPercent().getAsDouble()).as("the better of 60 and 80 counts").isEqualTo(80.0);
        assertThat(asel.gain().getAsDouble()).isEqualTo(40.0);
        assertThat(asel.normalisedGain().getAsDouble()).isCloseTo(0.667, within(0.001));
        TraineeGain dmitry = byId.get(id("trainee2"));
        assertThat(dmitry.gain().getAsDouble()).isEqualTo(-20.0);
        assertThat(dmitry.normalisedGain()).as("nothing was left to learn").isEmpty();
        TraineeGain third = byId.get(id("trainee3"));
        assertThat(third.finalPercent()).isEmpty();
        assertThat(third.gain()).isEmpty();
        assertThat(gains.meanPre().getAsDouble()).isCloseTo((40 + 100 + 60) / 3.0, within(1e-9));
        assertThat(gains.meanFinal().getAsDouble()).isEqualTo(80.0);
        assertThat(gains.meanGain().getAsDouble()).isEqualTo(10.0);
        assertThat(gains.meanNormalisedGain().getAsDouble()).isCloseTo(0.667, within(0.001));
        assertThat(gains.withBoth()).isEqualTo(2);
    }

    @Test
    void a_course_without_pre_test_or_final_test_has_no_gains() {
        String course = course(FIVE_QUESTIONS);
        take("trainee", course, Q, new int[] {1, 0, 0, 0, 0});

        GainsReport gains = as("admin", () -> reports.gains(course, Language.KK));

        assertThat(gains.hasTests()).isFalse();
        assertThat(gains.trainees()).isEmpty();
    }

    @Test
    void trainers_page_through_submitted_attempts_with_names_the_latest_first() {
        String course = course(FIVE_QUESTIONS);
        take("trainee4", course, Q, new int[] {1, 1, 1, 1, 0});
        clock.advance(java.time.Duration.ofMinutes(5));
        take("trainee5", course, Q, new int[] {1, 0, 0, 0, 0});
        clock.advance(java.time.Duration.ofMinutes(5));
        take("trainee4", course, Q, new int[] {1, 1, 1, 1, 1});
        enrol("trainee", course);
        as("trainee", () -> quizzes.startOrResume(course, Q));

        List<AttemptRow> page = as("trainer", () -> reports.attempts(course, Q, PageRequest.of(0, 2)).getContent());
        List<AttemptRow> next = as("trainer", () -> reports.attempts(course, Q, PageRequest.of(1, 2)).getContent());

        assertThat(as("trainer", () -> reports.countAttempts(course, Q))).isEqualTo(3);
        assertThat(page).extracting(AttemptRow::traineeName, AttemptRow::number, AttemptRow::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Анна Шмидт", 2, 100.0),
                        org.assertj.core.groups.Tuple.tuple("Бауыржан Һашимов", 1, 20.0));
        assertThat(next).singleElement().extracting(AttemptRow::percent).isEqualTo(80.0);
    }

    @Test
    void a_trainer_reads_only_the_results_of_trainees_in_the_seminars_they_run() {
        String course = course(FIVE_QUESTIONS);
        take("trainee4", course, Q, new int[] {1, 1, 1, 1, 0});
        take("trainee5", course, Q, new int[] {1, 0, 0, 0, 0});
        String other = as("admin", () -> administration.create(new AccountAdministration.NewAccountRequest(
                "Басқа семинардың тренері " + course, null, null, java.util.Set.of(kz.kelisim.security.Roles.TRAINER))))
                .username();
        kz.kelisim.seminar.TrainerFixture.trainerRanASeminarTitled(seminarRows, "Тест: " + other, other, "trainee5");
        List<AttemptRow> everyone = as("staff", () -> reports.attempts(course, Q, PageRequest.of(0, 10)).getContent());
        long ofTrainee4 = everyone.stream().filter(row -> row.traineeName().equals("Анна Шмидт")).findFirst()
                .orElseThrow().attemptId();

        assertThat(everyone).extracting(AttemptRow::traineeName).containsExactlyInAnyOrder("Анна Шмидт", "Бауыржан Һашимов");
        assertThat(as(other, () -> reports.attempts(course, Q, PageRequest.of(0, 10)).getContent()))
                .extracting(AttemptRow::traineeName).containsExactly("Бауыржан Һашимов");
        assertThat(as(other, () -> reports.countAttempts(course, Q))).isEqualTo(1);
        assertThatThrownBy(() -> as(other, () -> quizzes.review(ofTrainee4, Language.KK)))
                .isInstanceOf(kz.kelisim.base.NotFound.class);
        assertThat(as("trainer", () -> quizzes.review(ofTrainee4, Language.KK))).isNotNull();
    }

    @Test
    void a_trainee_is_refused_every_report() {
        String course = course(FIVE_QUESTIONS);
        take("trainee", course, Q, new int[] {1, 0, 0, 0, 0});

        for (Runnable call : List.<Runnable>of(() -> reports.courses(Language.KK),
                () -> reports.quizzes(course, Language.KK),
                () -> reports.statistics(course, Q, AttemptsToAnalyse.ALL, Language.KK),
                () -> reports.gains(course, Language.KK),
                () -> reports.attempts(course, Q, PageRequest.of(0, 10)),
                () -> reports.countAttempts(course, Q))) {
            assertThatThrownBy(() -> as("trainee", () -> {
                call.run();
                return null;
            })).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_course_list_holds_the_courses_with_a_quiz() {
        String course = course(FIVE_QUESTIONS);

        assertThat(as("trainer", () -> reports.courses(Language.EN)))
                .anySatisfy(found -> assertThat(found.courseId()).isEqualTo(course));
    }

    /** The fixture's course with its quiz as the pre-test and a second quiz, {@code final}, as the final test. */
    private String courseWithPreAndFinalTest() {
        String id = "gains-" + System.nanoTime() % 1_000_000;
        ReportFixture.writeCourseWithPreAndFinalTest(FOLDER, id);
        CourseLoadStatus status = as("admin", () -> loader.reloadAll()).stream()
                .filter(candidate -> candidate.courseId().equals(id)).findFirst().orElseThrow();
        assertThat(status.problems()).isEmpty();
        return id;
    }

    /**
     * The trainee (enrolled first; enrolling again changes nothing) starts an attempt, answers right the questions marked 1
     * in slot order (leaving the others unanswered), writes the essay if given, and submits.
     */
    private void take(String trainee, String course, String quiz, int[] right, String... essay) {
        enrol(trainee, course);
        Map<String, Response> answers = AttemptServiceTest.rightAnswers();
        as(trainee, () -> {
            long id = quizzes.startOrResume(course, quiz);
            for (int slot = 0; slot < right.length; slot++) {
                if (right[slot] == 1) {
                    quizzes.saveAnswer(id, SLOTS.get(slot), answers.get(SLOTS.get(slot)));
                }
            }
            if (essay.length > 0) {
                quizzes.saveAnswer(id, "reflection", new Typed(essay[0]));
            }
            quizzes.submit(id);
            return null;
        });
    }

    /** Attempts' marks in slots of one mark each. */
    static ScoreMatrix matrix(int[]... rows) {
        int k = rows[0].length;
        double[] scores = new double[rows.length * k];
        for (int p = 0; p < rows.length; p++) {
            for (int i = 0; i < k; i++) {
                scores[p * k + i] = rows[p][i];
            }
        }
        double[] max = new double[k];
        java.util.Arrays.fill(max, 1);
        return new ScoreMatrix(rows.length, k, scores, max);
    }

    private long id(String username) {
        return ((kz.kelisim.security.KelisimPrincipal) users.loadUserByUsername(username)).accountId();
    }
}

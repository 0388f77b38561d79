package kz.kelisim.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
import kz.kelisim.course.LegalBasisService.ActEntry;
import kz.kelisim.course.LegalBasisService.CitingLesson;

/**
 * The legal-basis register as its editors keep it, on the real database and the academy's courses:
 * who may record that an act changed, which lessons that puts under review, and what a review clears.
 */
@SpringBootTest
class LegalBasisServiceTest {

    /** Cited by one lesson only: ethnomediation / mediation-principles. */
    private static final String ACT = "law-civil-service-2015";
    private static final String COURSE = "ethnomediation";
    private static final String LESSON = "mediation-principles";

    @Autowired
    LegalBasisService legalBasis;

    @Autowired
    LessonService lessons;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private Acting acting;

    @BeforeEach
    void setUp() {
        acting = new Acting(users, securityContext);
    }

    @Test
    void the_register_lists_every_act_with_the_lessons_that_cite_it() {
        List<ActEntry> register = acting.as("staff", () -> legalBasis.register(Language.RU));

        assertThat(register).hasSizeGreaterThanOrEqualTo(20);
        ActEntry constitution = register.stream().filter(act -> act.id().equals("constitution-2026")).findFirst()
                .orElseThrow();
        assertThat(constitution.title()).startsWith("Конституция Республики Казахстан");
        assertThat(constitution.url()).startsWith("https://");
        assertThat(constitution.lessons()).extracting(CitingLesson::courseId)
                .contains("kazakhstan-studies", "ethnomediation", "state-policy-public-accord");
        assertThat(constitution.lessons()).extracting(CitingLesson::lessonTitle).contains("Медиация и этномедиация");
        ActEntry old = register.stream().filter(act -> act.id().equals("constitution-1995")).findFirst().orElseThrow();
        assertThat(old.status()).isEqualTo(LegalAct.Status.SUPERSEDED);
    }

    @Test
    void a_trainee_or_a_trainer_cannot_mark_an_act_changed_nor_read_the_register_nor_mark_a_lesson_reviewed() {
        for (String user : List.of("trainee", "trainer")) {
            assertThatThrownBy(() -> acting.as(user, () -> legalBasis.markChanged(ACT, LegalAct.Status.AMENDED,
                    LocalDate.of(2026, 11, 20), "Өзгерістер енгізілді"))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.as(user, () -> legalBasis.register(Language.KK))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.as(user, () -> lessons.markReviewed(COURSE, LESSON))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void staff_marking_an_act_amended_puts_its_lessons_under_review_until_an_administrator_marks_one_reviewed() {
        int flagged = acting.as("staff", () -> legalBasis.markChanged(ACT, LegalAct.Status.AMENDED,
                LocalDate.of(2026, 11, 20), "  Заңға 2026 жылғы 20 қарашадағы өзгерістер  "));

        assertThat(flagged).isEqualTo(1);
        ActEntry act = entry("staff", ACT);
        assertThat(act.status()).isEqualTo(LegalAct.Status.AMENDED);
        assertThat(act.change().changedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(act.change().note()).isEqualTo("Заңға 2026 жылғы 20 қарашадағы өзгерістер");
        assertThat(act.change().recordedBy()).isEqualTo("Ерлан Құдайбергенов");
        assertThat(act.lessons()).singleElement().satisfies(lesson -> {
            assertThat(lesson.lessonId()).isEqualTo(LESSON);
            assertThat(lesson.underReview()).isTrue();
        });
        CourseViews.LessonPage asTrainer = acting.as("trainer",
                () -> lessons.openLesson(COURSE, LESSON, Language.KK)).orElseThrow();
        assertThat(asTrainer.lawChangedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(asTrainer.editsLegalBasis()).as("a trainer reads the notice, an editor reviews").isFalse();
        assertThat(asTrainer.legalBasis()).filteredOn(basis -> basis.id().equals(ACT)).singleElement()
                .satisfies(cited -> assertThat(cited.status()).as("as recorded, not as the file says")
                        .isEqualTo(LegalAct.Status.AMENDED));
        assertThat(acting.as("staff", () -> lessons.openLesson(COURSE, LESSON, Language.KK)).orElseThrow()
                .editsLegalBasis()).isTrue();

        LocalDate reviewed = acting.as("admin", () -> lessons.markReviewed(COURSE, LESSON));

        CourseViews.LessonPage after = acting.as("trainer", () -> lessons.openLesson(COURSE, LESSON, Language.KK))
                .orElseThrow();
        assertThat(after.underReview()).isFalse();
        assertThat(after.reviewed()).as("reviewed as of the editor's day").isEqualTo(reviewed);
        assertThat(entry("admin", ACT).lessons()).singleElement()
                .satisfies(lesson -> assertThat(lesson.underReview()).isFalse());
    }

    @Test
    void a_change_needs_a_known_act_a_date_a_note_and_is_amended_or_superseded() {
        acting.doAs("staff", () -> {
            assertThatThrownBy(() -> legalBasis.markChanged("no-such-act", LegalAct.Status.AMENDED,
                    LocalDate.of(2026, 11, 1), "note")).isInstanceOf(RuleViolation.class)
                    .hasMessage("legal-basis.error.act-unknown");
            assertThatThrownBy(() -> legalBasis.markChanged(ACT, LegalAct.Status.IN_FORCE, LocalDate.of(2026, 11, 1),
                    "note")).hasMessage("legal-basis.error.status");
            assertThatThrownBy(() -> legalBasis.markChanged(ACT, LegalAct.Status.SUPERSEDED, null, "note"))
                    .hasMessage("legal-basis.error.date-required");
            assertThatThrownBy(() -> legalBasis.markChanged(ACT, LegalAct.Status.SUPERSEDED,
                    LocalDate.of(2026, 11, 1), "   ")).hasMessage("legal-basis.error.note-required");
            assertThatThrownBy(() -> legalBasis.markChanged(ACT, LegalAct.Status.SUPERSEDED,
                    LocalDate.of(2026, 11, 1), "ы".repeat(1001))).hasMessage("legal-basis.error.note-too-long");
        });
    }

    @Test
    void a_lesson_file_reviewed_after_the_day_a_change_was_recorded_is_not_under_review() {
        CourseContent.Lesson lesson = new CourseContent.Lesson("one", null, null, List.of(ACT),
                LocalDate.of(2026, 12, 10), List.of());
        LegalActChange recordedOnTheFourth = new LegalActChange(ACT, LegalAct.Status.AMENDED,
                LocalDate.of(2026, 11, 20), "note", 1, Instant.parse("2026-12-04T06:00:00Z"));
        LegalActChange recordedOnTheTenth = new LegalActChange(ACT, LegalAct.Status.AMENDED,
                LocalDate.of(2026, 12, 1), "note", 1, Instant.parse("2026-12-10T06:00:00Z"));

        assertThat(LessonReviews.of(lesson, List.of(recordedOnTheFourth), Optional.empty()).underReview()).isFalse();
        assertThat(LessonReviews.of(lesson, List.of(recordedOnTheFourth, recordedOnTheTenth), Optional.empty())
                .lawChangedOn()).as("recorded the day the file says it was reviewed").isEqualTo(LocalDate.of(2026, 12, 1));
    }

    private ActEntry entry(String user, String actId) {
        return acting.as(user, () -> legalBasis.register(Language.KK)).stream()
                .filter(act -> act.id().equals(actId)).findFirst().orElseThrow();
    }
}

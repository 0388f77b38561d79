package kz.kelisim.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.Acting;
import kz.kelisim.base.Language;
import kz.kelisim.base.pdf.PdfText;

/**
 * The academy's forms as A4 PDFs to print, as a reader of the lesson downloads them: every form of
 * every course in each of kk, ru and en, with its Kazakh letters, its tables and page numbers.
 */
@SpringBootTest
class FormPdfTest {

    @Autowired
    LessonService lessons;

    @Autowired
    CourseParticipation courses;

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
    void every_form_activity_prints_in_kazakh_russian_and_english_on_a4_pages() throws Exception {
        int forms = 0;
        for (String courseId : new String[] {"ethnomediation", "interconfessional-accord", "interethnic-conflicts",
                "kazakhstan-studies", "state-policy-public-accord"}) {
            CourseContent content = acting.as("trainer", () -> courses.content(courseId)).orElseThrow();
            for (CourseContent.Lesson lesson : content.lessons()) {
                for (CourseContent.Activity activity : lesson.activities()) {
                    if (activity.type() != ActivityType.FORM) {
                        continue;
                    }
                    forms++;
                    for (Language language : Language.values()) {
                        CourseViews.FormDocument form = acting.as("trainer",
                                () -> lessons.formPdf(courseId, lesson.id(), activity.id(), language)).orElseThrow();
                        String where = courseId + "/" + activity.id() + " in " + language.tag();
                        assertThat(form.fileName()).as(where).isEqualTo(activity.form() + "." + language.tag() + ".pdf");
                        assertThat(PdfText.pages(form.pdf())).as(where).isBetween(1, 4);
                        String text = PdfText.of(form.pdf());
                        String firstLine = Files.readAllLines(Path.of("courses", "forms",
                                activity.form() + "." + language.tag() + ".md")).getFirst().replaceFirst("^#+\\s*", "");
                        assertThat(text).as(where + ": its title").contains(firstLine);
                        assertThat(text).as(where + ": page numbers").contains("1 / ");
                        if (language == Language.KK) {
                            assertThat(text).as(where + ": Kazakh letters as letters").containsPattern("[әғқңөұүһі]");
                        }
                    }
                }
            }
        }
        assertThat(forms).as("a form in every course").isGreaterThanOrEqualTo(5);
    }

    @Test
    void the_early_warning_card_in_kazakh_keeps_every_kazakh_letter_and_a_trainee_not_enrolled_gets_none() {
        byte[] pdf = acting.as("staff", () -> lessons.formPdf("ethnomediation", "mediation-agreement",
                "agreement-form", Language.KK)).orElseThrow().pdf();

        assertThat(PdfText.of(pdf)).contains("Медиация қорытындысы бойынша келісім");
        assertThatThrownBy(() -> acting.as("trainee2", () -> lessons.formPdf("interconfessional-accord",
                "information-space", "press-statement-form", Language.KK))).isInstanceOf(AccessDeniedException.class);
        assertThat(acting.as("trainer", () -> lessons.formPdf("ethnomediation", "mediation-agreement", "no-such-form",
                Language.KK))).isEmpty();
    }
}

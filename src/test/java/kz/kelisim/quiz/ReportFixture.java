package kz.kelisim.quiz;

import java.nio.file.Path;

import kz.kelisim.course.CourseFixture;

/**
 * Courses for the test reports: the fixture's quiz with the five one-mark questions of its bank (no
 * essay), and a course where that quiz is the pre-test and a second quiz, {@code final}, the final test.
 */
public final class ReportFixture {

    /** The five one-mark questions in slot order; the essay is left out. */
    public static final String FIVE_QUESTIONS = QuizFixture.SETTINGS.replace("  - {category: writing, count: 1}\n", "");
    public static final String FINAL = "final";

    private ReportFixture() {
    }

    /** Writes the course: {@code check} (one attempt) as its pre-test, {@code final} (two attempts, the best counts) as its final test. */
    public static Path writeCourseWithPreAndFinalTest(Path root, String courseId) {
        Path folder = QuizFixture.writeCourse(root, courseId, FIVE_QUESTIONS.replace("attempts: 2", "attempts: 1")
                + "role: pre-test\n");
        String check = "            title: {kk: Өзін-өзі тексеру, ru: Самопроверка, en: Self-check}\n";
        CourseFixture.replace(folder.resolve("course.yaml"), check, check
                + "          - id: final\n"
                + "            type: quiz\n"
                + "            title: {kk: Қорытынды тест, ru: Итоговый тест, en: Final test}\n");
        CourseFixture.write(folder.resolve("quizzes/final.yaml"),
                FIVE_QUESTIONS.replace("quiz: check", "quiz: " + FINAL) + "role: final-test\n");
        return folder;
    }
}

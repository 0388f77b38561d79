package kz.kelisim.quiz;

import java.nio.file.Path;

import kz.kelisim.course.CourseFixture;

/**
 * A course with one quiz ({@code check}, under lesson two) and a small bank whose answers tests
 * know: five questions in category {@code basics}, one essay in {@code writing}.
 */
public final class QuizFixture {

    public static final String QUIZ = "check";

    static final String BANK = """
            category: basics
            title: {kk: Негіздер, ru: Основы, en: Basics}
            questions:
              - id: capital
                type: single-choice
                text: {kk: "Елорда қай қала?", ru: "Какой город столица?", en: "Which city is the capital?"}
                options:
                  - {id: astana, right: true, text: {kk: Астана, ru: Астана, en: Astana}, feedback: {kk: Дұрыс, ru: Верно, en: Right}}
                  - {id: almaty, text: {kk: Алматы, ru: Алматы, en: Almaty}}
              - id: founded
                type: true-false
                answer: true
                text: {kk: Ассамблея 1995 жылы құрылды, ru: Ассамблея создана в 1995 году, en: The Assembly was founded in 1995}
              - id: law-year
                type: numeric
                number: 2011
                text: {kk: "Заң қай жылы қабылданды?", ru: "В каком году принят закон?", en: "In which year was the law adopted?"}
              - id: council
                type: short-answer
                accepted: {kk: [келісім], ru: [согласие], en: [accord]}
                text: {kk: Қоғамдық ... кеңесі, ru: Совет общественного ..., en: Council of public ...}
              - id: steps
                type: ordering
                text: {kk: Ретке келтіріңіз, ru: Расставьте по порядку, en: Put in order}
                options:
                  - {id: listen, text: {kk: Тыңдау, ru: Выслушать, en: Listen}}
                  - {id: agree, text: {kk: Келісу, ru: Договориться, en: Agree}}
                  - {id: sign, text: {kk: Қол қою, ru: Подписать, en: Sign}}
            """;

    static final String ESSAYS = """
            category: writing
            title: {kk: Жазба, ru: Письмо, en: Writing}
            questions:
              - id: reflection
                type: essay
                mark: 5
                text: {kk: Ойыңызды жазыңыз, ru: Напишите своё мнение, en: Write your view}
            """;

    /** Every question, no shuffling, one attempt, review after submit with everything. */
    public static final String SETTINGS = """
            quiz: check
            draw:
              - {category: basics, count: 5}
              - {category: writing, count: 1}
            shuffle-questions: false
            shuffle-options: false
            attempts: 2
            grading: highest
            pass-mark: 60
            layout: one-per-page
            review: {when: after-submit, marks: true, right-answers: true, feedback: true}
            """;

    private QuizFixture() {
    }

    /** Writes the course with {@code settings} as the quiz's settings file; passing the quiz completes it. */
    public static Path writeCourse(Path root, String courseId, String settings) {
        Path course = CourseFixture.writeCourse(root, courseId);
        String lessonTwo = "        title: {kk: Екінші сабақ, ru: Второй урок, en: Second lesson}\n";
        CourseFixture.replace(course.resolve("course.yaml"), lessonTwo, lessonTwo
                + "        activities:\n"
                + "          - id: check\n"
                + "            type: quiz\n"
                + "            title: {kk: Өзін-өзі тексеру, ru: Самопроверка, en: Self-check}\n");
        CourseFixture.replace(course.resolve("course.yaml"), "  all-lessons: true\n",
                "  all-lessons: false\n  pass-quiz: check\n");
        CourseFixture.write(course.resolve("questions/basics.yaml"), BANK);
        CourseFixture.write(course.resolve("questions/writing.yaml"), ESSAYS);
        CourseFixture.write(course.resolve("quizzes/check.yaml"), settings);
        return course;
    }
}

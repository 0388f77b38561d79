package kz.kelisim.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The course the simulated trainees take: one lesson and a timed final test of ten single-choice
 * questions drawn from twenty, one question a page, as an academy's final test is set. Written as
 * course files, so the server under load loads it as it loads any course.
 */
final class LoadCourse {

    static final String ID = "load-final-test";
    static final String QUIZ = "final-test";
    static final int QUESTIONS_DRAWN = 10;
    private static final int BANK = 20;

    private LoadCourse() {
    }

    /** Writes the course into {@code courses}, which becomes the server's courses folder. */
    static void write(Path courses) throws IOException {
        Path course = Files.createDirectories(courses.resolve(ID));
        Files.writeString(course.resolve("course.yaml"), """
                id: load-final-test
                version: "1.0"
                languages: [kk, ru, en]
                topic: other
                hours: 2
                self-enrolment: true
                title: {kk: Жүктеме сынағы, ru: Нагрузочный тест, en: Load test}
                description: {kk: Қорытынды тест жүктемесі., ru: Нагрузка итогового теста., en: A final test under load.}
                modules:
                  - id: only
                    title: {kk: Модуль, ru: Модуль, en: Module}
                    lessons:
                      - id: test
                        title: {kk: Тест, ru: Тест, en: Test}
                        activities:
                          - id: final-test
                            type: quiz
                            title: {kk: Қорытынды тест, ru: Итоговый тест, en: Final test}
                completion:
                  pass-quiz: final-test
                """);
        Path lesson = Files.createDirectories(course.resolve("lessons/test"));
        for (String language : new String[] {"kk", "ru", "en"}) {
            Files.writeString(lesson.resolve(language + ".md"), "## Тест\n\nҚазақ әріптері: ә ғ қ ң ө ұ ү һ і.\n");
        }
        StringBuilder bank = new StringBuilder("""
                category: load
                title: {kk: Сұрақтар, ru: Вопросы, en: Questions}
                questions:
                """);
        for (int i = 1; i <= BANK; i++) {
            bank.append("""
                      - id: q%1$d
                        type: single-choice
                        text: {kk: "Сұрақ %1$d: қайсысы дұрыс?", ru: "Вопрос %1$d: что верно?", en: "Question %1$d: which is right?"}
                        options:
                          - {id: a, right: true, text: {kk: Бірінші, ru: Первый, en: First}}
                          - {id: b, text: {kk: Екінші, ru: Второй, en: Second}}
                          - {id: c, text: {kk: Үшінші, ru: Третий, en: Third}}
                          - {id: d, text: {kk: Төртінші, ru: Четвёртый, en: Fourth}}
                        feedback: {kk: Бірінші дұрыс., ru: Верен первый., en: The first is right.}
                    """.formatted(i));
        }
        Files.writeString(Files.createDirectories(course.resolve("questions")).resolve("load.yaml"), bank);
        Files.writeString(Files.createDirectories(course.resolve("quizzes")).resolve(QUIZ + ".yaml"), """
                quiz: final-test
                role: final-test
                draw:
                  - {category: load, count: %d}
                time-limit: 45m
                attempts: 1
                pass-mark: 60
                layout: one-per-page
                review:
                  when: after-submit
                  marks: true
                  right-answers: false
                  feedback: true
                """.formatted(QUESTIONS_DRAWN));
    }
}

package kz.kelisim.quiz;

import java.util.List;

/** What a course folder holds for assessments: its question bank and the settings of its quizzes. */
record CourseAssessments(List<Question> questions, List<QuizSettings> quizzes) {

    static final CourseAssessments NONE = new CourseAssessments(List.of(), List.of());
}

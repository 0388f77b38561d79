/**
 * Assessments: question banks, quizzes, attempts and their statistics (issue 4). Trainees take
 * quizzes through {@link kz.kelisim.quiz.AttemptService}; trainers read test reports (statistics
 * per slot from the item-analysis engine, pre-test to final-test gains, attempts) through
 * {@link kz.kelisim.quiz.QuizReportService}.
 */
package kz.kelisim.quiz;

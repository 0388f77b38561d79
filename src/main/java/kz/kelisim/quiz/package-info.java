/**
 * Assessments: question banks, quizzes, attempts and their statistics. So far this holds the
 * item-analysis engine; banks, attempts and their screens follow (issue 4).
 */
package kz.kelisim.quiz;

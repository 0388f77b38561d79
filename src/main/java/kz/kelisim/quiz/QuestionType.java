package kz.kelisim.quiz;

/** The kinds of question a bank holds. */
public enum QuestionType {
    /** One right option. */
    SINGLE_CHOICE,
    /** Several options, each with a weight: partial credit, negative for wrong ones. */
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    /** Prompts matched to answers. */
    MATCHING,
    /** Items put in the right order. */
    ORDERING,
    /** Typed text compared with accepted answers, ignoring case, spacing and look-alike letters. */
    SHORT_ANSWER,
    /** A number within a tolerance. */
    NUMERIC,
    /** Free text graded by a trainer. */
    ESSAY
}

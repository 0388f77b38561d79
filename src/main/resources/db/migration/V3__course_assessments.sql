-- The question bank and quiz settings of each course, loaded from courses/<course>/questions/ and
-- quizzes/ with the course. ${text_type} and ${timestamp_type}: see V2.
CREATE TABLE course_assessment (
    course_id      VARCHAR(64)       NOT NULL,
    questions_json ${text_type}      NOT NULL,
    quizzes_json   ${text_type}      NOT NULL,
    loaded_at      ${timestamp_type} NOT NULL,
    row_version    BIGINT            NOT NULL DEFAULT 0,
    PRIMARY KEY (course_id),
    CONSTRAINT fk_course_assessment_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
);

-- The question bank of each course, loaded from courses/<course>/questions/ with the course.
-- ${text_type} and ${timestamp_type}: see V2.
CREATE TABLE question_bank (
    course_id      VARCHAR(64)       NOT NULL,
    questions_json ${text_type}      NOT NULL,
    question_count INT               NOT NULL,
    loaded_at      ${timestamp_type} NOT NULL,
    row_version    BIGINT            NOT NULL DEFAULT 0,
    PRIMARY KEY (course_id),
    CONSTRAINT fk_question_bank_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
);

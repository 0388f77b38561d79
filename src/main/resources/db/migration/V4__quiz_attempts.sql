-- Quiz attempts and their answers. An attempt keeps the questions it was drawn with (with their
-- answers, never sent to the trainee) and the paper the trainee sees, so it resumes exactly and can
-- be reviewed after the bank changes; a corrected question is copied in when attempts are regraded.
CREATE TABLE quiz_attempt (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    user_id          BIGINT       NOT NULL,
    course_id        VARCHAR(64)  NOT NULL,
    quiz_id          VARCHAR(64)  NOT NULL,
    attempt_number   INT          NOT NULL,
    seed             BIGINT       NOT NULL,
    questions_json   ${text_type} NOT NULL,
    paper_json       ${text_type} NOT NULL,
    state            VARCHAR(20)  NOT NULL,
    started_at       ${timestamp_type} NOT NULL,
    deadline         ${timestamp_type},
    submitted_at     ${timestamp_type},
    marks            DOUBLE PRECISION NOT NULL DEFAULT 0,
    max_marks        DOUBLE PRECISION NOT NULL,
    awaiting_grading INT          NOT NULL DEFAULT 0,
    row_version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_quiz_attempt_number UNIQUE (user_id, course_id, quiz_id, attempt_number),
    CONSTRAINT fk_quiz_attempt_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_quiz_attempt_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE INDEX ix_quiz_attempt_quiz ON quiz_attempt (course_id, quiz_id, state);
CREATE INDEX ix_quiz_attempt_deadline ON quiz_attempt (state, deadline);

-- One row per question of an attempt, made when the attempt starts, so saving an answer only ever
-- updates a row. slot: the question's place in the quiz before shuffling, which statistics follow.
CREATE TABLE quiz_answer (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    attempt_id       BIGINT       NOT NULL,
    position         INT          NOT NULL,
    slot             INT          NOT NULL,
    question_id      VARCHAR(64)  NOT NULL,
    max_marks        DOUBLE PRECISION NOT NULL,
    response_json    ${text_type},
    saved_at         ${timestamp_type},
    fraction         DOUBLE PRECISION NOT NULL DEFAULT 0,
    awaiting_trainer BOOLEAN      NOT NULL DEFAULT FALSE,
    graded_by_trainer BOOLEAN     NOT NULL DEFAULT FALSE,
    trainer_comment  ${text_type},
    graded_by        BIGINT,
    graded_at        ${timestamp_type},
    row_version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_quiz_answer_question UNIQUE (attempt_id, question_id),
    CONSTRAINT fk_quiz_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id) ON DELETE CASCADE
);

CREATE INDEX ix_quiz_answer_awaiting ON quiz_answer (awaiting_trainer);

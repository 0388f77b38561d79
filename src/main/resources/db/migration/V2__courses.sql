-- Courses loaded from courses/, their files, enrolments and lesson progress.
-- Flyway placeholders (application*.properties): ${text_type} and ${blob_type} are CLOB/BLOB on H2,
-- LONGTEXT/LONGBLOB on MySQL; ${timestamp_type} is DATETIME(6) on MySQL, whose TIMESTAMP ends in 2038;
-- ${case_sensitive} keeps file paths apart that differ only in case or accents on MySQL.
CREATE TABLE course (
    id                     VARCHAR(64)  NOT NULL,
    version_label          VARCHAR(40)  NOT NULL,
    content_hash           VARCHAR(64)  NOT NULL,
    languages              VARCHAR(20)  NOT NULL,
    topic                  VARCHAR(40)  NOT NULL,
    self_enrolment         BOOLEAN      NOT NULL,
    title_kk               VARCHAR(300),
    title_ru               VARCHAR(300),
    title_en               VARCHAR(300),
    search_text            ${text_type} NOT NULL,
    structure_json         ${text_type} NOT NULL,
    loaded_at              ${timestamp_type} NOT NULL,
    row_version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);

CREATE TABLE course_asset (
    course_id    VARCHAR(64)  NOT NULL,
    path         VARCHAR(400) ${case_sensitive} NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    content      ${blob_type} NOT NULL,
    PRIMARY KEY (course_id, path),
    CONSTRAINT fk_course_asset_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
);

CREATE TABLE enrolment (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    user_id        BIGINT       NOT NULL,
    course_id      VARCHAR(64)  NOT NULL,
    source         VARCHAR(20)  NOT NULL,
    enrolled_at    ${timestamp_type} NOT NULL,
    last_lesson_id VARCHAR(64),
    completed_at   ${timestamp_type},
    row_version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_enrolment_user_course UNIQUE (user_id, course_id),
    CONSTRAINT fk_enrolment_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id)
);

-- Keyed by lesson id, not by a row of the lesson: a reloaded course keeps the progress of every
-- lesson whose id did not change.
CREATE TABLE lesson_progress (
    user_id      BIGINT       NOT NULL,
    course_id    VARCHAR(64)  NOT NULL,
    lesson_id    VARCHAR(64)  NOT NULL,
    completed_at ${timestamp_type} NOT NULL,
    PRIMARY KEY (user_id, course_id, lesson_id),
    CONSTRAINT fk_lesson_progress_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_lesson_progress_course FOREIGN KEY (course_id) REFERENCES course (id)
);

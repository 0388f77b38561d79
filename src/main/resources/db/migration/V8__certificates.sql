-- Certificates of advanced training: the number counters, the certificates with their stored PDFs,
-- and the audit trail of everything done to them.

-- One row per series and year; issuing locks its row, so numbers follow each other without gaps:
-- a number taken by a transaction that rolls back is taken again by the next one.
CREATE TABLE certificate_counter (
    series      VARCHAR(10) NOT NULL,
    issue_year  INT         NOT NULL,
    last_value  INT         NOT NULL,
    PRIMARY KEY (series, issue_year)
);

-- What the certificate says, as it was on the day of issue (the holder's name, titles and hours
-- are copied, never looked up again), and its status. Exactly one of course_id and seminar_id is set.
CREATE TABLE certificate (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    cert_number        VARCHAR(32)  NOT NULL,
    series             VARCHAR(10)  NOT NULL,
    issue_year         INT          NOT NULL,
    sequence_number    INT          NOT NULL,
    verification_code  VARCHAR(40)  NOT NULL,
    holder_id          BIGINT       NOT NULL,
    holder_name        VARCHAR(300) NOT NULL,
    course_id          VARCHAR(64),
    seminar_id         BIGINT,
    title_kk           VARCHAR(500) NOT NULL,
    title_ru           VARCHAR(500) NOT NULL,
    title_en           VARCHAR(500),
    academic_hours     INT          NOT NULL,
    starts_on          DATE,
    ends_on            DATE         NOT NULL,
    place              VARCHAR(300),
    organisation_kk    VARCHAR(500) NOT NULL,
    organisation_ru    VARCHAR(500) NOT NULL,
    issued_on          DATE         NOT NULL,
    issued_at          ${timestamp_type} NOT NULL,
    issued_by          BIGINT       NOT NULL,
    status             VARCHAR(10)  NOT NULL,
    revoked_at         ${timestamp_type},
    revoked_by         BIGINT,
    revocation_reason  VARCHAR(500),
    replaced_by_id     BIGINT,
    row_version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_certificate_number UNIQUE (cert_number),
    CONSTRAINT uq_certificate_sequence UNIQUE (series, issue_year, sequence_number),
    CONSTRAINT uq_certificate_code UNIQUE (verification_code),
    CONSTRAINT fk_certificate_holder FOREIGN KEY (holder_id) REFERENCES app_user (id),
    CONSTRAINT fk_certificate_issuer FOREIGN KEY (issued_by) REFERENCES app_user (id)
);

CREATE INDEX ix_certificate_holder ON certificate (holder_id);
CREATE INDEX ix_certificate_course ON certificate (course_id, holder_id);
CREATE INDEX ix_certificate_seminar ON certificate (seminar_id, holder_id);
CREATE INDEX ix_certificate_issued ON certificate (issued_on);

-- The PDF exactly as issued, apart from the certificate row so lists never load it.
CREATE TABLE certificate_pdf (
    certificate_id BIGINT       NOT NULL,
    content        ${blob_type} NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    PRIMARY KEY (certificate_id),
    CONSTRAINT fk_certificate_pdf FOREIGN KEY (certificate_id) REFERENCES certificate (id)
);

-- Who did what to which certificate, and when: issued, revoked, reissued, downloaded by staff.
CREATE TABLE certificate_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    certificate_id  BIGINT       NOT NULL,
    action          VARCHAR(20)  NOT NULL,
    actor_id        BIGINT       NOT NULL,
    happened_at     ${timestamp_type} NOT NULL,
    detail          VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT fk_certificate_event_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    CONSTRAINT fk_certificate_event_actor FOREIGN KEY (actor_id) REFERENCES app_user (id)
);

CREATE INDEX ix_certificate_event_certificate ON certificate_event (certificate_id, happened_at);

-- Trainees who completed a course, as the course package announced it (CourseCompleted).
CREATE TABLE course_completion (
    user_id       BIGINT      NOT NULL,
    course_id     VARCHAR(64) NOT NULL,
    completed_at  ${timestamp_type} NOT NULL,
    PRIMARY KEY (user_id, course_id),
    CONSTRAINT fk_course_completion_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

-- Administration of people: a stamp that ends every session of an account when it changes
-- (deactivation, new roles, a reset password), when an account was anonymised, the audit log,
-- and who may edit which course's content and question bank.
ALTER TABLE app_user ADD COLUMN session_stamp BIGINT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN anonymised_at ${timestamp_type};

-- What administrators did to whom, and every sign-in and failed sign-in, never changed afterwards
-- (except that anonymising a person replaces their name here too).
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    ${timestamp_type} NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    actor_id       BIGINT,
    actor_name     VARCHAR(200),
    subject_id     BIGINT,
    subject_name   VARCHAR(200),
    detail         VARCHAR(500),
    client_address VARCHAR(64),
    PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_id, occurred_at);

CREATE TABLE course_editor (
    course_id   VARCHAR(64) NOT NULL,
    user_id     BIGINT      NOT NULL,
    granted_at  ${timestamp_type} NOT NULL,
    PRIMARY KEY (course_id, user_id),
    CONSTRAINT fk_course_editor_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_course_editor_user ON course_editor (user_id);

-- Group exercises (issue 5): a case given to some or all groups of a seminar with a deadline and a
-- rubric; one shared workspace per group made of fields, each with its own version so that two
-- members saving the same field never overwrite each other silently; attachments; the group's
-- submission, its rubric grade and per-person adjustments.

CREATE TABLE group_exercise (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    seminar_id      BIGINT       NOT NULL,
    title           VARCHAR(300) NOT NULL,
    -- Markdown written by the trainer; or the course's case-study activity named below
    case_text       ${text_type},
    course_id       VARCHAR(64),
    activity_id     VARCHAR(64),
    deadline        ${timestamp_type} NOT NULL,
    -- criteria x levels with points, as JSON: [{"title":..,"levels":[{"label":..,"points":..}]}]
    rubric_json     ${text_type} NOT NULL,
    created_by      BIGINT       NOT NULL,
    created_at      ${timestamp_type} NOT NULL,
    row_version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_group_exercise_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_exercise_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
);

CREATE INDEX ix_group_exercise_seminar ON group_exercise (seminar_id);

-- One workspace per (exercise, group): created when the exercise is assigned to the group.
CREATE TABLE exercise_workspace (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    exercise_id     BIGINT       NOT NULL,
    group_id        BIGINT       NOT NULL,
    submitted_by    BIGINT,
    submitted_at    ${timestamp_type},
    -- the grade: chosen level per criterion as JSON ({"0":2,"1":0}), total points, comment
    grade_levels    ${text_type},
    grade_points    INT,
    grade_comment   ${text_type},
    graded_by       BIGINT,
    graded_at       ${timestamp_type},
    row_version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_exercise_workspace UNIQUE (exercise_id, group_id),
    CONSTRAINT fk_exercise_workspace_exercise FOREIGN KEY (exercise_id) REFERENCES group_exercise (id) ON DELETE CASCADE,
    CONSTRAINT fk_exercise_workspace_group FOREIGN KEY (group_id) REFERENCES seminar_group (id) ON DELETE CASCADE
);

-- A field of the conflict-analysis template; "version" counts its saves (optimistic concurrency).
CREATE TABLE workspace_field (
    workspace_id    BIGINT       NOT NULL,
    field_key       VARCHAR(40)  NOT NULL,
    field_value     ${text_type},
    version         BIGINT       NOT NULL,
    updated_by      BIGINT,
    updated_at      ${timestamp_type},
    PRIMARY KEY (workspace_id, field_key),
    CONSTRAINT fk_workspace_field_workspace FOREIGN KEY (workspace_id) REFERENCES exercise_workspace (id) ON DELETE CASCADE
);

CREATE TABLE workspace_attachment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    workspace_id    BIGINT       NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    media_type      VARCHAR(100) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    content         ${blob_type} NOT NULL,
    uploaded_by     BIGINT       NOT NULL,
    uploaded_at     ${timestamp_type} NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_workspace_attachment_workspace FOREIGN KEY (workspace_id) REFERENCES exercise_workspace (id) ON DELETE CASCADE
);

CREATE INDEX ix_workspace_attachment_workspace ON workspace_attachment (workspace_id);

-- The trainer's change of one member's points from the group's grade, with the reason.
CREATE TABLE grade_adjustment (
    workspace_id    BIGINT       NOT NULL,
    user_id         BIGINT       NOT NULL,
    points          INT          NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    adjusted_by     BIGINT       NOT NULL,
    adjusted_at     ${timestamp_type} NOT NULL,
    PRIMARY KEY (workspace_id, user_id),
    CONSTRAINT fk_grade_adjustment_workspace FOREIGN KEY (workspace_id) REFERENCES exercise_workspace (id) ON DELETE CASCADE,
    CONSTRAINT fk_grade_adjustment_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
